/**
 * Formatting with citation-js at build time: references in APA 7 (bundled with plugin-csl),
 * Chicago author-date, MLA 9 and ISO 690 (CSL styles in `styles/`), and BibTeX (biblatex), RIS
 * and CSL-JSON files. Nothing here reaches the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicago from './styles/chicago-author-date.csl?raw';
import mla from './styles/mla.csl?raw';
import iso690 from './styles/iso690-author-date.csl?raw';
import type { CslItem } from './csl.ts';

/** The citation styles offered, in the order the cite panel shows them. */
export const STYLES = [
	{ id: 'apa', csl: 'apa', name: 'APA 7' },
	{ id: 'chicago', csl: 'orca-chicago-author-date', name: 'Chicago' },
	{ id: 'mla', csl: 'orca-mla', name: 'MLA 9' },
	{ id: 'iso690', csl: 'orca-iso690-author-date', name: 'ISO 690' },
] as const;
export type StyleId = (typeof STYLES)[number]['id'];

const registry = plugins.config.get('@csl');
registry.styles.add('orca-chicago-author-date', chicago);
registry.styles.add('orca-mla', mla);
registry.styles.add('orca-iso690-author-date', iso690);

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

/** The header of every .bib file: what it is and its licence (BibTeX ignores text outside entries). */
function bibHeader(title: string, licence: string): string {
	return `% ${title}\n% ${licence}\n\n`;
}

/** A biblatex file (`@online` for web pages, with `date`, `urldate`, `version`), which BibTeX tools read too. */
export function toBibtex(items: CslItem[], title: string, licence: string): string {
	return bibHeader(title, licence) + new Cite(items).format('biblatex').trim() + '\n';
}

/**
 * A RIS file; each record carries the licence in its note (N1). citation-js writes no `AU` for a
 * newspaper article (`TY - NEWS`), so those lines are added here ("Family, Given" or the name).
 */
export function toRis(items: CslItem[]): string {
	const records = items.map((item) => {
		const ris = new Cite(item).format('ris').trim();
		if (item.type !== 'article-newspaper' || !item.author || /^AU {2}- /m.test(ris)) return ris;
		const names = item.author.map((a) => `AU  - ${'literal' in a ? a.literal : [a.family, a.given].filter(Boolean).join(', ')}`);
		return ris.replace(/^(TY {2}- .*)$/m, `$1\n${names.join('\n')}`);
	});
	return records.join('\n\n') + '\n';
}

/** A CSL-JSON file (an array of items), pretty-printed. */
export function toCslJson(items: CslItem[]): string {
	return JSON.stringify(items, null, 2) + '\n';
}

/** Parses BibTeX, RIS or CSL-JSON text back into CSL items (for tests and checks). */
export function parseReferences(text: string): Array<Record<string, unknown>> {
	return new Cite(text).data;
}
