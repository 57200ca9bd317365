/**
 * Formatting with citation-js at build time: references in APA 7 (bundled with plugin-csl),
 * Chicago author-date, MLA 9 and ISO 690 (CSL styles in `styles/`, imported as text by Vite).
 * The reference files (BibTeX, RIS, CSL-JSON) are in formats.ts, which plain Node can run too.
 * Nothing here reaches the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicago from './styles/chicago-author-date.csl?raw';
import mla from './styles/mla.csl?raw';
import iso690 from './styles/iso690-author-date.csl?raw';
import type { CslItem } from './csl.ts';

/** The citation styles offered, in the order the cite panel shows them. */
export const STYLES = [
	{ id: 'apa', csl: 'orca-apa', name: 'APA 7' },
	{ id: 'chicago', csl: 'orca-chicago-author-date', name: 'Chicago' },
	{ id: 'mla', csl: 'orca-mla', name: 'MLA 9' },
	{ id: 'iso690', csl: 'orca-iso690-author-date', name: 'ISO 690' },
] as const;
export type StyleId = (typeof STYLES)[number]['id'];

/** The styles as published, by the name citation-js knows them under (APA 7 ships with plugin-csl). */
export const STYLE_SOURCES: Record<StyleId, string> = {
	apa: plugins.config.get('@csl').styles.get('apa')!,
	chicago,
	mla,
	iso690,
};

/**
 * A style for references formatted one at a time: the rules that compare a reference with the
 * others of a bibliography (disambiguation by year suffix, names or given names; "———" for a
 * repeated author) cannot apply to a reference alone, so they are dropped, which spares citeproc
 * its disambiguation pass on every reference. The output is the same (tests/unit/cite.test.ts).
 */
export function standaloneStyle(xml: string): string {
	return xml.replace(/\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule|subsequent-author-substitute(?:-rule)?)="[^"]*"/g, '');
}

const registry = plugins.config.get('@csl');
for (const style of STYLES) registry.styles.add(style.csl, standaloneStyle(STYLE_SOURCES[style.id]));

const CSL_LOCALES = { fr: 'fr-FR', en: 'en-US' } as const;

/** One formatted reference (`html` keeps italics as `<i>`; `text` is plain). */
export function formatReference(item: CslItem, style: StyleId, lang: 'fr' | 'en', format: 'html' | 'text' = 'html'): string {
	const template = STYLES.find((s) => s.id === style)!.csl;
	const entries = new Cite(item).format('bibliography', {
		template,
		lang: CSL_LOCALES[lang],
		format,
		asEntryArray: true,
	}) as Array<[string, string]>;
	const entry = entries[0]![1];
	return (format === 'html' ? entry.replace(/^\s*<div[^>]*>/, '').replace(/<\/div>\s*$/, '') : entry).trim();
}
