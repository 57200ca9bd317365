import { describe, expect, test } from 'vitest';
import { caseRow, filterCss, filterOptions } from '../../src/lib/case-table.ts';
import { readTableState, sortRows, writeTableState } from '../../src/lib/case-table-state.ts';
import { minimalCase } from './cases.ts';

const rows = [
	caseRow(
		'fr',
		'a',
		'A',
		minimalCase({
			from: [{ country: 'MA' }],
			date: '2009-06',
			jobs: [
				{ kind: 'announced', measure: 'created', count: 400, date: '2009', sources: ['s'] },
				{ kind: 'observed', measure: 'moved', count: 550, sources: ['s'] },
				{ kind: 'observed', measure: 'company-staff', count: 20000, date: '2021', sources: ['s'] },
				{ kind: 'observed', measure: 'site-staff', count: 9000, date: '2022', sources: ['s'] },
			],
		}),
	),
	caseRow(
		'fr',
		'b',
		'B',
		minimalCase({ company: 'Beta', movement: 'offshoring', from: [{ country: 'FR' }], to: [{ country: 'TN' }], date: '2012' }),
	),
	caseRow('fr', 'c', 'C', minimalCase({ company: 'Gamma', sector: 'energy' })),
];

describe('case rows', () => {
	test('localized cells and filter values', () => {
		// The jobs sort uses the comparable figure (550 moved), never the 20 000 head count or the 9 000 site head count.
		expect(rows[0]).toMatchObject({
			from: 'Maroc',
			to: 'France',
			movementLabel: 'Relocalisation',
			year: 2009,
			yearText: '2009',
			jobsSort: 550,
		});
		expect(rows[0]!.jobs).toEqual([
			'400 créés, annoncés, 2009',
			'550 transférés, constatés',
			"20\u202f000 salariés de l'entreprise ou du groupe, constatés, 2021",
			'9\u202f000 salariés du site, constatés, 2022',
		]);
		expect(
			caseRow('en', 'a', 'A', minimalCase({ jobs: [{ kind: 'announced', measure: 'created', count: 400, date: '2009', sources: ['s'] }] }))
				.jobs,
		).toEqual(['400 created, announced, 2009']);
		expect(rows[1]).toMatchObject({ jobs: [], jobsSort: undefined });
		expect(rows[0]!.filters.country).toEqual(['MA', 'FR']);
		// An undated case can be selected by the year filter, and says it is undated.
		expect(rows[2]!.filters.year).toEqual(['undated']);
		expect(rows[2]!.yearText).toBe('sans date');
		expect(rows[2]!.from).toBe('—');
	});
	test('filter options count the rows each selects', () => {
		expect(filterOptions('fr', rows, 'country')).toEqual([
			{ value: 'FR', label: 'France', count: 3 },
			{ value: 'MA', label: 'Maroc', count: 1 },
			{ value: 'TN', label: 'Tunisie', count: 1 },
		]);
		expect(filterOptions('en', rows, 'year')).toEqual([
			{ value: '2012', label: '2012', count: 1 },
			{ value: '2009', label: '2009', count: 1 },
			{ value: 'undated', label: 'undated', count: 1 },
		]);
	});
	test('the no-JavaScript filter CSS has one rule per value', () => {
		const css = filterCss(rows);
		expect(css).toContain(
			'.case-list:has(select[name="movement"] option[value="offshoring"]:checked) tbody tr:not([data-movement~="offshoring"])',
		);
		expect(css).toContain('option[value="TN"]');
		expect(css).toContain('option[value="undated"]:checked) tbody tr:not([data-year~="undated"])');
		expect(css.match(/:has\(/g)).toHaveLength(2 + 3 + 2 + 3);
	});
});

describe('table state', () => {
	test('round-trips through the URL in a fixed order', () => {
		const state = readTableState(new URLSearchParams('sort=year&dir=desc&country=MA&movement=reshoring&junk=1'));
		expect(state).toEqual({ filters: { movement: 'reshoring', country: 'MA' }, sort: 'year', dir: 'desc' });
		expect(writeTableState(state).toString()).toBe('movement=reshoring&country=MA&sort=year&dir=desc');
		expect(writeTableState({ filters: {}, sort: undefined, dir: 'asc' }).toString()).toBe('');
	});
	test('sorting puts empty values last in both directions, and is stable', () => {
		const r = (year: string, id: string) => ({ id, dataset: { sortYear: year } });
		const input = [r('2012', 'a'), r('', 'b'), r('2009', 'c'), r('2012', 'd')];
		expect(sortRows(input, 'year', true, 'asc', 'fr').map((x) => x.id)).toEqual(['c', 'a', 'd', 'b']);
		expect(sortRows(input, 'year', true, 'desc', 'fr').map((x) => x.id)).toEqual(['a', 'd', 'c', 'b']);
	});
	test('text sorting follows the language (accents)', () => {
		const r = (name: string) => ({ dataset: { sortCompany: name } });
		expect(sortRows([r('Zeta'), r('Énergie'), r('Alpha')], 'company', false, 'asc', 'fr').map((x) => x.dataset.sortCompany)).toEqual([
			'Alpha',
			'Énergie',
			'Zeta',
		]);
	});
});
