/**
 * Places as readers see them: a country's name in each language and one end of a move
 * (`Abbeville (Somme), France`). Pure and free of the UI dictionaries, so that the client timeline
 * formats a place the same way as the pages.
 */
import type { Lang, Localized } from '../schemas/common.ts';
import { displayNames, semicolonList } from '../i18n/intl.ts';

/** A place at one end of a move: its country and, when the sources say, its name per language. */
export interface Place {
	country: string;
	place?: Localized;
}

/** A country's name from its ISO code (`MA` → "Maroc"); the client passes the names the page gave it. */
export type CountryNames = (code: string) => string;

/** The country's name in `lang`: `MA` → "Maroc" / "Morocco". */
export function countryName(lang: Lang, code: string): string {
	return displayNames(lang, { type: 'region' }).of(code) ?? code;
}

/** One end of a move: `Abbeville (Somme), France`, or the country's name alone when no place is known. */
export function placeName(lang: Lang, end: Place, country: CountryNames = (code) => countryName(lang, code)): string {
	return end.place ? `${end.place[lang]}, ${country(end.country)}` : country(end.country);
}

/** A step from some places to others: `Lyon, France ; Lille, France → Maroc`, `Lyon, France; Lille, France → Morocco` (a side may be empty). */
export function journey(lang: Lang, from: readonly Place[], to: readonly Place[], country?: CountryNames): string {
	const side = (ends: readonly Place[]) =>
		semicolonList(
			lang,
			ends.map((end) => placeName(lang, end, country)),
		);
	return `${side(from)} → ${side(to)}`.trim();
}
