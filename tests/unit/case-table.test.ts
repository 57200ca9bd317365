import { describe, expect, test } from 'vitest';
import { caseRow, filterCss, filterOptions } from '../../src/lib/case-table.ts';
import { readTableState, sortRows, writeTableState } from '../../src/lib/case-table-state.ts';
import { minimalCase } from './cases.ts';


const rows = [
	caseRow('fr', 'a', 'A', minimalCase({ from: [{ country: 'MA' }], date: '2009-06', jobs: [{ kind: 'announced', count: 400, sources: ['s'] }, { kind: 'observed', count: 550, sources: ['s'] }] })),
	caseRow('fr', 'b', 'B', minimalCase({ company: 'Beta', movement: 'offshoring', from: [{ country: 'FR' }], to: [{ country: 'TN' }], date: '2012' })),
	caseRow('fr', 'c', 'C', minimalCase({ company: 'Gamma', sector: 'energy' })),
];

describe('case rows', () => {
	test('localized cells and filter values', () => {
		expect(rows[0]).toMatchObject({ from: 'Maroc', to: 'France', movementLabel: 'Relocalisation', year: 2009, jobsSort: 550 });
		expect(rows[0]!.jobs).toBe('400 annoncés · 550 constatés');
		expect(rows[0]!.filters.country).toEqual(['MA', 'FR']);
		expect(rows[2]!.filters.year).toEqual([]);
		expect(rows[2]!.from).toBe('—');
	});
	test('filter options count the rows each selects', () => {
		expect(filterOptions('fr', rows, 'country')).toEqual([
			{ value: 'FR', label: 'France', count: 3 },
			{ value: 'MA', label: 'Maroc', count: 1 },
			{ value: 'TN', label: 'Tunisie', count: 1 },
		]);
		expect(filterOptions('en', rows, 'year').map((o) => o.value)).toEqual(['2012', '2009']);
	});
	test('the no-JavaScript filter CSS has one rule per value', () => {
		const css = filterCss(rows);
		expect(css).toContain('.case-list:has(select[name="movement"] option[value="offshoring"]:checked) tbody tr:not([data-movement~="offshoring"])');
		expect(css).toContain('option[value="TN"]');
		expect(css.match(/:has\(/g)).toHaveLength(2 + 3 + 2 + 2);
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
