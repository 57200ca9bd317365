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
	return (
		xml
			.replace(/\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule|subsequent-author-substitute(?:-rule)?)="[^"]*"/g, '')
			// A bibliography of one reference has nothing to sort (APA's sort keys run six macros per reference).
			.replace(/(<bibliography\b[^>]*>)\s*<sort>[\s\S]*?<\/sort>/, '$1')
			// No in-text citation is formatted, yet citeproc renders one per reference to compare them:
			// its layout becomes the title alone, the cheapest that still names the reference.
			.replace(/(<citation\b[^>]*>)[\s\S]*?(<\/citation>)/, '$1<layout><text variable="title"/></layout>$2')
	);
}

/** The retrieval statement of APA 7's CSL ("Retrieved December 1, 2026, from"), printed only for undated works. */
const APA_RETRIEVED =
	'<choose><if match="none" variable="issued status"><text term="retrieved" text-case="capitalize-first"/><group delimiter=", "><date form="text" variable="accessed"/><text term="from"/></group></if></choose>';

/**
 * What ORCA asks of APA 7 in every language. APA 7 gives a retrieval date for works designed to
 * change (APA 9.16): ORCA's pages and datasets are, so a web page or dataset with an accessed date
 * prints it even when dated; sources carry no accessed date and official documents are not web
 * pages, so neither prints one. The version of a
 * web page follows its title ("(Version 15b0a8e1)"), as APA writes it for versioned works.
 */
const APA_ORCA = (xml: string) =>
	replaceOnce(
		replaceOnce(
			xml,
			APA_RETRIEVED,
			`<choose><if match="any" type="webpage dataset"><choose><if variable="accessed">${APA_RETRIEVED.slice('<choose><if match="none" variable="issued status">'.length, -'</if></choose>'.length)}</if></choose></if></choose>`,
		),
		'patent performance periodical post post-weblog review review-book speech webpage"/><else-if match="any" variable="collection-editor',
		'patent performance periodical post post-weblog review review-book speech"/><else-if match="any" variable="collection-editor',
	);

/**
 * French conventions a published style lacks, applied on French pages. APA 7's CSL writes the day
 * after the month in every language ("(2026, novembre 22)"); French adaptations of APA write it
 * first, with the ordinal for the first ("(2026, 22 novembre)", "(2026, 1ᵉʳ novembre)"), and write
 * the retrieval date "Consulté le 1ᵉʳ décembre 2026, à l'adresse https://…".
 */
const FRENCH: Partial<Record<StyleId, (xml: string) => string>> = {
	apa: (xml) =>
		replaceOnce(
			replaceOnce(
				xml,
				'<date-part name="month"/><date-part name="day" prefix=" "/>',
				'<date-part name="day" form="ordinal" suffix=" "/><date-part name="month"/>',
			),
			'<text term="retrieved" text-case="capitalize-first"/><group delimiter=", "><date form="text" variable="accessed"/>',
			'<text value="Consulté le"/><group delimiter=", "><date variable="accessed"><date-part name="day" form="ordinal" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>',
		),
};

function replaceOnce(xml: string, from: string, to: string): string {
	if (xml.split(from).length !== 2) throw new Error(`cite: the style no longer contains ${from} exactly once`);
	return xml.replace(from, to);
}

/** ORCA's changes to a published style in every language (see `APA_ORCA`). */
const ORCA: Partial<Record<StyleId, (xml: string) => string>> = { apa: APA_ORCA };

/** The style as used on pages in `lang`: the published one with ORCA's changes, and French conventions on French pages. */
export function styleFor(id: StyleId, lang: 'fr' | 'en', xml = STYLE_SOURCES[id]): string {
	const orca = ORCA[id]?.(xml) ?? xml;
	const french = lang === 'fr' ? FRENCH[id] : undefined;
	return french ? french(orca) : orca;
}

const registry = plugins.config.get('@csl');
for (const style of STYLES)
	for (const lang of ['fr', 'en'] as const) registry.styles.add(`${style.csl}-${lang}`, standaloneStyle(styleFor(style.id, lang)));

const CSL_LOCALES = { fr: 'fr-FR', en: 'en-US' } as const;

/** One formatted reference (`html` keeps italics as `<i>`; `text` is plain). */
export function formatReference(item: CslItem, style: StyleId, lang: 'fr' | 'en', format: 'html' | 'text' = 'html'): string {
	const template = `${STYLES.find((s) => s.id === style)!.csl}-${lang}`;
	const entries = new Cite(item).format('bibliography', {
		template,
		lang: CSL_LOCALES[lang],
		format,
		asEntryArray: true,
	}) as Array<[string, string]>;
	const entry = entries[0]![1];
	return (format === 'html' ? entry.replace(/^\s*<div[^>]*>/, '').replace(/<\/div>\s*$/, '') : entry).trim();
}
