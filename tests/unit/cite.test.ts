import { describe, expect, test } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import { STYLES, STYLE_SOURCES, formatReference, standaloneStyle, styleFor } from '../../src/lib/cite/engine.ts';
import { loadContent } from '../../src/build/content.ts';
import { parseReferences, toBibtex, toCslJson, toRis } from '../../src/lib/cite/formats.ts';
import { accessedFormat, referenceWithAccessedSlot } from '../../src/lib/cite/accessed.ts';
import { citeWorker, formatPageReferences } from '../../src/lib/cite/references.ts';
import { writeAccessed } from '../../src/lib/cite/client.ts';
import { ORCA_AUTHOR, citationKey, pageItem, sourceItem, type CitablePage, type CslItem } from '../../src/lib/cite/csl.ts';
import { contentVersion } from '../../src/lib/cite/version.ts';
import { articleJsonLd, citationAuthor, citationMeta, datasetJsonLd } from '../../src/lib/cite/meta.ts';

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
/** Plain text with French no-break spaces shown as spaces. */
const text = (item: CslItem, style: (typeof STYLES)[number]['id'], lang: 'fr' | 'en') =>
	formatReference(item, style, lang, 'text').replace(/[\u00a0\u202f]/g, ' ');

describe('page item', () => {
	test('names the organisation as author, the site, the stable URL and the version', () => {
		const item = pageItem(page(), SITE);
		expect(item.author).toEqual([{ literal: ORCA_AUTHOR }]);
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
	const en = pageItem(page({ lang: 'en', title: 'Keyyo brings its customer service back from Casablanca to Abbeville', path: '/en/cases/keyyo-casablanca-abbeville/' }), SITE);

	test('every style names ORCA, the title with its accents, the year and the URL, in both languages', () => {
		for (const style of STYLES) {
			for (const [lang, item] of [['fr', fr], ['en', en]] as const) {
				const ref = text(item, style.id, lang);
				expect(ref.toUpperCase(), `${style.id} ${lang}`).toContain(ORCA_AUTHOR.toUpperCase().replace("'", '’'));
				expect(ref.toLowerCase(), `${style.id} ${lang}`).toContain(item.title!.toLowerCase());
				expect(ref, `${style.id} ${lang}`).toContain('2026');
				expect(ref, `${style.id} ${lang}`).toContain(item.URL);
			}
		}
	});
	test('APA 7', () => {
		expect(text(en, 'apa', 'en')).toBe(
			'ORCA — Observatoire de la relocalisation des centres d’appels. (2026, November 22). Keyyo brings its customer service back from Casablanca to Abbeville. ORCA. https://orca.example.org/en/cases/keyyo-casablanca-abbeville/',
		);
		expect(formatReference(en, 'apa', 'en')).toContain('<i>Keyyo brings');
	});
	test('APA 7 on French pages writes the day first, as French adaptations of APA do', () => {
		expect(text(fr, 'apa', 'fr')).toContain('ORCA — Observatoire de la relocalisation des centres d’appels. (2026, 22 novembre). Keyyo rapatrie');
		const first = pageItem(page({ published: '2026-11-01', updated: '2026-11-01' }), SITE);
		expect(text(first, 'apa', 'fr')).toContain('(2026, 1ᵉʳ novembre)');
		expect(text({ ...first, language: 'en' }, 'apa', 'en')).toContain('(2026, November 1)');
	});
	test('Chicago author-date', () => {
		expect(text({ ...en, accessed: { 'date-parts': [[2026, 12, 1]] } }, 'chicago', 'en')).toBe(
			'ORCA — Observatoire de la relocalisation des centres d’appels. 2026. “Keyyo Brings Its Customer Service Back from Casablanca to Abbeville.” ORCA. November 22. Version 15b0a8e1. Accessed December 1, 2026. https://orca.example.org/en/cases/keyyo-casablanca-abbeville/.',
		);
	});
	test('MLA 9', () => {
		expect(text({ ...en, accessed: { 'date-parts': [[2026, 12, 1]] } }, 'mla', 'en')).toBe(
			'ORCA — Observatoire de la relocalisation des centres d’appels. “Keyyo Brings Its Customer Service Back from Casablanca to Abbeville.” ORCA, version 15b0a8e1, 22 Nov. 2026, https://orca.example.org/en/cases/keyyo-casablanca-abbeville/. Accessed 1 Dec. 2026.',
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
		expect(text(item, 'iso690', 'fr')).toMatch(/^ROBILLART, Olivier, sans date\. A contre courant : quand les centres d’appels sont rapatriés/);
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
		const xml = '<citation disambiguate-add-year-suffix="true" disambiguate-add-names="true" givenname-disambiguation-rule="primary-name" et-al-min="3"><bibliography subsequent-author-substitute="———" hanging-indent="true">';
		expect(standaloneStyle(xml)).toBe('<citation et-al-min="3"><bibliography hanging-indent="true">');
		for (const style of STYLES) expect(standaloneStyle(STYLE_SOURCES[style.id])).not.toMatch(/disambiguate-add|subsequent-author-substitute=/);
	});

	test('format every real page and a tenth of the real sources exactly as the published styles do', () => {
		const registry = plugins.config.get('@csl');
		for (const style of STYLES) for (const lang of ['fr', 'en'] as const) registry.styles.add(`published-${style.id}-${lang}`, styleFor(style.id, lang));
		const corpus = loadContent();
		const items: [CslItem, 'fr' | 'en'][] = [];
		for (const lang of ['fr', 'en'] as const) {
			for (const [kind, entries] of [['cases', corpus.cases], ['documents', corpus.documents]] as const)
				for (const e of entries)
					items.push([pageItem(page({ lang, title: e.text[lang].title, summary: e.text[lang].summary, path: `/${lang}/${kind}/${e.id}/` }), SITE), lang]);
			corpus.sources.filter((_, i) => i % 10 === 0).forEach((s) => items.push([sourceItem(s.id, s.data), lang]));
		}
		expect(items.length).toBeGreaterThan(250);
		const published = (item: CslItem, style: string, lang: 'fr' | 'en') =>
			(new Cite(item).format('bibliography', { template: `published-${style}-${lang}`, lang: lang === 'fr' ? 'fr-FR' : 'en-US', format: 'html', asEntryArray: true }) as [string, string][])[0]![1]
				.replace(/^\s*<div[^>]*>/, '').replace(/<\/div>\s*$/, '').trim();
		for (const [item, lang] of items)
			for (const style of STYLES) expect(formatReference(item, style.id, lang), `${style.id} ${item.id}`).toBe(published(item, style.id, lang));
	});
});

describe('the build’s citeproc worker', () => {
	test('formats every real page as the page renderer does in place, and names the page when it fails', async () => {
		const format = citeWorker(new URL('../../src/lib/cite/worker.ts', import.meta.url).pathname);
		const corpus = loadContent();
		const items = (['fr', 'en'] as const).flatMap((lang) =>
			corpus.cases.map((e) => [pageItem(page({ lang, title: e.text[lang].title, summary: e.text[lang].summary, path: `/${lang}/cases/${e.id}/` }), SITE), lang] as const),
		);
		expect(items.length).toBeGreaterThan(100);
		// All at once, as the build asks while it renders other pages; answers come back to the right page.
		const answers = await Promise.all(items.map(([item, lang]) => format(item, lang)));
		answers.forEach((references, i) => expect(references).toEqual(formatPageReferences(items[i]![0], items[i]![1])));
		expect(answers[0]!.map((r) => r.style)).toEqual(STYLES.map((s) => s.id));
		// A failure names the page and says what went wrong (here a language without styles).
		const item = pageItem(page(), SITE);
		await expect(format(item, 'xx' as 'fr')).rejects.toThrow(new RegExp(`^cite: formatting the reference of ${item.URL} failed:\\n.*Cannot find style 'orca-apa-xx'`));
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
	test('APA leaves it out for a dated page, as APA 7 does; the other styles show it', () => {
		expect(accessedFormat('apa', 'fr')).toBeNull();
		expect(accessedFormat('chicago', 'en')?.pattern).toBe('{m} {d}, {y}');
		expect(accessedFormat('mla', 'en')?.months[8]).toBe('Sept.');
		expect(accessedFormat('iso690', 'fr')?.days[0]).toBe('1ᵉʳ');
		expect(accessedFormat('iso690', 'fr')?.days[1]).toBe('2');
	});
});

describe('files', () => {
	const items = [
		pageItem(page({ title: 'Question n° 10719 : « La délocalisation » des "plateformes"', published: '2026-11', updated: '2026-11-22' }), SITE),
		sourceItem('an-qe-15-10719', {
			title: 'Question écrite n° 10719',
			publisher: 'Assemblée nationale',
			authors: [{ literal: 'Assemblée nationale' }],
			url: 'https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
			published: '2018-08-14',
			language: 'fr',
			type: 'official',
		}),
		sourceItem('silicon', {
			title: 'A contre courant',
			publisher: 'silicon.fr',
			authors: [{ family: 'Robillart', given: 'Olivier' }],
			url: 'https://silicon.fr/x.htm',
			published: '2009',
			language: 'fr',
			type: 'press',
		}),
	];
	const name = (a: Record<string, string>) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ');
	// RIS calls a newspaper article's authors its reporters; citation-js reads them back as one string.
	const names = (item: Record<string, unknown>) => {
		const list = item.author ?? item.reporter ?? [];
		return typeof list === 'string' ? [list] : (list as Record<string, string>[]).map(name);
	};
	const essentials = (item: Record<string, unknown>) => ({
		title: item.title,
		authors: names(item),
		date: (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0],
		url: item.URL,
	});

	for (const [format, write] of [
		['BibTeX', () => toBibtex(items, 'test', 'Licence: CC BY 4.0')],
		['RIS', () => toRis(items)],
		['CSL-JSON', () => toCslJson(items)],
	] as const) {
		test(`${format} parses back with citation-js to the same title, authors, date and URL`, () => {
			const parsed = parseReferences(write());
			expect(parsed.map(essentials)).toEqual((items as unknown as Record<string, unknown>[]).map(essentials));
		});
	}
	test('every file states the licence', () => {
		expect(toBibtex(items, 'test', 'Licence: CC BY 4.0')).toMatch(/^% test\n% Licence: CC BY 4.0\n/);
		expect(toRis(items).match(/^N1 {2}- .*CC BY/gm)).toHaveLength(3);
		expect(JSON.parse(toCslJson(items)).every((i: CslItem) => i.note?.includes('CC BY 4.0'))).toBe(true);
	});
	test('BibTeX uses @online with the page key, the date, the version and the URL', () => {
		const bib = toBibtex([items[0]!], 't', 'l');
		expect(bib).toContain('@online{orca_fr_cases_keyyo_casablanca_abbeville,');
		expect(bib).toContain('date = {2026-11}');
		expect(bib).toContain('version = {15b0a8e1}');
	});
});

describe('version and metadata', () => {
	test('the content hash is short, deterministic, blind to key order and sensitive to content', () => {
		const v = contentVersion({ a: 1, b: 'é' }, 'prose');
		expect(v).toMatch(/^[0-9a-f]{8}$/);
		expect(contentVersion({ b: 'é', a: 1 }, 'prose')).toBe(v);
		expect(contentVersion({ a: 1, b: 'é' }, 'prose.')).not.toBe(v);
	});
	test('citation meta tags follow the Zotero recipe', () => {
		const tags = Object.fromEntries(citationMeta(page({ published: '2026-11' }), SITE).map((t) => [t.name, t.content]));
		expect(tags).toMatchObject({
			'DC.type': 'webpage',
			citation_title: page().title,
			citation_author: ORCA_AUTHOR,
			citation_date: '2026-11',
			citation_public_url: 'https://orca.example.org/fr/cases/keyyo-casablanca-abbeville/',
			citation_language: 'fr',
			citation_abstract: page().summary,
			'DCTERMS.modified': '2026-11-22',
		});
		expect(citationAuthor({ family: 'Robillart', given: 'Olivier' })).toBe('Robillart, Olivier');
		expect(citationAuthor({ literal: 'Assemblée nationale' })).toBe('Assemblée nationale');
	});
	test('JSON-LD: Article for pages, Dataset for data pages', () => {
		expect(articleJsonLd(page(), SITE)).toMatchObject({ '@type': 'Article', dateModified: '2026-11-22', version: '15b0a8e1' });
		const dataset = datasetJsonLd(page({ kind: 'dataset' }), SITE, [{ url: `${SITE}/data/sources.json`, encodingFormat: 'application/json' }]);
		expect(dataset).toMatchObject({ '@type': 'Dataset', name: page().title, license: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(dataset).not.toHaveProperty('headline');
	});
});
