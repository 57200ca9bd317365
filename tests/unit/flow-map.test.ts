import { describe, expect, test } from 'vitest';
import { aggregateFlows, flowColour, mapFlows, type FlowCase, type FlowStrings } from '../../src/lib/charts/flows.ts';
import { flowDetailsHtml, flowLabel, flowRowHtml, jobsText, nextSort, sortFlows, type FlowText } from '../../src/lib/charts/flow-table.ts';
import { flowPath } from '../../src/lib/charts/flow-geometry.ts';
import { countryPosition } from '../../src/lib/charts/centroids.ts';

const c = (id: string, movement: FlowCase['movement'], from: string, to: string, more: Partial<FlowCase> = {}): FlowCase => ({
	id,
	company: id.toUpperCase(),
	movement,
	from: [from],
	to: [to],
	...more,
});

// 3 cases France → Morocco offshoring, 1 France → Morocco nearshoring, 1 Morocco → France reshoring.
const CASES: FlowCase[] = [
	c('a', 'offshoring', 'FR', 'MA', { year: 2005, announced: 100 }),
	c('b', 'offshoring', 'FR', 'MA', { year: 2008, announced: 50, observed: 30 }),
	c('c', 'offshoring', 'FR', 'MA', { year: 2012 }),
	c('d', 'nearshoring', 'FR', 'MA', { year: 2015 }),
	c('e', 'reshoring', 'MA', 'FR', { year: 2020, observed: 12 }),
];

const STRINGS: FlowStrings = {
	cases: '{n} {n|case|cases}',
	jobs: '{kind}: {sum} ({n} cases with this figure)',
	noJobs: '{kind}: not known',
	announced: 'Announced jobs',
	observed: 'Observed jobs',
	shown: '{n} flows shown',
	none: 'No flow for these filters.',
	noOrigin: '{n} cases whose country of origin is not known are not drawn.',
	noFigure: '{n} flows with no figure of this kind are neither drawn nor listed.',
	movementCount: '{movement} {n}',
	flowLabel: '{flow}: {cases} ({movements})',
	mixed: 'Several movements',
	moreCases: 'and {n} more',
};
const TEXT: FlowText = {
	names: { FR: 'France', MA: 'Morocco', TN: 'Tunisia', XK: 'Kosovo' },
	movements: { reshoring: 'Reshoring', offshoring: 'Offshoring', nearshoring: 'Nearshoring' },
	strings: STRINGS,
	lang: 'en',
	locale: 'en-GB',
	companies: { a: 'Alpha & Co', b: 'B', c: 'C', d: 'D', e: 'E' },
};

describe('flows by country pair', () => {
	test('one flow per directed pair, whatever the movements on it', () => {
		const { flows } = aggregateFlows(CASES);
		expect(flows).toEqual([
			{
				key: 'FR-MA',
				from: 'FR',
				to: 'MA',
				cases: 4,
				movements: { reshoring: 0, offshoring: 3, nearshoring: 1 },
				ids: ['a', 'b', 'c', 'd'],
				announced: { sum: 150, n: 2 },
				observed: { sum: 30, n: 1 },
			},
			{
				key: 'MA-FR',
				from: 'MA',
				to: 'FR',
				cases: 1,
				movements: { reshoring: 1, offshoring: 0, nearshoring: 0 },
				ids: ['e'],
				announced: { sum: 0, n: 0 },
				observed: { sum: 12, n: 1 },
			},
		]);
		expect(flows.map(flowColour)).toEqual(['mixed', 'reshoring']);
	});
	test('a movement filter leaves a pair with only that movement', () => {
		const { flows } = aggregateFlows(CASES, { movement: 'offshoring' });
		expect(flows.map((f) => [f.key, f.cases, f.movements, flowColour(f)])).toEqual([
			['FR-MA', 3, { reshoring: 0, offshoring: 3, nearshoring: 0 }, 'offshoring'],
		]);
	});
	test('the map draws the placed flows with a value for the weight; the others are named apart', () => {
		const flows = aggregateFlows([...CASES, c('f', 'nearshoring', 'FR', 'XK')]).flows;
		const positions = { FR: [2, 46], MA: [-6, 32] };
		const byCases = mapFlows(flows, 'cases', positions);
		expect([byCases.drawn, byCases.unplaced, byCases.noFigure].map((l) => l.map((f) => f.key))).toEqual([
			['FR-MA', 'MA-FR'],
			['FR-XK'],
			[],
		]);
		const byAnnounced = mapFlows(flows, 'announced', positions);
		expect([byAnnounced.drawn, byAnnounced.unplaced, byAnnounced.noFigure].map((l) => l.map((f) => f.key))).toEqual([
			['FR-MA'],
			['FR-XK'],
			['MA-FR'],
		]);
	});
	test('a country the atlas gives no ISO code (Kosovo) is placed by its name, inside its borders', () => {
		const [lon, lat] = countryPosition('XK')!;
		expect(lon).toBeGreaterThan(20);
		expect(lon).toBeLessThan(21.8);
		expect(lat).toBeGreaterThan(41.8);
		expect(lat).toBeLessThan(43.3);
	});
	test('opposite flows between two countries bend apart', () => {
		expect(flowPath([0, 0], [100, 0])).toBe('M0,0Q50,-22 100,0');
		expect(flowPath([100, 0], [0, 0])).toBe('M100,0Q50,22 0,0');
	});
});

describe('the words and rows of the flow map', () => {
	const [frMa, maFr] = aggregateFlows(CASES).flows as [
		ReturnType<typeof aggregateFlows>['flows'][number],
		ReturnType<typeof aggregateFlows>['flows'][number],
	];
	test('a flow is named with its cases by movement', () => {
		expect(flowLabel(frMa, TEXT)).toBe('France → Morocco: 4 cases (Offshoring 3, Nearshoring 1)');
		expect(flowLabel(maFr, TEXT)).toBe('Morocco → France: 1 case (Reshoring 1)');
		expect(jobsText(frMa.announced, TEXT)).toEqual(['150', '(2 cases)']);
		expect(jobsText(frMa.observed, TEXT)).toEqual(['30', '(1 case)']);
		expect(jobsText(maFr.announced, TEXT)).toEqual(['—']);
	});
	test('a row gives the breakdown and links the cases; a button only in the browser', () => {
		expect(flowRowHtml(maFr, TEXT)).toBe(
			'<tr data-key="MA-FR"><th scope="row">Morocco → France <span class="flow-movements"><span class="movement movement-reshoring">Reshoring 1</span></span></th>' +
				'<td class="num"><details class="flow-cases"><summary>1</summary><ul><li><a href="/en/cases/e/">E</a></li></ul></details></td>' +
				'<td class="num">—</td><td class="num">12 <span class="flow-jobs-cases">(1 case)</span></td></tr>',
		);
		const row = flowRowHtml(frMa, TEXT, 'fig-flows-tooltip');
		expect(row).toContain(
			'<th scope="row"><button type="button" class="flow-button" data-flow="FR-MA" aria-describedby="fig-flows-tooltip">France → Morocco</button> <span class="flow-movements">',
		);
		expect(row).toContain(
			'<span class="movement movement-offshoring">Offshoring 3</span> <span class="movement movement-nearshoring">Nearshoring 1</span>',
		);
		expect(row).toContain('<li><a href="/en/cases/a/">Alpha &#38; Co</a></li>');
	});
	test('the details name the companies, six at most', () => {
		const many = aggregateFlows('abcdefgh'.split('').map((id) => c(id, 'offshoring', 'FR', 'TN'))).flows[0]!;
		expect(flowDetailsHtml(many, TEXT)).toBe(
			'<strong>France → Tunisia</strong><span>8 cases</span>' +
				'<span class="flow-movements"><span class="movement movement-offshoring">Offshoring 8</span></span>' +
				'<span>Announced jobs: not known</span><span>Observed jobs: not known</span>' +
				'<span class="flow-companies">Alpha &#38; Co, B, C, D, E, f and 2 more</span>',
		);
	});
});

describe('sorting the list of flows', () => {
	const flows = aggregateFlows([
		...CASES,
		c('t1', 'offshoring', 'FR', 'TN', { announced: 400 }),
		c('t2', 'offshoring', 'FR', 'TN'),
		c('t3', 'offshoring', 'FR', 'TN'),
	]).flows;
	const keys = (sort: Parameters<typeof sortFlows>[1]) => sortFlows(flows, sort, TEXT).map((f) => f.key);
	test('unsorted, the list keeps the largest first', () => {
		expect(keys(undefined)).toEqual(['FR-MA', 'FR-TN', 'MA-FR']);
	});
	test('a first click sorts names A to Z and numbers largest first; a second reverses', () => {
		expect(nextSort(undefined, 'flow')).toEqual({ column: 'flow', dir: 1 });
		expect(nextSort({ column: 'flow', dir: 1 }, 'flow')).toEqual({ column: 'flow', dir: -1 });
		expect(nextSort({ column: 'flow', dir: -1 }, 'cases')).toEqual({ column: 'cases', dir: -1 });
		expect(nextSort({ column: 'cases', dir: -1 }, 'cases')).toEqual({ column: 'cases', dir: 1 });
		expect(nextSort({ column: 'cases', dir: 1 }, 'cases')).toEqual({ column: 'cases', dir: -1 });
	});
	test('by name, cases and jobs; flows without the figure last either way', () => {
		expect(keys({ column: 'flow', dir: 1 })).toEqual(['FR-MA', 'FR-TN', 'MA-FR']);
		expect(keys({ column: 'flow', dir: -1 })).toEqual(['MA-FR', 'FR-TN', 'FR-MA']);
		expect(keys({ column: 'cases', dir: 1 })).toEqual(['MA-FR', 'FR-TN', 'FR-MA']);
		expect(keys({ column: 'announced', dir: -1 })).toEqual(['FR-TN', 'FR-MA', 'MA-FR']);
		expect(keys({ column: 'announced', dir: 1 })).toEqual(['FR-MA', 'FR-TN', 'MA-FR']);
		expect(keys({ column: 'observed', dir: 1 })).toEqual(['MA-FR', 'FR-MA', 'FR-TN']);
	});
});
