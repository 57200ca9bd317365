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
