import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3';
import { categoryTicks, layoutChart, markTitle, valueTicks, type ChartSpec } from '../../src/lib/charts/layout.ts';

describe('what the chart element draws besides its marks', () => {
	test('value ticks: whole numbers, about one per 70 px, never more than the top value', () => {
		expect(valueTicks(scaleLinear().domain([0, 3]).range([300, 0]))).toEqual([0, 1, 2, 3]);
		expect(valueTicks(scaleLinear().domain([0, 1]).range([0, 400]))).toEqual([0, 1]);
		expect(valueTicks(scaleLinear().domain([0, 100]).range([0, 140]))).toEqual([0, 50, 100]);
		expect(valueTicks(scaleLinear().domain([0, 40]).range([240, 0]))).toEqual([0, 10, 20, 30, 40]);
	});
	test('category ticks: one in `every`, counted back from the last', () => {
		expect(categoryTicks(['2001', '2002', '2003', '2004', '2005'], 2)).toEqual(['2001', '2003', '2005']);
		expect(categoryTicks(['2001', '2002', '2003', '2004'], 3)).toEqual(['2001', '2004']);
		expect(categoryTicks(['2001', '2002'], 1)).toEqual(['2001', '2002']);
	});
	test('a mark’s tooltip: panel, category, series and the value in the locale', () => {
		expect(markTitle({ category: '2009', series: 'reshoring', value: 1234 }, 'Reshoring', 'en-GB')).toBe('2009 · Reshoring: 1,234');
		expect(markTitle({ category: 'Maroc', series: 'offshoring', value: 1234, panel: 'France' }, 'Délocalisation', 'fr-FR')).toBe(
			'France · Maroc · Délocalisation: 1\u202f234',
		);
	});
	test('a narrow column chart labels every other year, and its value axis stops at its top', () => {
		const spec: ChartSpec = {
			kind: 'columns',
			locale: 'en-GB',
			valueLabel: 'cases',
			series: [{ key: 'a', label: 'A', color: 'red' }],
			panels: [
				{
					categories: ['2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008'],
					cells: [{ category: '2003', series: 'a', value: 2 }],
				},
			],
		};
		const layout = layoutChart(spec, 300);
		expect(layout.every).toBe(2);
		expect(categoryTicks(layout.panels[0]!.band.domain(), layout.every)).toEqual(['2002', '2004', '2006', '2008']);
		expect(valueTicks(layout.panels[0]!.value)).toEqual([0, 1, 2]);
	});
});
