/** The series drawn from statistics entries (adviser pay, offshore share): schema, rows, totals, table and layout. */
import { describe, expect, test } from 'vitest';
import { contextSchema } from '../../src/schemas/context.ts';
import { seriesRows, seriesTotals } from '../../src/lib/charts/series.ts';
import { seriesFigure, seriesValueText } from '../../src/lib/figures.ts';
import { layoutChart, type ChartSpec } from '../../src/lib/charts/layout.ts';
import type { DataCorpus } from '../../src/lib/data-corpus.ts';
import type { Source } from '../../src/schemas/source.ts';

const base = { kind: 'statistic', title: { fr: 'T', en: 'T' }, summary: { fr: 'S', en: 'S' }, sources: ['ja'] };
const by = { fr: 'Jeune Afrique', en: 'Jeune Afrique' };

const pay = contextSchema.parse({
	...base,
	date: 2004,
	series: [
		{
			series: 'adviser-pay',
			measure: 'employer-cost',
			date: '2006-10-16',
			country: 'MA',
			value: 450,
			unit: 'EUR',
			perMonth: true,
			statedBy: by,
			sources: ['ja'],
		},
		{
			series: 'adviser-pay',
			measure: 'salary',
			date: '2006-12-12',
			country: 'MA',
			value: 4000,
			qualifier: 'about',
			unit: 'MAD',
			perMonth: true,
			equivalent: { value: 360, unit: 'EUR' },
			statedBy: by,
			sources: ['ja'],
		},
		{
			series: 'adviser-pay',
			measure: 'gross-salary',
			date: '2004-10-18',
			country: 'TN',
			value: 360,
			unit: 'TND',
			perMonth: true,
			statedBy: by,
			sources: ['ja2'],
		},
	],
});
const rcm = { fr: 'Relation Client Magazine', en: 'Relation Client Magazine' };
const share = contextSchema.parse({
	...base,
	date: 2009,
	series: [
		{ series: 'offshore-share', measure: 'revenue', date: '2009', value: 21, unit: 'percent', statedBy: rcm, sources: ['rcm'] },
		{ series: 'offshore-share', measure: 'activity', date: '2009', value: 19, upTo: 23, unit: 'percent', statedBy: rcm, sources: ['rcm'] },
		{ series: 'offshore-share', measure: 'revenue', date: 2003, value: 4.7, unit: 'percent', statedBy: rcm, sources: ['rcm'] },
	],
});
const source = (publisher: string, published?: string): Source =>
	({
		publisher,
		url: `https://example.org/${publisher.length}${published ?? ''}`,
		language: 'fr',
		type: 'press',
		authors: [],
		...(published ? { published } : {}),
	}) as Source;
const corpus: Pick<DataCorpus, 'context' | 'sources'> = {
	context: [
		{ id: 'stat-pay', data: pay },
		{ id: 'stat-share', data: share },
	],
	sources: [
		{ id: 'ja', data: source('Jeune Afrique', '2006-10-16') },
		{ id: 'ja2', data: source('Jeune Afrique', '2004-10-18') },
		{ id: 'rcm', data: { ...source('Relation Client Magazine'), title: "L'off-shore stabilise ses positions" } },
	],
};

describe('series points in the schema', () => {
	const point = { series: 'offshore-share', measure: 'revenue', date: '2011', value: 23, unit: 'percent', statedBy: rcm, sources: ['rcm'] };
	const error = (p: Record<string, unknown>) => {
		const r = contextSchema.safeParse({ ...base, date: 2011, series: [{ ...point, ...p }] });
		return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
	};
	test('a valid point parses, with its defaults', () => {
		expect(contextSchema.parse({ ...base, date: 2011, series: [point] }).series[0]).toMatchObject({ dateInferred: false, perMonth: false });
		expect(contextSchema.parse({ ...base, date: 2011 }).series).toEqual([]);
	});
	test('a measure of the other series, a share not in percent, pay without a country or a reversed range are named errors', () => {
		expect(error({ measure: 'salary' })).toBe(
			'series.0.measure: measure "salary" does not belong to series "offshore-share"; expected one of: revenue, activity, fte, staff, positions, production-centres',
		);
		expect(error({ unit: 'EUR' })).toBe('series.0.unit: offshore-share is a share: expected percent');
		expect(error({ series: 'adviser-pay', measure: 'salary', unit: 'EUR' })).toBe(
			'series.0.country: adviser-pay needs the country the pay is earned in',
		);
		expect(error({ upTo: 20 })).toBe('series.0.upTo: upTo (20) must be above value (23)');
	});
});

describe('series rows and totals', () => {
	test('pay: points in date order, counted per panel (unit and pay or cost) and per country', () => {
		const rows = seriesRows(corpus, 'adviser-pay');
		expect(rows.map((r) => [r.entry, r.date, r.country, r.value, r.unit, r.year])).toEqual([
			['stat-pay', '2004-10-18', 'TN', 360, 'TND', 2004],
			['stat-pay', '2006-10-16', 'MA', 450, 'EUR', 2006],
			['stat-pay', '2006-12-12', 'MA', 4000, 'MAD', 2006],
		]);
		expect(seriesTotals('adviser-pay', rows)).toEqual({
			points: 3,
			byPanel: { 'EUR|cost': 1, 'MAD|pay': 1, 'TND|pay': 1 },
			byKey: { TN: 1, MA: 2 },
			sources: 2,
			first: 2004,
			last: 2006,
		});
	});
	test('share: two values of one year under two definitions stay two points; a range stays a range', () => {
		const rows = seriesRows(corpus, 'offshore-share');
		expect(rows.map((r) => [r.year, r.measure, r.value, r.upTo])).toEqual([
			[2003, 'revenue', 4.7, undefined],
			[2009, 'revenue', 21, undefined],
			[2009, 'activity', 19, 23],
		]);
		expect(seriesTotals('offshore-share', rows)).toEqual({
			points: 3,
			byPanel: { percent: 3 },
			byKey: { revenue: 2, activity: 1 },
			sources: 1,
			first: 2003,
			last: 2009,
		});
		expect(seriesTotals('offshore-share', [])).toEqual({ points: 0, byPanel: {}, byKey: {}, sources: 0 });
	});
});

describe('series figures', () => {
	test('values are written as the source states them', () => {
		expect(seriesValueText('en', { value: 19, upTo: 23, unit: 'percent', perMonth: false })).toBe('19% to 23%');
		expect(seriesValueText('fr', { value: 4000, qualifier: 'about', unit: 'MAD', perMonth: true })).toBe(
			'environ 4\u202f000\u00a0MAD par mois',
		);
		expect(seriesValueText('en', { value: 400, qualifier: 'nearly', unit: 'EUR', perMonth: false })).toBe('nearly €400');
	});
	test('pay: one row per point with every column, panels never mixing currencies or pay and cost', () => {
		const figure = seriesFigure('en', corpus, 'adviser-pay', 6);
		expect(figure.head).toEqual([
			'Date',
			'Country',
			'What is measured',
			'Value as stated',
			'Currency',
			'Also stated as',
			'Stated by',
			'Note',
			'Source',
		]);
		expect(figure.rows.map((r) => r.map((c) => c.text))).toEqual([
			['18 October 2004', 'Tunisia', 'gross pay', 'TND\u00a0360 a month', 'TND', '', 'Jeune Afrique', '', 'ja2'],
			['16 October 2006', 'Morocco', 'cost to the employer', '€450 a month', 'EUR', '', 'Jeune Afrique', '', 'ja'],
			[
				'12 December 2006',
				'Morocco',
				'pay (gross or net not stated)',
				'about MAD\u00a04,000 a month',
				'MAD',
				'€360',
				'Jeune Afrique',
				'',
				'ja',
			],
		]);
		expect(figure.rows[0]!.at(-1)!.links).toEqual([{ text: 'Jeune Afrique', href: 'https://example.org/132004-10-18' }]);
		expect(figure.sources).toEqual([
			{ text: 'Jeune Afrique, 18 October 2004', href: 'https://example.org/132004-10-18' },
			{ text: 'Jeune Afrique, 16 October 2006', href: 'https://example.org/132006-10-16' },
		]);
		expect(figure.summary).toBe('3 amounts from 2 sources, between 2004 and 2006, for Morocco, Tunisia.');
		expect(figure.spec!.panels.map((p) => [p.label, p.cells.map((c) => `${c.category} ${c.series} ${c.value}`)])).toEqual([
			['Cost to the employer, EUR', ['2006 MA 450']],
			['Pay, MAD', ['2006 MA 4000']],
			['Pay, TND', ['2004 TN 360']],
		]);
		expect(figure.spec!.panels[0]!.categories).toEqual(['2004', '2005', '2006']);
		expect(figure.csv.split('\r\n')[3]).toBe('2006-12-12,MA,salary,4000,MAD,360 EUR,Jeune Afrique,,https://example.org/132006-10-16');
	});
	test('share: one panel in percent, one colour per definition, a range drawn from low to high', () => {
		const figure = seriesFigure('fr', corpus, 'offshore-share', 7);
		expect(figure.rows.map((r) => r.slice(0, 3).map((c) => c.text))).toEqual([
			['2003', "part du chiffre d'affaires", '4,7\u00a0%'],
			['2009', "part du chiffre d'affaires", '21\u00a0%'],
			['2009', "part de l'activité", '19\u00a0% à 23\u00a0%'],
		]);
		expect(figure.spec!.series.map((s) => s.key)).toEqual(['revenue', 'activity']);
		expect(figure.spec!.panels.map((p) => p.label)).toEqual(['Part en offshore, %']);
		expect(figure.spec!.panels[0]!.cells.at(-1)).toEqual({ category: '2009', series: 'activity', value: 19, high: 23 });
		expect(figure.sources).toEqual([
			{ text: "Relation Client Magazine, L'off-shore stabilise ses positions", href: 'https://example.org/24' },
		]);
	});
	test('an unknown source is a clear error', () => {
		const broken = { ...corpus, sources: corpus.sources.filter((s) => s.id !== 'rcm') };
		expect(() => seriesFigure('en', broken, 'offshore-share', 7)).toThrow(
			'Series point cites an unknown source "rcm" (content/sources/rcm.yaml)',
		);
	});
});

describe('point layout', () => {
	const spec: ChartSpec = {
		kind: 'points',
		panels: [
			{
				categories: ['2009', '2010'],
				cells: [
					{ category: '2009', series: 'a', value: 20 },
					{ category: '2009', series: 'b', value: 10, high: 40 },
					{ category: '2010', series: 'a', value: 30 },
				],
			},
		],
		series: [
			{ key: 'a', label: 'A', color: 'red' },
			{ key: 'b', label: 'B', color: 'blue' },
		],
		locale: 'en-GB',
		valueLabel: '%',
	};
	test('points are never stacked: each value at its own height, side by side within a year, a range spanning low to high', () => {
		const [panel] = layoutChart(spec, 600).panels;
		expect(panel!.value.domain()).toEqual([0, 40]);
		const [a2009, b2009, a2010] = panel!.marks;
		expect(a2009!.height).toBe(0);
		expect(a2009!.y).toBeCloseTo(panel!.top + panel!.value(20));
		expect(b2009!.y).toBeCloseTo(panel!.top + panel!.value(40));
		expect(b2009!.y + b2009!.height).toBeCloseTo(panel!.top + panel!.value(10));
		expect(b2009!.x - a2009!.x).toBe(9);
		const centre = 48 + panel!.band('2010')! + panel!.band.bandwidth() / 2;
		expect(a2010!.x).toBeCloseTo(centre);
	});
});
