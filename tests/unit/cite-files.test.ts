/**
 * The reference files (.bib, .ris, .json) of every real page, of every document's original and of the
 * whole bibliography, read back by citation-js and by an independent parser (biblatex-csl-converter,
 * Fidus Writer's importer), with the same fields; unique, stable keys; hostile strings.
 */
import { describe, expect, test } from 'vitest';
import { BibLatexParser, parseRIS } from 'biblatex-csl-converter';
import { loadContent } from '../../src/build/content.ts';
import { parseReferences, toBibtex, toCslJson, toRis } from '../../src/lib/cite/formats.ts';
import { bibliographyFile, bibliographyItems } from '../../src/lib/cite/bibliography.ts';
import { citationKey, licenceNote, pageItem, sourceItem, type CitablePage, type CslItem } from '../../src/lib/cite/csl.ts';
import { originalItem, originalTitle, personName } from '../../src/lib/cite/original.ts';
import { withAccessed } from '../../src/lib/cite/accessed-date.ts';
import { CITE_FILES, writeCiteFiles } from '../../src/integrations/cite-files.ts';
import { onRequest as serveReferenceFile } from '../../src/integrations/cite-files-dev.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SITE = 'https://orca.example.org';
const corpus = loadContent();
const sources = new Map(corpus.sources.map((s) => [s.id, s.data]));
const page = (lang: 'fr' | 'en', kind: string, id: string, title: string, summary: string): CitablePage => ({
	lang,
	title,
	summary,
	path: `/${lang}/${kind}/${id}/`,
	published: '2026-11-22',
	updated: '2026-11-22',
	version: 'abcdef12',
});
/** Every case and document page, and every document's original, in both languages, as the build makes them. */
const realItems: CslItem[] = (['fr', 'en'] as const).flatMap((lang) => [
	...corpus.cases.map((c) => pageItem(page(lang, 'cases', c.id, c.text[lang].title, c.text[lang].summary), SITE)),
	...corpus.documents.map((d) => pageItem(page(lang, 'documents', d.id, d.text[lang].title, d.text[lang].summary), SITE)),
	...corpus.documents.map((d) => {
		const official = [...sources.values()].some((s) => s.url === d.data.officialUrl && s.type === 'official');
		return originalItem(d.data, lang, `${citationKey(`/${lang}/documents/${d.id}/`)}_original`, official ? d.data.officialUrl : undefined);
	}),
]);

/** What a reader must get back: title, names as "Given Family" (or the organisation), date, URL, container, version. */
interface Essentials {
	title?: string;
	names: string[];
	date?: number[];
	url?: string;
	container?: string;
	version?: string;
}
const display = (n: { literal?: string; family?: string; given?: string }) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
/** "Family, Given" → "Given Family"; an organisation's trailing comma leaves it whole. */
const fromInverted = (s: string) => s.split(/,\s*/).filter(Boolean).reverse().join(' ');

/** A URL as a URI: a reader may give back `é` percent-encoded, which is the same address. */
const asUri = (url: string | undefined) => (url === undefined ? undefined : encodeURI(decodeURI(url)));

function expected(item: CslItem): Essentials {
	return {
		title: item.title,
		names: (item.author ?? []).map(display),
		date: item.issued?.['date-parts'][0],
		url: asUri(item.URL),
		container: item['container-title'] ?? item.publisher,
		version: item.version,
	};
}

/** citation-js's CSL back (RIS gives a newspaper's authors as `reporter`, "Family, Given" strings). */
function fromCitationJs(item: Record<string, unknown>): Essentials {
	const names = item.author ?? item.reporter ?? [];
	return {
		title: item.title as string | undefined,
		names: ([] as unknown[]).concat(names).map((n) => (typeof n === 'string' ? fromInverted(n) : display(n as Record<string, string>))),
		date: (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0],
		url: asUri(item.URL as string | undefined),
		container: (item['container-title'] ?? item['collection-title'] ?? item.publisher) as string | undefined,
		version: (item.version ?? item.edition) as string | undefined,
	};
}

type Rich = Array<{ text: string }>;
const plain = (rich: Rich | Rich[] | undefined) =>
	rich
		? (rich as Array<{ text?: string } | Rich>)
				.flat()
				.map((n) => (n as { text: string }).text)
				.join('')
		: undefined;
/** biblatex-csl-converter's entry back (its names are rich-text lists; it reads a RIS date from PY, the year, before DA). */
function fromConverter(entry: { fields: Record<string, unknown>; unexpected_fields?: Record<string, unknown> }): Essentials {
	const f = { ...entry.unexpected_fields, ...entry.fields } as Record<string, Rich | Rich[] | undefined> & { date?: string; url?: string };
	const names = (f.author as unknown as Array<{ literal?: Rich; family?: Rich; given?: Rich }> | undefined) ?? [];
	return {
		title: plain(f.title),
		names: names.map((n) => display({ literal: plain(n.literal), family: plain(n.family), given: plain(n.given) || undefined })),
		date: f.date?.split('-').map(Number),
		url: asUri(f.url),
		container: plain(f.journaltitle) ?? plain(f.organization) ?? plain(f.publisher),
		version: plain(f.version) ?? plain(f.edition),
	};
}
const converterBib = (text: string) =>
	Object.values(new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse().entries).map(fromConverter);
const converterRis = (text: string) => Object.values(parseRIS(text).entries).map(fromConverter);
const yearOnly = (e: Essentials): Essentials => ({ ...e, date: e.date?.slice(0, 1) });

describe('round trips through two parsers', () => {
	test('every real page’s reference and every original, one file each, as the pages serve them', () => {
		expect(realItems.length).toBe(2 * (corpus.cases.length + 2 * corpus.documents.length));
		for (const item of realItems) {
			const want = expected(item);
			const bib = toBibtex([item], item.title!, licenceNote('fr'));
			const ris = toRis([item]);
			expect(parseReferences(bib, 'bib').map(fromCitationJs), `${item.id} .bib citation-js`).toEqual([want]);
			expect(converterBib(bib), `${item.id} .bib converter`).toEqual([want]);
			expect(parseReferences(ris, 'ris').map(fromCitationJs), `${item.id} .ris citation-js`).toEqual([
				item.type === 'article-newspaper' ? yearOnly(want) : want,
			]);
			expect(converterRis(ris), `${item.id} .ris converter`).toEqual([yearOnly(want)]);
			expect(parseReferences(toCslJson([item]), 'json').map(fromCitationJs), `${item.id} .json`).toEqual([want]);
		}
	});

	test('the whole bibliography (/data/sources.*) reads back entry by entry', () => {
		const items = bibliographyItems(sources);
		expect(items.length).toBe(corpus.sources.length);
		const want = items.map(expected);
		expect(parseReferences(bibliographyFile('bib', sources), 'bib').map(fromCitationJs)).toEqual(want);
		expect(converterBib(bibliographyFile('bib', sources))).toEqual(want);
		// citation-js reads a newspaper article's date from PY alone (the year), not from DA.
		const newsYear = items.map((item, i) => (item.type === 'article-newspaper' ? yearOnly(want[i]!) : want[i]!));
		expect(parseReferences(bibliographyFile('ris', sources), 'ris').map(fromCitationJs)).toEqual(newsYear);
		expect(converterRis(bibliographyFile('ris', sources))).toEqual(want.map(yearOnly));
		expect(parseReferences(bibliographyFile('json', sources), 'json').map(fromCitationJs)).toEqual(want);
	});

	test('no value is wrapped: one tag per line, each line a tag', () => {
		const ris = bibliographyFile('ris', sources);
		for (const line of ris.split('\n')) expect(line, line).toMatch(/^(|[A-Z][A-Z0-9] {2}- .*)$/);
		const bib = bibliographyFile('bib', sources);
		for (const line of bib.split('\n')) expect(line, line).toMatch(/^(|% .*|@\w+\{[A-Za-z0-9_:-]+,|\t[a-z]+ = \{.*\},|\})$/);
	});
});

describe('keys and IDs', () => {
	const editorial = (['fr', 'en'] as const).flatMap((lang) =>
		['methodology', 'sources', 'timeline', 'figures', 'data'].map((name) =>
			pageItem({ ...page(lang, '', '', 't', 's'), path: `/${lang}/${name}/` }, SITE),
		),
	);
	const all = [...realItems, ...editorial, ...bibliographyItems(sources)];

	test('are unique across the site and written whole in RIS and BibTeX', () => {
		const keys = all.map((i) => i['citation-key'] ?? i.id);
		expect(new Set(keys).size).toBe(keys.length);
		for (const item of all) {
			const key = item['citation-key'] ?? item.id;
			expect(toRis([item])).toContain(`\nID  - ${key}\n`);
			expect(toBibtex([item], 't', 'l')).toMatch(new RegExp(`\\n@\\w+\\{${key},\\n`));
		}
	});

	test('are stable: derived from the page’s path or the source’s id, never from a build', () => {
		expect(realItems.filter((i) => i.id.startsWith('orca_fr_documents_loi_')).map((i) => i.id)).toEqual([
			'orca_fr_documents_loi_2025_optin_demarchage',
			'orca_fr_documents_loi_hamon_2014_bloctel',
			'orca_fr_documents_loi_naegelen_2020',
			'orca_fr_documents_loi_2025_optin_demarchage_original',
			'orca_fr_documents_loi_hamon_2014_bloctel_original',
			'orca_fr_documents_loi_naegelen_2020_original',
		]);
		expect(bibliographyFile('ris', sources)).toBe(bibliographyFile('ris', new Map([...sources].reverse())));
	});
});

describe('hostile strings', () => {
	const title = 'Line one\nline two % not a comment {open} close} ER  - TY  - JOUR @misc{evil,';
	const hostile: CslItem = {
		...pageItem({ ...page('fr', 'cases', 'x', title, 'Résumé\r\nTY  - JOUR\r\nER  - '), version: 'v1' }, SITE),
	};
	const source = sourceItem('evil', {
		title: 'Source\ntitle }{',
		publisher: 'Pub % }',
		authors: [{ family: 'Doe', given: 'Jane\n%' }],
		url: 'https://example.org/a}b{c',
		language: 'en',
		type: 'press',
	});

	test('BibTeX: one entry each, fields intact (on one line), a } in a URL percent-encoded', () => {
		const bib = toBibtex([hostile, source], title, 'Licence\n@misc{x,');
		expect(bib.split('\n').slice(0, 3)).toEqual([
			'% Line one line two % not a comment {open} close} ER - TY - JOUR ＠misc{evil,',
			'% Licence ＠misc{x,',
			'',
		]);
		for (const parsed of [parseReferences(bib, 'bib').map(fromCitationJs), converterBib(bib)]) {
			expect(parsed).toHaveLength(2);
			expect(parsed[0]!.title).toBe('Line one line two % not a comment {open} close} ER - TY - JOUR @misc{evil,');
			expect(parsed[1]).toEqual({
				title: 'Source title }{',
				names: ['Jane % Doe'],
				date: undefined,
				url: 'https://example.org/a%7Db%7Bc',
				container: 'Pub % }',
				version: undefined,
			});
		}
		expect(parseReferences(bib, 'bib')[0]!.abstract).toBe('Résumé TY - JOUR ER -');
	});

	test('RIS: one record each, one tag per line, a tag inside a value defused (white space runs are one space: "ER  -" → "ER -")', () => {
		const ris = toRis([hostile, source]);
		expect(ris.split('\n').filter((l) => l.startsWith('TI  - '))).toEqual([
			'TI  - Line one line two % not a comment {open} close} ER - TY - JOUR @misc{evil,',
			'TI  - Source title }{',
		]);
		expect(ris.match(/^ER {2}- $/gm)).toHaveLength(2);
		expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
		for (const parsed of [parseReferences(ris, 'ris').map(fromCitationJs), converterRis(ris)]) {
			expect(parsed).toHaveLength(2);
			expect(parsed[0]!.title).toBe('Line one line two % not a comment {open} close} ER - TY - JOUR @misc{evil,');
			expect(parsed[1]!.url).toBe('https://example.org/a%7Db%7Bc');
		}
		expect(parseReferences(ris, 'ris')[0]!.abstract).toBe('Résumé TY - JOUR ER -');
	});

	test('CSL-JSON keeps one item each with the values on one line', () => {
		const parsed = JSON.parse(toCslJson([hostile, source]));
		expect(parsed).toHaveLength(2);
		expect(parsed[0].title).toBe('Line one line two % not a comment {open} close} ER - TY - JOUR @misc{evil,');
		expect(parsed[1].author).toEqual([{ family: 'Doe', given: 'Jane %' }]);
	});
});

describe('accessed date in the downloads', () => {
	const item = pageItem(page('en', 'cases', 'keyyo', 'Keyyo', 'S'), SITE);
	const day = new Date(2026, 11, 4);
	test('each format gets the reader’s date, once, and only for entries with a URL', () => {
		expect(withAccessed(toBibtex([item], 't', 'l'), 'bib', day)).toContain(
			'\turl = {https://orca.example.org/en/cases/keyyo/},\n\tlanguage = {en},\n\tabstract = {S},\n\tnote = {Last updated 2026-11-22. Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/},\n\turldate = {2026-12-04},\n}',
		);
		expect(withAccessed(toRis([item]), 'ris', day)).toMatch(/\nY2 {2}- 2026\/12\/04\/\nER {2}- \n$/);
		expect(JSON.parse(withAccessed(toCslJson([item]), 'json', day))[0].accessed).toEqual({ 'date-parts': [[2026, 12, 4]] });
		const twice = withAccessed(withAccessed(toRis([item, item]), 'ris', day), 'ris', new Date(2027, 0, 1));
		expect(twice.match(/^Y2 {2}- 2026\/12\/04\/$/gm)).toHaveLength(2);
		expect(twice).not.toContain('2027');
		const noUrl: CslItem = { id: 'k', type: 'document', title: 'T' };
		expect(withAccessed(toRis([noUrl]), 'ris', day)).not.toContain('Y2');
		expect(withAccessed(toBibtex([noUrl], 't', 'l'), 'bib', day)).not.toContain('urldate');
		expect(parseReferences(withAccessed(toBibtex([item], 't', 'l'), 'bib', day), 'bib')[0]!.accessed).toEqual({
			'date-parts': [[2026, 12, 4]],
		});
	});
});

describe('the original document', () => {
	const qe = corpus.documents.find((d) => d.id === 'qe-15-10719')!;
	test('names a person family name first, keeping particles with it', () => {
		expect(personName('Yannick Haury')).toEqual({ family: 'Haury', given: 'Yannick' });
		expect(personName('Marc Le Fur')).toEqual({ family: 'Le Fur', given: 'Marc' });
		expect(personName('Marie-Hélène Des Esgaulx')).toEqual({ family: 'Des Esgaulx', given: 'Marie-Hélène' });
		expect(personName('Sénat')).toEqual({ literal: 'Sénat' });
	});
	test('takes its title from the kind, number and legislature, and brackets a mere description', () => {
		expect(originalTitle(qe.data, 'fr')).toBe('Question écrite n° 10719 (15e législature)');
		expect(originalTitle(qe.data, 'en')).toBe('Written question no. 10719 (15th legislature)');
		expect(originalTitle({ ...qe.data, kind: 'law', number: '2014-344', legislature: undefined }, 'fr')).toBe('Loi n° 2014-344');
		expect(originalTitle({ ...qe.data, kind: 'ministerial-statement', number: undefined }, 'en')).toBe('[Ministerial statement]');
		expect(originalTitle({ ...qe.data, kind: 'proposed-rule', number: undefined }, 'fr')).toBe(
			'[Projet de règlement (autorité de régulation)]',
		);
		expect(originalTitle({ ...qe.data, kind: 'public-funding', number: undefined }, 'en')).toBe('[Public funding or loan]');
	});
	test('is written in the four styles from the document’s own fields', () => {
		const item = originalItem(qe.data, 'fr', 'orca_fr_documents_qe_15_10719_original', qe.data.officialUrl);
		expect(item).toEqual({
			id: 'orca_fr_documents_qe_15_10719_original',
			'citation-key': 'orca_fr_documents_qe_15_10719_original',
			type: 'document',
			title: 'Question écrite n° 10719 (15e législature)',
			author: [{ family: 'Haury', given: 'Yannick' }],
			issued: { 'date-parts': [[2018, 7, 17]] },
			language: 'fr',
			publisher: 'Assemblée nationale',
			'container-title': 'Journal officiel de la République française',
			page: '6253',
			URL: 'https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
		});
		expect(originalItem(qe.data, 'en', 'k').URL).toBeUndefined();
	});
});

describe('writing the reference files at the end of the build', () => {
	test('each file of the list lands at its path under the output folder, and the list is removed', async () => {
		const out = mkdtempSync(join(tmpdir(), 'orca-cite-files-'));
		try {
			mkdirSync(join(out, '_orca'));
			writeFileSync(
				join(out, CITE_FILES),
				JSON.stringify([
					['fr/cases/x/cite.bib', '@misc{x}\n'],
					['fr/cases/x/cite.ris', 'TY  - ELEC\nER  - \n'],
					['en/documents/y/cite-original.json', '[]'],
				]),
			);
			expect(await writeCiteFiles(out)).toBe(3);
			expect(readFileSync(join(out, 'fr/cases/x/cite.bib'), 'utf8')).toBe('@misc{x}\n');
			expect(readFileSync(join(out, 'fr/cases/x/cite.ris'), 'utf8')).toBe('TY  - ELEC\nER  - \n');
			expect(readFileSync(join(out, 'en/documents/y/cite-original.json'), 'utf8')).toBe('[]');
			expect(existsSync(join(out, '_orca'))).toBe(false);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	test('a path leading out of the output folder is refused, and nothing is written', async () => {
		const out = mkdtempSync(join(tmpdir(), 'orca-cite-files-'));
		try {
			mkdirSync(join(out, '_orca'));
			writeFileSync(join(out, CITE_FILES), JSON.stringify([['../escaped.bib', 'x']]));
			await expect(writeCiteFiles(out)).rejects.toThrow('cite files: ../escaped.bib is outside the output folder');
			expect(existsSync(join(out, '..', 'escaped.bib'))).toBe(false);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});

describe('the reference files in the dev server', () => {
	type Context = Parameters<typeof serveReferenceFile>[0];
	const request = (path: string) => {
		const calls: string[] = [];
		const context = {
			url: new URL(`http://localhost${path}`),
			rewrite: (to: string) => (calls.push(`rewrite ${to}`), Promise.resolve(new Response('rewritten'))),
		} as unknown as Context;
		const next = () => (calls.push('next'), Promise.resolve(new Response('page')));
		return { calls, result: serveReferenceFile(context, next) };
	};
	test('a reference file is answered by its route, which the dev server matches with a slash after the name', async () => {
		for (const [path, expected] of [
			['/fr/cases/keyyo/cite.ris', 'rewrite /fr/cases/keyyo/cite.ris/'],
			['/orca/en/documents/loi-2025/cite-original.bib?x=1', 'rewrite /orca/en/documents/loi-2025/cite-original.bib/?x=1'],
			['/en/cases/keyyo/cite.json', 'rewrite /en/cases/keyyo/cite.json/'],
		] as const) {
			const { calls, result } = request(path);
			expect(await (await result)!.text()).toBe('rewritten');
			expect(calls).toEqual([expected]);
		}
	});
	test('other paths go on to their page', async () => {
		for (const path of ['/fr/cases/keyyo/', '/data/sources.ris', '/fr/cases/keyyo/cite.ris/', '/fr/cases/keyyo/cite.txt']) {
			const { calls } = request(path);
			expect(calls).toEqual(['next']);
		}
	});
});
