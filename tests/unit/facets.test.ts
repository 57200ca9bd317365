import { describe, expect, test } from 'vitest';
import { compareYears, FACET_PARAMS, readFacet, writeFacet } from '../../src/lib/facets.ts';
import { readTableState, writeTableState } from '../../src/lib/case-table-state.ts';
import { readSearchState, writeSearchState } from '../../src/lib/search-state.ts';
import { parseView, serializeView } from '../../src/lib/timeline/state.ts';

const params = (query: string) => new URLSearchParams(query);

describe('one URL vocabulary for the facets', () => {
	test('each facet has one parameter name', () => {
		expect(FACET_PARAMS).toEqual({
			kind: 'kind',
			movement: 'movement',
			lane: 'lane',
			country: 'country',
			from: 'from',
			to: 'to',
			sector: 'sector',
			year: 'year',
			startYear: 'start',
			endYear: 'end',
			date: 'date',
		});
	});

	test('reads the well-formed values of a facet, each once, in URL order', () => {
		expect(readFacet(params('to=TN&to=MA&to=TN&to=&to=<b>'), 'to')).toEqual(['TN', 'MA']);
		expect(readFacet(params('year=2009&year=undated&year=20x9&year=209'), 'year')).toEqual(['2009', 'undated']);
		expect(readFacet(params('start=2005&start=undated'), 'startYear')).toEqual(['2005']);
		expect(readFacet(params('date=undated&date=someday'), 'date')).toEqual(['undated']);
		expect(readFacet(params('movement=reshoring'), 'sector')).toEqual([]);
	});

	test('writes values under the facet’s parameter, nothing for undefined', () => {
		const p = new URLSearchParams();
		writeFacet(p, 'startYear', 2005);
		writeFacet(p, 'to', ['MA', 'TN']);
		writeFacet(p, 'sector', undefined);
		writeFacet(p, 'movement', 'reshoring');
		expect(p.toString()).toBe('start=2005&to=MA&to=TN&movement=reshoring');
	});

	test('years sort newest first, undated last', () => {
		expect(['2009', 'undated', '2018', '2010'].sort(compareYears)).toEqual(['2018', '2010', '2009', 'undated']);
		expect(compareYears('undated', 'undated')).toBe(0);
	});

	test('the case table, the timeline and the search page read one link the same way', () => {
		const query = 'movement=reshoring&sector=telecom&from=MA&year=2009&lane=policy&country=FR&kind=case&start=2005';
		expect(readTableState(params(query)).filters).toEqual({ movement: 'reshoring', country: 'FR', sector: 'telecom', year: '2009' });
		expect(readSearchState(params(query)).filters).toEqual({
			kind: ['case'],
			movement: ['reshoring'],
			from: ['MA'],
			sector: ['telecom'],
			year: ['2009'],
		});
		expect(parseView(`?${query}`).filters).toEqual({ lane: 'policy', from: 'MA', sector: 'telecom', startYear: 2005 });
	});

	test('the three pages drop the same malformed values', () => {
		const query = 'movement=<script>&sector=a%20b&year=soon&to=MA';
		expect(readTableState(params(query)).filters).toEqual({});
		expect(readSearchState(params(query)).filters).toEqual({ to: ['MA'] });
		expect(parseView(`?${query}`).filters).toEqual({ to: 'MA' });
	});

	test('the three pages write a facet under the same name', () => {
		expect(writeTableState({ filters: { year: 'undated', sector: 'telecom' }, sort: undefined, dir: 'asc' }).toString()).toBe(
			'sector=telecom&year=undated',
		);
		expect(writeSearchState({ q: '', filters: { year: ['undated'], sector: ['telecom'] }, sort: 'date-desc' }).toString()).toBe(
			'sector=telecom&year=undated',
		);
		expect(serializeView({ filters: { sector: 'telecom', date: 'undated' } })).toBe('?sector=telecom&date=undated');
	});

	test('a repeated single-value facet keeps its first well-formed value (case table, timeline)', () => {
		expect(readTableState(params('movement=%3Cb%3E&movement=offshoring&movement=reshoring')).filters).toEqual({ movement: 'offshoring' });
		expect(parseView('?lane=policy&lane=context').filters).toEqual({ lane: 'policy' });
	});
});
