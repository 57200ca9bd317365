/**
 * Reference files — BibTeX (biblatex), RIS and CSL-JSON — written here rather than by citation-js,
 * whose writers wrap RIS values at 70 characters (mid-word), cut RIS IDs to 20 characters and escape
 * nothing in the .bib header. Every value stays on one line and is escaped as its format requires,
 * so a title with a line break, `%`, a brace or `ER  -` still gives exactly one entry with that field.
 * Free of Vite-only imports, so `npm run data` (plain Node) writes the same files as the build.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { oneLine, type CslDate, type CslItem, type CslName } from './csl.ts';

/** `[2026, 11, 22]` → `2026-11-22`, at the precision known. */
function isoDate(date: CslDate): string {
	return date['date-parts'][0].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}

/** A key or ID as written in both files; anything else than letters, digits, `_`, `-`, `:` is an error. */
function checkedKey(item: CslItem): string {
	const key = item['citation-key'] ?? item.id;
	if (!/^[A-Za-z0-9_:-]+$/.test(key))
		throw new Error(`cite: the key "${key}" of ${item.URL ?? item.title} must be letters, digits, "_", "-" or ":"`);
	return key;
}

const BIB_TYPES: Record<string, string> = {
	webpage: 'online',
	article: 'misc',
	'post-weblog': 'online',
	dataset: 'dataset',
	'article-newspaper': 'article',
	'article-journal': 'article',
	legislation: 'legislation',
	report: 'report',
};

const BIB_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: on one line, with TeX's special characters escaped (braces stay balanced). */
export function bibText(text: string): string {
	return oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => BIB_ESCAPES[c]!);
}

/** A URL for a verbatim BibTeX field: braces, backslashes and white space percent-encoded, as a URL allows. */
export function bibUrl(url: string): string {
	return url.trim().replace(/[{}\\\s]/gu, (c) => encodeURIComponent(c));
}

/** A name: "Family, Given" for a person; an organisation in double braces, so that it stays one name. */
function bibName(name: CslName): string {
	return 'literal' in name ? `{${bibText(name.literal)}}` : `${bibText(name.family)}${name.given ? `, ${bibText(name.given)}` : ''}`;
}

/** One biblatex entry (`@online` for web pages, with `date`, `urldate`, `version`). */
function bibEntry(item: CslItem): string {
	const fields: Array<[string, string | undefined]> = [
		['author', item.author?.map(bibName).join(' and ')],
		['title', item.title && `{${bibText(item.title)}}`],
		// biblatex has no publisher in @online and @misc: the site or publisher is their `organization`.
		...(BIB_TYPES[item.type] === 'article'
			? ([
					['journaltitle', item['container-title']],
					['publisher', item.publisher],
				] as const)
			: ([['organization', item['container-title'] ?? item.publisher]] as const)
		)
			// `publisher` and `organization` are lists split at " and ": braces keep "Economy and Finance" one name.
			.map(([name, value]): [string, string | undefined] => [
				name,
				value && (name === 'journaltitle' ? bibText(value) : `{${bibText(value)}}`),
			]),
		['pages', item.page && bibText(item.page)],
		['date', item.issued && isoDate(item.issued)],
		['version', item.version && bibText(item.version)],
		['url', item.URL && bibUrl(item.URL)],
		['urldate', item.accessed && isoDate(item.accessed)],
		['language', item.language && bibText(item.language)],
		['abstract', item.abstract && bibText(item.abstract)],
		['note', item.note && bibText(item.note)],
	];
	const body = fields.filter(([, value]) => value).map(([name, value]) => `\t${name} = {${value}},`);
	return `@${BIB_TYPES[item.type] ?? 'misc'}{${checkedKey(item)},\n${body.join('\n')}\n}`;
}

/**
 * A line of the file's header. BibTeX reads everything outside entries as a comment but starts an
 * entry at any `@`, even after `%`, so the header has none (a full-width ＠ stands in).
 */
function bibComment(text: string): string {
	return `% ${oneLine(text).replace(/@/g, '＠')}`;
}

/** A biblatex file: a comment header (title and licence, each on one line), then the entries. */
export function toBibtex(items: CslItem[], title: string, licence: string): string {
	return `${bibComment(title)}\n${bibComment(licence)}\n\n${items.map(bibEntry).join('\n\n')}\n`;
}

const RIS_TYPES: Record<string, string> = {
	webpage: 'ELEC',
	'post-weblog': 'BLOG',
	dataset: 'DATA',
	'article-newspaper': 'NEWS',
	'article-journal': 'JOUR',
	legislation: 'STAT',
	bill: 'BILL',
	report: 'RPRT',
};

/** `[2026, 11]` → `2026/11//` (RIS dates: year/month/day/other, empty parts left empty). */
function risDate(date: CslDate): string {
	const [y, m, d] = date['date-parts'][0];
	const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
	return `${y}/${two(m)}/${two(d)}/`;
}

/**
 * A RIS value: on one line, and with the two spaces of a tag separator ("ER  - ") reduced to one,
 * because some readers (citation-js) find tags inside lines.
 */
export function risText(text: string): string {
	return oneLine(text).replace(/([A-Z][A-Z0-9]) {2,}-/g, '$1 -');
}

/** One RIS record: one tag per line, values never wrapped, the full ID. */
function risRecord(item: CslItem): string {
	const lines: Array<[string, string | undefined]> = [
		['TY', RIS_TYPES[item.type] ?? 'GEN'],
		['ID', checkedKey(item)],
		// "Family, Given"; an organisation ends with a comma, which keeps it one name (RIS has no other way).
		...(item.author ?? []).map((a): [string, string] => [
			'AU',
			'literal' in a ? `${a.literal},` : [a.family, a.given].filter(Boolean).join(', '),
		]),
		['TI', item.title],
		['T2', item['container-title']],
		['PB', item.publisher],
		['SP', item.page],
		['PY', item.issued && String(item.issued['date-parts'][0][0])],
		['DA', item.issued && risDate(item.issued)],
		['ET', item.version],
		['UR', item.URL?.trim().replace(/\s/gu, (c) => encodeURIComponent(c))],
		['Y2', item.accessed && risDate(item.accessed)],
		['LA', item.language],
		['AB', item.abstract],
		['N1', item.note],
	];
	const body = lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${risText(value!)}`);
	return [...body, 'ER  - '].join('\n');
}

/** A RIS file; each record carries the licence in its note (N1). */
export function toRis(items: CslItem[]): string {
	return items.map(risRecord).join('\n\n') + '\n';
}

/** A CSL-JSON file (an array of items), pretty-printed. */
export function toCslJson(items: CslItem[]): string {
	return JSON.stringify(items, null, 2) + '\n';
}

const CITE_TYPES = { bib: '@biblatex/text', ris: '@ris/file', json: '@csl/list+object' } as const;

/** Parses a BibTeX, RIS or CSL-JSON file back into CSL items with citation-js (for tests and checks). */
export function parseReferences(text: string, format: keyof typeof CITE_TYPES): Array<Record<string, unknown>> {
	return new Cite(format === 'json' ? JSON.parse(text) : text, { forceType: CITE_TYPES[format] }).data;
}
