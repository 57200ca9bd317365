/**
 * The good fixture corpus (tests/fixtures/good) as the pages see it: a dated return (Acme, 20 jobs
 * created, announced) and an undated one (Beta Bank: an offshoring step in 2003, a head count of the
 * whole bank, 300 jobs to move announced).
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/build/content.ts';
import { timelineEvents, undatedCases } from '../../src/lib/timeline/events.ts';
import { costPerJob, eventsByYear, flowCases, jobsByYear } from '../../src/lib/charts/aggregates.ts';
import { aggregateFlows } from '../../src/lib/charts/flows.ts';
import { facetCounts, filterEvents, matchesUndated } from '../../src/lib/timeline/filter.ts';
import { caseRow, filterOptions } from '../../src/lib/case-table.ts';
import { searchRecord } from '../../src/lib/search-meta.ts';
import { buildFigures } from '../../src/lib/figures.ts';

const corpus = loadContent('tests/fixtures/good');

describe('the fixture corpus', () => {
	test('the undated case is what the timeline page lists under its chart, and its filters select it', () => {
		const undated = undatedCases(corpus);
		expect(undated.map((c) => [c.id, c.lane, c.from, c.to, c.events])).toEqual([['beta-pune-leeds', 'reshoring', ['IN'], ['GB'], 1]]);
		expect(undated.filter((c) => matchesUndated(c, { date: 'undated' })).map((c) => c.id)).toEqual(['beta-pune-leeds']);
		expect(undated.filter((c) => matchesUndated(c, { from: 'IN' })).map((c) => c.id)).toEqual(['beta-pune-leeds']);
		expect(undated.filter((c) => matchesUndated(c, { startYear: 2000 }))).toEqual([]);
		const events = timelineEvents(corpus);
		const counts = facetCounts(
			events,
			{},
			{ lane: [], from: [], to: [], sector: [], startYear: [], endYear: [], date: ['dated', 'undated'] },
			undated,
		);
		expect(counts.date.get('undated')).toBe(1);
		expect(filterEvents(events, { date: 'undated' })).toEqual([]);
	});

	test('the offshoring step of the undated return is drawn in the offshoring lane, GB → IN', () => {
		const step = timelineEvents(corpus).find((e) => e.page?.[1] === 'beta-pune-leeds')!;
		expect(step).toMatchObject({ date: '2003', lane: 'offshoring', kind: 'offshored', from: [{ country: 'GB' }], to: [{ country: 'IN' }] });
		expect(eventsByYear(corpus).rows).toEqual([
			{ year: 2003, movement: 'offshoring', value: 1, cases: 1 },
			{ year: 2010, movement: 'reshoring', value: 1, cases: 1 },
		]);
	});

	test('the case list and search give the undated case a labelled place', () => {
		const rows = corpus.cases.map((c) => caseRow('en', c.id, c.text.en.title, c.data));
		expect(rows.map((r) => [r.id, r.yearText, r.jobs, r.jobsSort])).toEqual([
			['acme-rabat-lille', '2010', ['20 created, announced, 2010'], 20],
			['beta-pune-leeds', 'undated', ['20,000 company or group staff, observed, 2021', '300 moved, announced, 2022'], 300],
		]);
		expect(filterOptions('en', rows, 'year').map((o) => [o.value, o.label, o.count])).toEqual([
			['2010', '2010', 1],
			['undated', 'undated', 1],
		]);
		const beta = searchRecord({ kind: 'case', data: corpus.cases[1]!.data });
		expect(beta).toMatchObject({ filters: { year: ['undated'] }, sortDate: undefined });
	});

	test('the figures add only jobs moved, created or cut: never the bank’s 20 000 staff', () => {
		expect(jobsByYear(corpus, 'announced')).toEqual({
			rows: [
				{ year: 2010, movement: 'reshoring', value: 20, cases: 1 },
				{ year: 2022, movement: 'reshoring', value: 300, cases: 1 },
			],
			counted: 2,
			withoutFigure: 0,
			notComparable: 0,
			undated: 0,
		});
		expect(jobsByYear(corpus, 'observed')).toEqual({ rows: [], counted: 0, withoutFigure: 1, notComparable: 1, undated: 0 });
		const flows = aggregateFlows(flowCases(corpus)).flows;
		expect(flows.map((f) => [f.key, f.announced, f.observed])).toEqual([
			['IN-GB', { sum: 300, n: 1 }, { sum: 0, n: 0 }],
			['MA-FR', { sum: 20, n: 1 }, { sum: 0, n: 0 }],
		]);
		expect(costPerJob(corpus).rows).toEqual([]);
		const jobs = buildFigures('en', corpus).find((f) => f.id === 'fig-jobs')!;
		expect(jobs.rows.map((r) => r.map((c) => c.raw))).toEqual([
			[2010, 'Reshoring', 20, ''],
			[2022, 'Reshoring', 300, ''],
		]);
		expect(jobs.summary).toBe('320 jobs moved, created or cut announced in 2 cases; 0 observed in 0 cases.');
	});
});
