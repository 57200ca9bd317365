import { describe, expect, test } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import { STYLES, STYLE_SOURCES, formatReference, standaloneStyle, styleFor } from '../../src/lib/cite/engine.ts';
import { loadContent } from '../../src/build/content.ts';
import { accessedFormat, referenceWithAccessedSlot } from '../../src/lib/cite/accessed.ts';
import { citeWorker, formatPageReferences } from '../../src/build/cite-references.ts';
import { formattingDigest, openReferenceCache } from '../../src/build/cite-cache.ts';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAccessed } from '../../src/lib/cite/accessed-date.ts';
import { citationKey, pageItem, sourceItem, type CitablePage, type CslItem } from '../../src/lib/cite/csl.ts';
import { contentVersion } from '../../src/lib/cite/version.ts';
import { originalItem } from '../../src/lib/cite/original.ts';
import { plainValue, shapedReference } from '../../src/lib/cite/shapes.ts';
import { articleJsonLd, citationAuthor, citationMeta, datasetJsonLd } from '../../src/lib/cite/meta.ts';

const ORCA_FR = "ORCA — Observatoire de la relocalisation des centres d'appels";
const ORCA_EN = 'ORCA — Observatory of call-centre relocation';

const SITE = 'https://orca.example.org';
const page = (over: Partial<CitablePage> = {}): CitablePage => ({
	lang: 'fr',
	title: 'Keyyo rapatrie son service client de Casablanca à Abbeville',
	summary: 'Résumé accentué : élève, façade, œuvre.',
	path: '/fr/cases/keyyo-casablanca-abbeville/',
	published: '2026-11-22',
	updated: '2026-11-22',
	version: '15b0a8e1',
	...over,
});
/** The reference item of every real case and document page in `lang`, with `over` changing each page's fields. */
const realPageItems = (
	corpus: ReturnType<typeof loadContent>,
	lang: 'fr' | 'en',
	over: (id: string) => Partial<CitablePage> = () => ({}),
): [CslItem, 'fr' | 'en'][] =>
	(['cases', 'documents'] as const).flatMap((kind) =>
		corpus[kind].map((e): [CslItem, 'fr' | 'en'] => [
			pageItem(
				page({ lang, title: e.text[lang].title, summary: e.text[lang].summary, path: `/${lang}/${kind}/${e.id}/`, ...over(e.id) }),
				SITE,
			),
			lang,
		]),
	);
/** Plain text with French no-break spaces shown as spaces. */
const text = (item: CslItem, style: (typeof STYLES)[number]['id'], lang: 'fr' | 'en') =>
	formatReference(item, style, lang, 'text').replace(/[\u00a0\u202f]/g, ' ');

describe('page item', () => {
	test('names the organisation as one institutional author in the page’s language, the site, the stable URL and the version', () => {
		const item = pageItem(page(), SITE);
		expect(item.author).toEqual([{ literal: ORCA_FR }]);
		expect(pageItem(page({ lang: 'en' }), SITE).author).toEqual([{ literal: ORCA_EN }]);
		expect(item['container-title']).toBe('ORCA');
		expect(item.URL).toBe('https://orca.example.org/fr/cases/keyyo-casablanca-abbeville/');
		expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 22]] });
		expect(item.version).toBe('15b0a8e1');
		expect(item.note).toContain('CC BY 4.0');
		expect(item.accessed).toBeUndefined();
	});
	test('keys are BibTeX-safe and ignore the base', () => {
		expect(citationKey('/orca/fr/cases/keyyo-abbeville/', '/orca/')).toBe('orca_fr_cases_keyyo_abbeville');
		expect(citationKey('/fr/méthodologie/')).toBe('orca_fr_methodologie');
	});
	test('a date known to the month or the year stays so; no date means no issued', () => {
		expect(pageItem(page({ published: '2026-11', updated: '2026-11' }), SITE).issued).toEqual({ 'date-parts': [[2026, 11]] });
		expect(pageItem(page({ published: '2009', updated: '2009' }), SITE).issued).toEqual({ 'date-parts': [[2009]] });
		expect(pageItem(page({ published: undefined, updated: undefined }), SITE).issued).toBeUndefined();
	});
});

describe('formatted references', () => {
	const fr = pageItem(page(), SITE);
	const en = pageItem(
		page({
			lang: 'en',
			title: 'Keyyo brings its customer service back from Casablanca to Abbeville',
			path: '/en/cases/keyyo-casablanca-abbeville/',
		}),
		SITE,
	);

	test('every style names ORCA, the title with its accents, the year and the URL, in both languages', () => {
		for (const style of STYLES) {
			for (const [lang, item] of [
				['fr', fr],
				['en', en],
			] as const) {
				const ref = text(item, style.id, lang);
				expect(ref.toUpperCase(), `${style.id} ${lang}`).toContain((lang === 'fr' ? ORCA_FR : ORCA_EN).toUpperCase().replace("'", '’'));
				expect(ref.toLowerCase(), `${style.id} ${lang}`).toContain(item.title!.toLowerCase());
				expect(ref, `${style.id} ${lang}`).toContain('2026');
				expect(ref, `${style.id} ${lang}`).toContain(item.URL);
			}
		}
	});
	test('APA 7 gives the version and, the page being designed to change, the retrieval date', () => {
		const accessed = { 'date-parts': [[2026, 12, 1]] } as CslItem['accessed'];
		expect(text({ ...en, accessed }, 'apa', 'en')).toBe(
			'ORCA — Observatory of call-centre relocation. (2026, November 22). Keyyo brings its customer service back from Casablanca to Abbeville (Version 15b0a8e1). ORCA. Retrieved December 1, 2026, from https://orca.example.org/en/cases/keyyo-casablanca-abbeville/',
		);
		expect(text({ ...fr, accessed }, 'apa', 'fr')).toBe(
			'ORCA — Observatoire de la relocalisation des centres d’appels. (2026, 22 novembre). Keyyo rapatrie son service client de Casablanca à Abbeville (Version 15b0a8e1). ORCA. Consulté le 1ᵉʳ décembre 2026, à l’adresse https://orca.example.org/fr/cases/keyyo-casablanca-abbeville/',
		);
		expect(text({ ...fr, accessed: { 'date-parts': [[2027, 3, 9]] } }, 'apa', 'fr')).toContain(
			'. ORCA. Consulté le 9 mars 2027, à l’adresse https://',
		);
		expect(text(en, 'apa', 'en')).toBe(
			'ORCA — Observatory of call-centre relocation. (2026, November 22). Keyyo brings its customer service back from Casablanca to Abbeville (Version 15b0a8e1). ORCA. https://orca.example.org/en/cases/keyyo-casablanca-abbeville/',
		);
		expect(formatReference(en, 'apa', 'en')).toContain('<i>Keyyo brings');
	});
	test('APA 7 gives no retrieval date to a source (no accessed date) nor to an official document', () => {
		const source = sourceItem('silicon', {
			title: 'A contre courant',
			publisher: 'silicon.fr',
			authors: [],
			url: 'https://silicon.fr/x.htm',
			language: 'fr',
			type: 'company',
		});
		expect(text(source, 'apa', 'en')).toBe('silicon.fr. (n.d.). A contre courant. https://silicon.fr/x.htm');
		const doc: CslItem = {
			id: 'd',
			type: 'document',
			title: 'Written question no. 1',
			URL: 'https://example.org/q1',
			accessed: { 'date-parts': [[2026, 12, 1]] },
		};
		expect(text(doc, 'apa', 'en')).toBe('Written question no. 1. (n.d.). https://example.org/q1');
	});
	test('APA 7 on French pages writes the day first, as French adaptations of APA do', () => {
		expect(text(fr, 'apa', 'fr')).toContain(
			'ORCA — Observatoire de la relocalisation des centres d’appels. (2026, 22 novembre). Keyyo rapatrie',
		);
		const first = pageItem(page({ published: '2026-11-01', updated: '2026-11-01' }), SITE);
		expect(text(first, 'apa', 'fr')).toContain('(2026, 1ᵉʳ novembre)');
		expect(text({ ...first, language: 'en' }, 'apa', 'en')).toContain('(2026, November 1)');
	});
	test('Chicago author-date', () => {
		expect(text({ ...en, accessed: { 'date-parts': [[2026, 12, 1]] } }, 'chicago', 'en')).toBe(
			'ORCA — Observatory of call-centre relocation. 2026. “Keyyo Brings Its Customer Service Back from Casablanca to Abbeville.” ORCA. November 22. Version 15b0a8e1. Accessed December 1, 2026. https://orca.example.org/en/cases/keyyo-casablanca-abbeville/.',
		);
	});
	test('MLA 9', () => {
		expect(text({ ...en, accessed: { 'date-parts': [[2026, 12, 1]] } }, 'mla', 'en')).toBe(
			'ORCA — Observatory of call-centre relocation. “Keyyo Brings Its Customer Service Back from Casablanca to Abbeville.” ORCA, version 15b0a8e1, 22 Nov. 2026, https://orca.example.org/en/cases/keyyo-casablanca-abbeville/. Accessed 1 Dec. 2026.',
		);
	});
	test('ISO 690 with French conventions on French pages', () => {
		expect(text({ ...fr, accessed: { 'date-parts': [[2026, 12, 1]] } }, 'iso690', 'fr')).toBe(
			'ORCA — OBSERVATOIRE DE LA RELOCALISATION DES CENTRES D’APPELS, 2026. Keyyo rapatrie son service client de Casablanca à Abbeville [en ligne]. ORCA, 22 novembre 2026. Version 15b0a8e1. [Consulté le 1ᵉʳ décembre 2026]. Disponible à l’adresse : https://orca.example.org/fr/cases/keyyo-casablanca-abbeville/',
		);
		expect(text({ ...en, accessed: { 'date-parts': [[2026, 12, 1]] } }, 'iso690', 'en')).toContain(
			'[online]. ORCA, 22 November 2026. Version 15b0a8e1. [Accessed 1 December 2026]. Available from: https://',
		);
	});
	test('a person as author: family name first (ISO 690 in capitals)', () => {
		const item = sourceItem('silicon', {
			title: 'A contre courant : quand les centres d’appels sont rapatriés...',
			publisher: 'silicon.fr',
			authors: [{ family: 'Robillart', given: 'Olivier' }],
			url: 'https://silicon.fr/x.htm',
			language: 'fr',
			type: 'press',
		});
		expect(text(item, 'iso690', 'fr')).toMatch(
			/^ROBILLART, Olivier, sans date\. A contre courant : quand les centres d’appels sont rapatriés/,
		);
		expect(text(item, 'apa', 'en')).toMatch(/^Robillart, O\. \(n\.d\.\)\./);
		expect(text(item, 'chicago', 'en')).toMatch(/^Robillart, Olivier\. n\.d\./);
		expect(text(item, 'mla', 'fr')).toMatch(/^Robillart, Olivier\. « A contre courant/);
	});
	test('dates known only to the month or the year, and a missing date', () => {
		const month = pageItem(page({ published: '2026-11', updated: '2026-11' }), SITE);
		const year = pageItem(page({ published: '2009', updated: '2009' }), SITE);
		const none = pageItem(page({ published: undefined, updated: undefined }), SITE);
		expect(text(month, 'apa', 'fr')).toContain('(2026, novembre)');
		expect(text(month, 'mla', 'fr')).toContain(', nov. 2026, ');
		expect(text(month, 'iso690', 'fr')).toContain('ORCA, novembre 2026.');
		expect(text(month, 'chicago', 'en')).toContain('. 2026. ');
		expect(text(month, 'chicago', 'en')).toContain(' ORCA. November. Version');
		expect(text(fr, 'chicago', 'fr')).toContain(' ORCA. 22 novembre. Version');
		expect(text(year, 'apa', 'en')).toContain('(2009)');
		expect(text(year, 'iso690', 'fr')).toContain('ORCA, 2009.');
		expect(text(year, 'mla', 'en')).toContain(', 2009, ');
		expect(text(none, 'apa', 'fr')).toContain('(s. d.)');
		expect(text(none, 'apa', 'en')).toContain('(n.d.)');
		expect(text(none, 'chicago', 'en')).toContain('. n.d. ');
		expect(text(none, 'iso690', 'fr')).toContain(', sans date. ');
		for (const style of STYLES) expect(text(none, style.id, 'fr')).not.toMatch(/undefined|NaN/);
	});
	test('titles with quotes and colons keep them, with the language’s quotation marks', () => {
		const item = pageItem(page({ title: 'Question n° 10719 : « La délocalisation » des "plateformes"' }), SITE);
		expect(text(item, 'iso690', 'fr')).toContain('Question n° 10719 : « La délocalisation » des « plateformes » [en ligne]');
		expect(text(item, 'apa', 'fr')).toContain('Question n° 10719 : « La délocalisation » des « plateformes »');
		expect(text(item, 'mla', 'fr')).toContain('« Question n° 10719 : « La délocalisation » des “plateformes” »');
		const enItem = pageItem(page({ lang: 'en', title: 'Reshoring: the "Keyyo" case' }), SITE);
		expect(text(enItem, 'chicago', 'en')).toContain('“Reshoring: The ‘Keyyo’ Case.”');
	});
});

describe('standalone styles', () => {
	test('drop only the rules that compare references with each other', () => {
		const xml =
			'<citation disambiguate-add-year-suffix="true" disambiguate-add-names="true" givenname-disambiguation-rule="primary-name" et-al-min="3"><bibliography subsequent-author-substitute="———" hanging-indent="true">';
		expect(standaloneStyle(xml)).toBe('<citation et-al-min="3"><bibliography hanging-indent="true">');
		for (const style of STYLES)
			expect(standaloneStyle(STYLE_SOURCES[style.id])).not.toMatch(/disambiguate-add|subsequent-author-substitute=/);
	});
	test('sort nothing and reduce the in-text citation, which is never formatted, to the title', () => {
		const xml =
			'<citation et-al-min="3"><sort><key macro="author"/></sort><layout prefix="("><text macro="author-short"/></layout></citation>' +
			'<bibliography hanging-indent="true">\n  <sort><key macro="author"/><key variable="title"/></sort><layout><text macro="author"/></layout></bibliography>';
		expect(standaloneStyle(xml)).toBe(
			'<citation et-al-min="3"><layout><text variable="title"/></layout></citation>' +
				'<bibliography hanging-indent="true"><layout><text macro="author"/></layout></bibliography>',
		);
		for (const style of STYLES) expect(standaloneStyle(STYLE_SOURCES[style.id])).not.toMatch(/<bibliography\b[^>]*>\s*<sort>/);
	});

	test('format every real page and a tenth of the real sources exactly as the published styles do', () => {
		const registry = plugins.config.get('@csl');
		for (const style of STYLES)
			for (const lang of ['fr', 'en'] as const) registry.styles.add(`published-${style.id}-${lang}`, styleFor(style.id, lang));
		const corpus = loadContent();
		const items: [CslItem, 'fr' | 'en'][] = [];
		for (const lang of ['fr', 'en'] as const) {
			items.push(...realPageItems(corpus, lang));
			corpus.sources.filter((_, i) => i % 10 === 0).forEach((s) => items.push([sourceItem(s.id, s.data), lang]));
		}
		expect(items.length).toBeGreaterThan(250);
		const published = (item: CslItem, style: string, lang: 'fr' | 'en') =>
			(
				new Cite(item).format('bibliography', {
					template: `published-${style}-${lang}`,
					lang: lang === 'fr' ? 'fr-FR' : 'en-US',
					format: 'html',
					asEntryArray: true,
				}) as [string, string][]
			)[0]![1]
				.replace(/^\s*<div[^>]*>/, '')
				.replace(/<\/div>\s*$/, '')
				.trim();
		for (const [item, lang] of items)
			for (const style of STYLES)
				expect(formatReference(item, style.id, lang), `${style.id} ${item.id}`).toBe(published(item, style.id, lang));
	});
});

describe('references from their shape', () => {
	test('only values citeproc passes through unchanged are put in place of a token', () => {
		expect(plainValue('title', 'Keyyo rapatrie son service client de Casablanca à Abbeville')).toBe(true);
		expect(plainValue('title', 'Teleperformance — 1,200 jobs in Île-de-France’s call-centres')).toBe(true);
		expect(plainValue('title', "Keyyo rapatrie son centre d'appels")).toBe(false);
		expect(plainValue('title', 'Keyyo : retour à Abbeville')).toBe(false);
		expect(plainValue('title', 'Is it back?')).toBe(false);
		expect(plainValue('title', 'The “Free” case')).toBe(false);
		expect(plainValue('title', 'A <i>tag</i>')).toBe(false);
		expect(plainValue('title', 'Two  spaces')).toBe(false);
		expect(plainValue('title', 'Ends with a period.')).toBe(false);
		expect(plainValue('title', '2025')).toBe(false);
		expect(plainValue('URL', 'https://orca.example.org/fr/cases/keyyo/')).toBe(true);
		expect(plainValue('URL', 'https://orca.example.org/fr/search/?q=a&b=c')).toBe(false);
		expect(plainValue('version', '15b0a8e1')).toBe(true);
		expect(plainValue('version', '15b0a8e1 (2026-11-30)')).toBe(true);
		expect(plainValue('version', '12345678')).toBe(false);
	});

	test('every real page, every original document and made-up edge cases come out as citeproc writes them', () => {
		const corpus = loadContent();
		const items: [CslItem, 'fr' | 'en'][] = [];
		for (const lang of ['fr', 'en'] as const) {
			items.push(...realPageItems(corpus, lang, (id) => ({ version: contentVersion(id) })));
			for (const d of corpus.documents) items.push([originalItem(d.data, lang, `k_${d.id}`, d.data.officialUrl), lang]);
			for (const [title, version, published] of [
				['Synthetic company 7 moves its customer service from Lyon to Casablanca', '15b0a8e1', '2026-11'],
				['Synthetic company 8 moves its customer service from Lyon to Casablanca', '25b0a8e1 (2026-11-30)', '2026-11-02'],
				['a title in lower case, with a comma', '1e100000', '2026'],
				['ÉLÉVATION — ça monte', '12345678 (2026-11-30)', '2026-11-22'],
				['Free’s call centre', 'abcdef12', '2026-11-22'],
			] as const)
				items.push([
					pageItem(page({ lang, title, version, published, updated: undefined, path: `/${lang}/cases/x${items.length}/` }), SITE),
					lang,
				]);
		}
		expect(items.length).toBeGreaterThan(400);
		for (const [item, lang] of items)
			for (const style of STYLES)
				expect(shapedReference(item, style.id, lang), `${style.id} ${lang} ${item.id}`).toEqual(
					referenceWithAccessedSlot(item, style.id, lang),
				);
	});
});

describe('the build’s citeproc worker', () => {
	test('formats every real page as the page renderer does in place, and names the page when it fails', async () => {
		const format = citeWorker(new URL('../../src/build/cite-worker.ts', import.meta.url).pathname);
		const corpus = loadContent();
		const items = (['fr', 'en'] as const).flatMap((lang) =>
			corpus.cases.map(
				(e) =>
					[
						pageItem(page({ lang, title: e.text[lang].title, summary: e.text[lang].summary, path: `/${lang}/cases/${e.id}/` }), SITE),
						lang,
					] as const,
			),
		);
		expect(items.length).toBeGreaterThan(100);
		// All at once, as the build asks while it renders other pages; answers come back to the right page.
		const answers = await Promise.all(items.map(([item, lang]) => format(item, lang)));
		answers.forEach((references, i) => expect(references).toEqual(formatPageReferences(items[i]![0], items[i]![1])));
		expect(answers[0]!.map((r) => r.style)).toEqual(STYLES.map((s) => s.id));
		// A failure names the page and says what went wrong (here a language without styles).
		const item = pageItem(page(), SITE);
		await expect(format(item, 'xx' as 'fr')).rejects.toThrow(
			new RegExp(`^cite: formatting the reference of ${item.URL} failed:\\n.*Cannot find style 'orca-apa-xx'`),
		);
	});
});

describe('the references kept between builds', () => {
	const workerPath = new URL('../../src/build/cite-worker.ts', import.meta.url).pathname;
	test('a second build’s worker answers from the first one’s cache, exactly what citeproc writes fresh', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'orca-cite-cache-'));
		try {
			const corpus = loadContent();
			const items = (['fr', 'en'] as const).flatMap((lang) => [
				...corpus.cases
					.filter((_, i) => i % 8 === 0)
					.map((e) => [pageItem(page({ lang, title: e.text[lang].title, path: `/${lang}/cases/${e.id}/` }), SITE), lang] as const),
				...corpus.documents.map((d) => [originalItem(d.data, lang, `k_${d.id}`, d.data.officialUrl), lang] as const),
			]);
			expect(items.length).toBeGreaterThan(40);
			const cold = citeWorker(workerPath, cacheDir);
			const first = await Promise.all(items.map(([item, lang]) => cold(item, lang)));
			const [file, ...others] = readdirSync(join(cacheDir, 'orca-references'));
			expect(others).toEqual([]);
			const lines = () =>
				readFileSync(join(cacheDir, 'orca-references', file!), 'utf8')
					.split('\n')
					.filter(Boolean).length;
			expect(lines()).toBe(items.length);
			const format = citeWorker(workerPath, cacheDir);
			const second = await Promise.all(items.map(([item, lang]) => format(item, lang)));
			// Nothing new was formatted: every answer came from the cache.
			expect(lines()).toBe(items.length);
			second.forEach((references, i) => expect(references).toEqual(formatPageReferences(items[i]![0], items[i]![1])));
			expect(second).toEqual(first);
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	});

	test('entries are keyed by item and language; other formatting starts a new file and removes the old one', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'orca-cite-cache-'));
		try {
			const item = pageItem(page(), SITE);
			const references = [{ style: 'apa' as const, before: 'A', after: '', accessed: null }];
			const cache = openReferenceCache(cacheDir, 'one');
			expect(cache.get(item, 'fr')).toBeUndefined();
			cache.set(item, 'fr', references);
			expect(cache.get(item, 'fr')).toEqual(references);
			expect(cache.get(item, 'en')).toBeUndefined();
			expect(cache.get({ ...item, title: 'Autre' }, 'fr')).toBeUndefined();
			// A line cut short by an interrupted build is skipped.
			appendFileSync(join(cacheDir, 'orca-references', 'one.jsonl'), '["cut", [{"sty');
			expect(openReferenceCache(cacheDir, 'one').get(item, 'fr')).toEqual(references);
			const other = openReferenceCache(cacheDir, 'two');
			expect(other.get(item, 'fr')).toBeUndefined();
			expect(readdirSync(join(cacheDir, 'orca-references'))).toEqual([]);
			other.set(item, 'en', references);
			expect(readdirSync(join(cacheDir, 'orca-references'))).toEqual(['two.jsonl']);
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	});

	test('the formatting digest depends on the styles and code, not on the run', () => {
		expect(formattingDigest()).toBe(formattingDigest());
		expect(formattingDigest()).toMatch(/^[\w-]{43}$/);
	});
});

describe('accessed date', () => {
	test('each style learns how it writes the date; the browser’s rendering equals citeproc’s', () => {
		const item = pageItem(page(), SITE);
		for (const style of STYLES) {
			for (const lang of ['fr', 'en'] as const) {
				const split = referenceWithAccessedSlot(item, style.id, lang);
				if (!split.accessed) continue;
				for (const day of [new Date(2026, 0, 1), new Date(2026, 8, 9), new Date(2027, 11, 31)]) {
					const expected = formatReference(
						{ ...item, accessed: { 'date-parts': [[day.getFullYear(), day.getMonth() + 1, day.getDate()]] } },
						style.id,
						lang,
						'text',
					);
					const html = split.before + writeAccessed(split.accessed, day) + split.after;
					expect(html.replace(/<[^>]+>/g, ''), `${style.id} ${lang} ${day.toDateString()}`).toBe(expected);
				}
			}
		}
	});
	test('APA shows it for web pages, dated or not, and not for a document; the other styles show it', () => {
		expect(accessedFormat('apa', 'fr')).toEqual(expect.objectContaining({ pattern: '{d} {m} {y}' }));
		expect(accessedFormat('apa', 'fr')?.days.slice(0, 2)).toEqual(['1ᵉʳ', '2']);
		expect(accessedFormat('apa', 'en')?.pattern).toBe('{m} {d}, {y}');
		expect(accessedFormat('apa', 'en', false)?.pattern).toBe('{m} {d}, {y}');
		expect(accessedFormat('apa', 'en', true, 'document')).toBeNull();
		expect(accessedFormat('chicago', 'en')?.pattern).toBe('{m} {d}, {y}');
		expect(accessedFormat('mla', 'en')?.months[8]).toBe('Sept.');
		expect(accessedFormat('iso690', 'fr')?.days[0]).toBe('1ᵉʳ');
		expect(accessedFormat('iso690', 'fr')?.days[1]).toBe('2');
	});
});

describe('version and metadata', () => {
	test('the content hash is short, deterministic, blind to key order and sensitive to content', () => {
		const v = contentVersion({ a: 1, b: 'é' }, 'prose');
		expect(v).toMatch(/^[0-9a-f]{8}$/);
		expect(contentVersion({ b: 'é', a: 1 }, 'prose')).toBe(v);
		expect(contentVersion({ a: 1, b: 'é' }, 'prose.')).not.toBe(v);
	});
	test('citation meta tags: one institutional author in the page’s language, as Zotero’s Embedded Metadata translator reads it', () => {
		expect(citationMeta(page({ published: '2026-11' }), SITE)).toEqual([
			{ name: 'DC.type', content: 'webpage' },
			{ name: 'DC.title', content: 'Keyyo rapatrie son service client de Casablanca à Abbeville' },
			{ name: 'DC.creator', content: "ORCA — Observatoire de la relocalisation des centres d'appels" },
			{ name: 'DC.publisher', content: 'ORCA' },
			{ name: 'DC.language', content: 'fr' },
			{ name: 'citation_title', content: 'Keyyo rapatrie son service client de Casablanca à Abbeville' },
			{ name: 'citation_author', content: "ORCA — Observatoire de la relocalisation des centres d'appels," },
			{ name: 'citation_date', content: '2026-11' },
			{ name: 'DC.date', content: '2026-11' },
			{ name: 'citation_public_url', content: 'https://orca.example.org/fr/cases/keyyo-casablanca-abbeville/' },
			{ name: 'citation_language', content: 'fr' },
			{ name: 'citation_abstract', content: 'Résumé accentué : élève, façade, œuvre.' },
			{ name: 'DCTERMS.modified', content: '2026-11-22' },
			{ name: 'DCTERMS.license', content: 'https://creativecommons.org/licenses/by/4.0/' },
		]);
		const en = Object.fromEntries(citationMeta(page({ lang: 'en', workType: 'dataset' }), SITE).map((t) => [t.name, t.content]));
		expect(en).toMatchObject({
			'DC.type': 'dataset',
			'DC.creator': 'ORCA — Observatory of call-centre relocation',
			citation_author: 'ORCA — Observatory of call-centre relocation,',
		});
		expect(citationAuthor({ family: 'Robillart', given: 'Olivier' })).toBe('Robillart, Olivier');
		expect(citationAuthor({ literal: 'Assemblée nationale' })).toBe('Assemblée nationale,');
	});
	test('the citation_author of an organisation comes through Zotero’s name parsing whole', () => {
		// Zotero's Embedded Metadata translator: a single citation_author is split on commas only when
		// both sides hold a space; then ZU.cleanAuthor(name, 'author', name.includes(',')) trims trailing
		// punctuation and, with a comma, takes the text before the first comma as the last name.
		const zoteroCleanAuthor = (raw: string) => {
			const name = raw.replace(/^[\s.,/[\]:]+/, '').replace(/[\s.,/[\]:]+$/, '');
			const parts = raw.includes(',') ? name.split(/, ?/) : [name.slice(name.lastIndexOf(' ') + 1), name.slice(0, name.lastIndexOf(' '))];
			return { lastName: parts[0], firstName: parts[1] };
		};
		const author = citationMeta(page(), SITE).find((t) => t.name === 'citation_author')!.content;
		const byComma = author.split(/\s*,\s*/);
		expect(byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')).toBe(false);
		expect(zoteroCleanAuthor(author)).toEqual({
			lastName: "ORCA — Observatoire de la relocalisation des centres d'appels",
			firstName: undefined,
		});
		expect(zoteroCleanAuthor("ORCA — Observatoire de la relocalisation des centres d'appels")).toEqual({
			lastName: "d'appels",
			firstName: 'ORCA — Observatoire de la relocalisation des centres',
		});
	});
	test('JSON-LD: Article for pages, Dataset for data pages', () => {
		expect(articleJsonLd(page(), SITE)).toMatchObject({
			'@type': 'Article',
			dateModified: '2026-11-22',
			version: '15b0a8e1',
			author: { name: ORCA_FR },
		});
		expect(articleJsonLd(page({ lang: 'en' }), SITE)).toMatchObject({ author: { '@type': 'Organization', name: ORCA_EN } });
		const dataset = datasetJsonLd(page({ workType: 'dataset' }), SITE, [
			{ url: `${SITE}/data/sources.json`, encodingFormat: 'application/json' },
		]);
		expect(dataset).toMatchObject({ '@type': 'Dataset', name: page().title, license: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(dataset).not.toHaveProperty('headline');
	});
});

describe('the original document’s reference', () => {
	const qe = loadContent().documents.find((d) => d.id === 'qe-15-10719')!;
	const accessed = { 'date-parts': [[2026, 12, 1]] } as CslItem['accessed'];
	test('in the four styles, in French', () => {
		const item = { ...originalItem(qe.data, 'fr', 'k', qe.data.officialUrl), accessed };
		expect(text(item, 'apa', 'fr')).toBe(
			'Haury, Y. (2018, 17 juillet). Question écrite n° 10719 (15e législature). In Journal officiel de la République française (p. 6253). Assemblée nationale. https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
		);
		expect(text(item, 'chicago', 'fr')).toBe(
			'Haury, Yannick. 2018. « Question écrite n° 10719 (15e législature) ». Journal officiel de la République française. Assemblée nationale. 17 juillet. Consulté le 1 décembre 2026. https://questions.assemblee-nationale.fr/q15/15-10719QE.htm.',
		);
		expect(text(item, 'mla', 'fr')).toContain(
			'Haury, Yannick. « Question écrite n° 10719 (15e législature) ». Journal officiel de la République française,',
		);
		expect(text(item, 'iso690', 'fr')).toContain(
			'HAURY, Yannick, 2018. Question écrite n° 10719 (15e législature) [en ligne]. Journal officiel de la République française',
		);
	});
	test('in English; without an official link, no URL and no accessed date', () => {
		const item = originalItem(qe.data, 'en', 'k');
		expect(text(item, 'apa', 'en')).toBe(
			'Haury, Y. (2018, July 17). Written question no. 10719 (15th legislature). In Journal officiel de la République française (p. 6253). National Assembly (France).',
		);
		expect(referenceWithAccessedSlot(item, 'chicago', 'en').accessed).toBeNull();
	});
});
