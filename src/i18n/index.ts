/** UI strings and locale-aware formatting, one dictionary per language. */
import frSite from './fr/site.json' with { type: 'json' };
import enSite from './en/site.json' with { type: 'json' };
import frData from './fr/data.json' with { type: 'json' };
import enData from './en/data.json' with { type: 'json' };
import frCite from './fr/cite.json' with { type: 'json' };
import enCite from './en/cite.json' with { type: 'json' };
import frTimeline from './fr/timeline.json' with { type: 'json' };
import enTimeline from './en/timeline.json' with { type: 'json' };
import frSearch from './fr/search.json' with { type: 'json' };
import enSearch from './en/search.json' with { type: 'json' };
import frHistory from './fr/history.json' with { type: 'json' };
import enHistory from './en/history.json' with { type: 'json' };
import type { Lang } from '../schemas/common.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { fill } from '../lib/fill.ts';
import { listFormat, numberFormat } from './intl.ts';

/**
 * One JSON file per area and language (`fr/site.json`, `en/site.json` …): add an area by
 * importing its two files here and spreading them into both dictionaries.
 */
const fr = { ...frSite, ...frData, ...frCite, ...frTimeline, ...frSearch, ...frHistory };
const en = { ...enSite, ...enData, ...enCite, ...enTimeline, ...enSearch, ...enHistory };

export type UiKey = keyof typeof fr;
const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return fill(dictionaries[lang][key], values);
}

/** True when `key` exists in the dictionaries (for labels built from schema values). */
export function hasKey(key: string): key is UiKey {
	return key in fr;
}

/** The label of a schema value, e.g. `label('fr', 'movement', 'reshoring')` → `Relocalisation`. */
export function label(lang: Lang, group: string, value: string): string {
	const key = `${group}.${value}`;
	if (!hasKey(key)) throw new Error(`No UI label "${key}" in src/i18n/${lang}.json`);
	return t(lang, key);
}

/** The Intl locale of each language. */
export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A date at its own precision: `2009` → "2009", `2009-06` → "juin 2009", `2018-07-17` → "17 juillet 2018". */
export function formatDate(lang: Lang, value: string | undefined): string {
	if (!value) return t(lang, 'date.unknown');
	return formatPartialDate(LOCALES[lang], value);
}

/** A whole number with the locale's grouping: 150000 → "150 000" (fr) / "150,000" (en). */
export function formatNumber(lang: Lang, value: number): string {
	return numberFormat(LOCALES[lang]).format(value);
}

/** An amount of money: 150000 EUR → "150 000 €" (fr) / "€150,000" (en). */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
	return numberFormat(LOCALES[lang], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** A list joined the locale's way: ["a", "b"] → "a, b" (a unit list, no "and"). */
export function formatList(lang: Lang, items: string[]): string {
	return listFormat(LOCALES[lang], { type: 'unit', style: 'short' }).format(items);
}

export { countryName } from '../lib/places.ts';
