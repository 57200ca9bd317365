import { describe, expect, test } from 'vitest';
import { minimalCase } from './cases.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { isoDay, searchRecord } from '../../src/lib/search-meta.ts';
import {
	countValues,
	dateDirection,
	filterOptions,
	groupsToRecount,
	nextOption,
	pagefindOptions,
	readSearchState,
	writeSearchState,
	type SearchState,
} from '../../src/lib/search-state.ts';
import { filterLabels } from '../../src/lib/search-labels.ts';
import { articleText, separateBlocks, sortDateOf, withoutIgnored } from '../../src/integrations/pagefind.ts';
import { dateOrder, datesPath, sortByDate } from '../../src/lib/search-dates.ts';
import { pageUrlOf } from '../../src/integrations/pagefind-feed.ts';
import { pagefindAssets } from '../../src/lib/pagefind-client.ts';

const aCase = (over: Record<string, unknown> = {}) =>
	minimalCase({ from: [{ country: 'MA' }, { country: 'TN' }, { country: 'MA' }], updated: '2024-05-02', ...over });

describe('search filters, meta and sort from schema fields', () => {
	test('a case gives kind, movement, both ends, sector and year', () => {
		const r = searchRecord({ kind: 'case', data: aCase({ date: '2009-06' }) });
		expect(r.filters).toEqual({
			kind: ['case'],
			movement: ['reshoring'],
			from: ['MA', 'TN'],
			to: ['FR'],
			sector: ['telecom'],
			year: ['2009'],
		});
		expect(r.date).toBe('2009-06');
		expect(r.sortDate).toBe('2009-06-01');
	});
	test('an undated case has the year "undated" and comes last in both date orders (never first, never by its last update)', () => {
		const r = searchRecord({ kind: 'case', data: aCase({ from: [] }) });
		expect(r.filters.year).toEqual(['undated']);
		expect(r.filters.from).toBeUndefined();
		expect(r.date).toBeUndefined();
		// No sort day: the date order puts it after every dated page, newest first and oldest first.
		expect(r.sortDate).toBeUndefined();
		expect(filterLabels('fr', []).year).toEqual({ undated: 'sans date' });
		expect(filterLabels('en', []).year).toEqual({ undated: 'undated' });
	});
	test('a document is dated by its publication', () => {
		const data = documentSchema.parse({
			kind: 'written-question',
			chamber: { fr: 'Assemblée nationale', en: 'National Assembly' },
			published: { date: '2018-07-17' },
			officialUrl: 'https://example.org/q',
			sources: ['s'],
			updated: '2024-01-01',
		});
		const r = searchRecord({ kind: 'document', data });
		expect(r.filters).toEqual({ kind: ['document'], year: ['2018'] });
		expect(r.sortDate).toBe('2018-07-17');
	});
	test('partial dates sort as strings in time order', () => {
		expect([isoDay('2010'), isoDay('2009-06'), isoDay('2009')].sort()).toEqual(['2009-01-01', '2009-06-01', '2010-01-01']);
	});
	test('labels name every value in the page language', () => {
		const fr = filterLabels('fr', ['MA', 'FR']);
		expect(fr.kind).toMatchObject({ case: 'Cas', document: 'Document' });
		expect(fr.movement?.reshoring).toBe('Relocalisation');
		expect(fr.to).toEqual({ FR: 'France', MA: 'Maroc' });
		expect(filterLabels('en', ['MA']).from).toEqual({ MA: 'Morocco' });
	});
});

describe('search state in the URL', () => {
	const state: SearchState = { q: 'centres d’appels', filters: { to: ['TN', 'MA'], movement: ['reshoring'] }, sort: 'date-asc' };
	test('round-trips through query parameters in a fixed order', () => {
		const params = writeSearchState(state);
		expect(params.toString()).toBe('q=centres+d%E2%80%99appels&movement=reshoring&to=MA&to=TN&sort=date-asc');
		expect(readSearchState(params)).toEqual({ ...state, filters: { movement: ['reshoring'], to: ['MA', 'TN'] } });
	});
	test('the default sort is left out: relevance with a query, newest first without', () => {
		expect(writeSearchState({ q: 'keyyo', filters: {}, sort: 'relevance' }).toString()).toBe('q=keyyo');
		expect(writeSearchState({ q: '', filters: { kind: ['case'] }, sort: 'date-desc' }).toString()).toBe('kind=case');
		// The words as typed, uncorrected: kept with a query only.
		expect(writeSearchState({ q: 'Keyo', filters: {}, sort: 'relevance', literal: true }).toString()).toBe('q=Keyo&literal=1');
		expect(writeSearchState({ q: '', filters: {}, sort: 'date-desc', literal: true }).toString()).toBe('');
		expect(readSearchState(new URLSearchParams('q=Keyo&literal=1'))).toEqual({ q: 'Keyo', filters: {}, sort: 'relevance', literal: true });
		expect(readSearchState(new URLSearchParams('literal=1'))).toEqual({ q: '', filters: {}, sort: 'date-desc' });
		expect(readSearchState(new URLSearchParams('q=keyyo')).sort).toBe('relevance');
		expect(readSearchState(new URLSearchParams('kind=case')).sort).toBe('date-desc');
	});
	test('unknown parameters, empty values, bad sorts and relevance without a query are ignored', () => {
		const s = readSearchState(new URLSearchParams('colour=red&kind=&year=2009&year=2009&sort=random'));
		expect(s).toEqual({ q: '', filters: { year: ['2009'] }, sort: 'date-desc' });
		expect(readSearchState(new URLSearchParams('sort=relevance')).sort).toBe('date-desc');
	});
});

describe('mapping the state onto Pagefind', () => {
	const state: SearchState = { q: ' Maroc ', filters: { kind: ['case'], to: ['FR', 'MA'] }, sort: 'date-desc' };
	test('any value within a group, every group at once; date order is not a Pagefind sort', () => {
		const filters = { kind: { any: ['case'] }, to: { any: ['FR', 'MA'] } };
		expect(pagefindOptions(state)).toEqual({ filters });
		expect(pagefindOptions({ ...state, sort: 'date-asc' })).toEqual({ filters });
		expect(pagefindOptions({ ...state, sort: 'relevance' })).toEqual({ filters });
		expect(dateDirection('date-desc')).toBe('desc');
		expect(dateDirection('date-asc')).toBe('asc');
		expect(dateDirection('relevance')).toBeUndefined();
	});
	test('a group with a selection is counted without its own filter', () => {
		expect(groupsToRecount(state)).toEqual(['kind', 'to']);
		expect(pagefindOptions(state, 'to').filters).toEqual({ kind: { any: ['case'] } });
	});
	test('filter counts are those of the results shown, partial matches included', () => {
		const pagesByValue = new Map([
			['MA', new Set(['p1', 'p2', 'p9'])],
			['TN', new Set(['p3'])],
			['MU', new Set(['p2', 'p4'])],
		]);
		// p1 contains every word; p2 and p4 only some of them.
		expect(countValues(['p1', 'p2', 'p4'], pagesByValue)).toEqual({ MA: 2, MU: 2 });
		expect(countValues([], pagesByValue)).toEqual({});
		expect(countValues(['p3'], new Map())).toEqual({});
	});
	test('filter choices keep selected values at zero and sort by label, years newest first', () => {
		const label = (v: string) => ({ FR: 'France', MA: 'Maroc', TN: 'Tunisie' })[v] ?? v;
		expect(filterOptions('to', { MA: 2, FR: 1 }, ['TN'], label, 'fr')).toEqual([
			{ value: 'FR', label: 'France', count: 1, checked: false },
			{ value: 'MA', label: 'Maroc', count: 2, checked: false },
			{ value: 'TN', label: 'Tunisie', count: 0, checked: true },
		]);
		expect(filterOptions('year', { '2009': 1, '2018': 1, '2010': 3 }, [], String, 'fr').map((o) => o.value)).toEqual([
			'2018',
			'2010',
			'2009',
		]);
		expect(filterOptions('year', { undated: 4, '2009': 1, '2018': 1 }, [], String, 'fr').map((o) => o.value)).toEqual([
			'2018',
			'2009',
			'undated',
		]);
	});
	test('arrow keys move through the quick results and wrap', () => {
		expect(nextOption(-1, 3, 1)).toBe(0);
		expect(nextOption(-1, 3, -1)).toBe(2);
		expect(nextOption(2, 3, 1)).toBe(0);
		expect(nextOption(0, 3, -1)).toBe(2);
		expect(nextOption(0, 0, 1)).toBe(-1);
	});
});

describe('indexing', () => {
	test('block elements are spaced so that their words stay apart', () => {
		expect(separateBlocks('<dl><dt>Company</dt><dd>Keyyo</dd></dl><p>a</p>b')).toBe('<dl><dt>Company</dt> <dd>Keyyo</dd> </dl><p>a</p> b');
		expect(separateBlocks('<span>x</span><em>y</em>')).toBe('<span>x</span><em>y</em>');
	});
	test('what Pagefind ignores is not the text whose equivalent terms a page gets', () => {
		expect(
			withoutIgnored(
				'<p>a</p><section data-pagefind-ignore><section>x</section><p>y</p></section><p>b<img data-pagefind-ignore src="i"> c</p>',
			),
		).toBe('<p>a</p><p>b c</p>');
		expect(
			withoutIgnored('<div hidden data-pagefind-ignore data-summary="a > b"><span>z</span></div>d<a data-pagefind-ignore="all">#</a>'),
		).toBe('d');
		// Pagefind reads filters, metadata and sort keys in ignored elements too: such an element stays whole.
		expect(
			withoutIgnored(
				'<p>a</p><div hidden data-pagefind-ignore data-pagefind-meta="title[data-title]" data-title="T > U"><span data-pagefind-filter="to:FR"></span></div>' +
					'<aside data-pagefind-ignore><p>x</p><span data-pagefind-ignore data-pagefind-sort="date:2009"></span></aside><img data-pagefind-ignore data-pagefind-meta="image[src]" src="i.png">b',
			),
		).toBe(
			'<p>a</p><div hidden data-pagefind-ignore data-pagefind-meta="title[data-title]" data-title="T > U"><span data-pagefind-filter="to:FR"></span></div>' +
				'<aside data-pagefind-ignore><p>x</p><span data-pagefind-ignore data-pagefind-sort="date:2009"></span></aside><img data-pagefind-ignore data-pagefind-meta="image[src]" src="i.png">b',
		);
		// The cite panel names the site ("Observatoire de la relocalisation…") on every page: not a reason to find each by "reshoring".
		const page = `<article data-pagefind-body><h1>Keyyo</h1><p>Rapatrié à Abbeville.</p><section class="cite-panel" data-pagefind-ignore><p>ORCA — Observatoire de la relocalisation des centres d'appels</p></section></article>`;
		expect(articleText(page).trim()).toBe('Keyyo Rapatrié à Abbeville.');
		// The hidden element of filters and metadata stays, and none of its attributes is read as text, even with a ">" in a value.
		const withMeta = `<article data-pagefind-body><div hidden data-pagefind-ignore data-pagefind-meta="summary[data-summary]" data-summary="a > b keys"></div><p>Keyyo.</p><!-- a > b --></article>`;
		expect(articleText(withMeta).trim()).toBe('Keyyo.');
	});
	test('result URLs are the page paths without the base (Pagefind adds it at search time)', () => {
		expect(pageUrlOf('/fr/cases/keyyo/', '/')).toBe('/fr/cases/keyyo/');
		expect(pageUrlOf('/orca/fr/cases/keyyo/', '/orca/')).toBe('/fr/cases/keyyo/');
		expect(pageUrlOf('/orca/fr/cases/keyyo/', '/orca')).toBe('/fr/cases/keyyo/');
		expect(pageUrlOf('/', '/')).toBe('/');
		expect(pageUrlOf('/orca/', '/orca/')).toBe('/');
	});
});

describe('date order without a Pagefind sort', () => {
	const pages = [
		{ id: 'fr_a', url: '/fr/cases/a/', date: '2009-06-01' },
		{ id: 'fr_b', url: '/fr/cases/b/', date: undefined },
		{ id: 'fr_c', url: '/fr/cases/c/', date: '2018-07-17' },
		{ id: 'fr_d', url: '/fr/cases/d/', date: '2009-06-01' },
		{ id: 'fr_e', url: '/fr/cases/e/', date: '2001-01-01' },
		{ id: 'fr_f', url: '/fr/cases/f/', date: undefined },
	];
	const order = dateOrder(pages);
	test('the build lists dated pages newest first (same day in URL order), then the undated ones', () => {
		expect(order).toEqual({ newest: ['fr_c', 'fr_a', 'fr_d', 'fr_e'], undated: ['fr_b', 'fr_f'] });
		expect(datesPath('fr')).toBe('dates.fr.json');
	});
	test('results newest first and oldest first, the undated last in both, unknown pages after them', () => {
		const results = ['fr_b', 'fr_x', 'fr_e', 'fr_c', 'fr_a'].map((id) => ({ id, score: 1 }));
		expect(sortByDate(results, order, 'desc').map((r) => r.id)).toEqual(['fr_c', 'fr_a', 'fr_e', 'fr_b', 'fr_x']);
		expect(sortByDate(results, order, 'asc').map((r) => r.id)).toEqual(['fr_e', 'fr_a', 'fr_c', 'fr_b', 'fr_x']);
		expect(sortByDate([], order, 'asc')).toEqual([]);
	});
	test('the sort day is read from the page, none for an undated case', () => {
		expect(sortDateOf('<div hidden data-pagefind-ignore data-date="juin 2009" data-sort-date="2009-06-01">')).toBe('2009-06-01');
		expect(sortDateOf('<div hidden data-pagefind-ignore data-date="sans date">')).toBeUndefined();
	});
});

describe('loading Pagefind early', () => {
	test('the bundle and the WASM of the page language, under the base', () => {
		expect(pagefindAssets('fr', '/')).toEqual({ bundle: '/pagefind/pagefind.js', wasm: '/pagefind/wasm.fr.pagefind' });
		expect(pagefindAssets('en', '/orca')).toEqual({ bundle: '/orca/pagefind/pagefind.js', wasm: '/orca/pagefind/wasm.en.pagefind' });
	});
});
