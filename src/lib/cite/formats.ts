/**
 * Reference files with citation-js — BibTeX (biblatex), RIS and CSL-JSON — and parsing them back.
 * Free of Vite-only imports, so `npm run data` (plain Node) writes the same files as the build.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';

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
