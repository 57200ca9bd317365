/**
 * The reference of a document itself (the written question, law or bill a document page is about),
 * built only from the document's own fields: its author, kind and number, chamber, date and page
 * of publication in the Journal officiel, and its official URL. A report cites this first, and
 * ORCA's page for the summary.
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { Lang } from '../../schemas/common.ts';
import { label, t } from '../../i18n/index.ts';
import { cslDate, oneLine, type CslItem, type CslName } from './csl.ts';

/** Particles that belong to the family name when they precede it ("Marc Le Fur" → "Le Fur"). */
const PARTICLES = new Set(['le', 'la', 'de', 'des', 'du', "d'", 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'dos']);

/**
 * A full name as CSL wants a person: the last word is the family name, with the particles before it
 * ("Marie-Hélène Des Esgaulx" → Des Esgaulx, Marie-Hélène); a single word is kept whole.
 */
export function personName(full: string): CslName {
	const words = oneLine(full).split(' ');
	if (words.length < 2) return { literal: words.join(' ') };
	let start = words.length - 1;
	while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
	return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

/**
 * CSL item type by kind of document: a report is a report; everything else a `document`, because the
 * styles' `legislation` and `bill` forms follow US legal citation ("Pub. L. No.").
 */
const cslType = (kind: DocumentData['kind']) => (kind === 'report' ? 'report' : 'document');

/**
 * "Question écrite n° 10719 (15e législature)": the kind, the number ("n°" before a plain number) and
 * the legislature, as such records are cited. Without a number this is only a description of the
 * record, so it is bracketed as APA writes untitled works ("[Déclaration ministérielle]").
 */
export function originalTitle(d: DocumentData, lang: Lang): string {
	const kind = label(lang, 'documentKind', d.kind);
	if (!d.number) return `[${kind}]`;
	const number = /^\d[\d-]*$/.test(d.number) ? t(lang, 'cite.original.numbered', { number: d.number }) : oneLine(d.number);
	const legislature = d.legislature && `(${t(lang, 'doc.legislatureN', { n: d.legislature })})`;
	return [kind, number, legislature].filter(Boolean).join(' ');
}

/**
 * The CSL item of the original document. `officialUrl` is given only when the page's link is an
 * official record (a source of type `official` at that URL), never a press article about it.
 */
export function originalItem(d: DocumentData, lang: Lang, key: string, officialUrl?: string): CslItem {
	const chamber = oneLine(d.chamber[lang]);
	const item: CslItem = {
		id: key,
		'citation-key': key,
		type: cslType(d.kind),
		title: originalTitle(d, lang),
		author: [d.author ? personName(d.author.name) : { literal: chamber }],
		issued: cslDate(d.published.date),
		language: lang,
	};
	if (d.author) item.publisher = chamber;
	if (d.published.page) {
		item['container-title'] = t(lang, 'cite.original.journal');
		item.page = String(d.published.page);
	}
	if (officialUrl) item.URL = officialUrl;
	return item;
}
