import { describe, expect, test } from 'vitest';
import { timelineEvents } from '../../src/lib/timeline/events.ts';
import { syntheticCorpus } from '../../scripts/bench/_timeline-synthetic.ts';
import {
	DATE_FILTERS,
	facetCounts,
	filterEvents,
	filterValues,
	FILTER_KEYS,
	matchesUndated,
	yearSpan,
	type UndatedFilterable,
} from '../../src/lib/timeline/filter.ts';
import { parseView, serializeView } from '../../src/lib/timeline/state.ts';

const events = timelineEvents(syntheticCorpus(40, 8, 7));

describe('timeline filters', () => {
	test('each filter keeps exactly the matching events', () => {
		const [lane] = filterValues(events).lane;
		expect(filterEvents(events, { lane }).every((e) => e.lane === lane)).toBe(true);
		const from = filterEvents(events, { from: 'FR' });
		expect(from.length).toBeGreaterThan(0);
		expect(from.every((e) => e.from.some((p) => p.country === 'FR'))).toBe(true);
		const to = filterEvents(events, { to: 'MA', sector: 'telecom' });
		expect(to.every((e) => e.to[0]!.country === 'MA' && e.sector === 'telecom')).toBe(true);
	});

	test('a period keeps events whose span overlaps it: a year event counts in its year only', () => {
		const year = events.find((e) => e.precision === 'year')!;
		const y = Number(year.date);
		expect(filterEvents([year], { startYear: y, endYear: y })).toHaveLength(1);
		expect(filterEvents([year], { startYear: y + 1 })).toHaveLength(0);
		expect(filterEvents([year], { endYear: y - 1 })).toHaveLength(0);
		const period = filterEvents(events, { startYear: 2005, endYear: 2009 });
		expect(period.every((e) => e.start >= '2005-01-01' && e.start < '2010-01-01')).toBe(true);
	});

	test('counts are faceted: each option gives the number of events it would show', () => {
		const values = filterValues(events);
		const years = yearSpan(events);
		const options = { ...values, startYear: years, endYear: years, date: DATE_FILTERS };
		const filters = { sector: 'telecom' };
		const counts = facetCounts(events, filters, options);
		for (const key of FILTER_KEYS)
			for (const value of options[key]) {
				const picked = { ...filters, [key]: value };
				expect(counts[key].get(String(value)), `${key}=${value}`).toBe(filterEvents(events, picked).length);
			}
		// The sector counts ignore the sector filter itself, so other sectors stay reachable.
		expect([...counts.sector.values()].reduce((a, b) => a + b, 0)).toBe(events.length);
	});

	test('undated cases pass the movement, country and sector filters, never a period, and only they pass "undated"', () => {
		const a: UndatedFilterable = { lane: 'reshoring', from: ['MA'], to: ['FR'], sector: 'telecom' };
		const b: UndatedFilterable = { lane: 'offshoring', from: [], to: ['IN'], sector: 'energy' };
		expect([a, b].filter((c) => matchesUndated(c, {}))).toEqual([a, b]);
		expect([a, b].filter((c) => matchesUndated(c, { date: 'undated' }))).toEqual([a, b]);
		expect([a, b].filter((c) => matchesUndated(c, { date: 'dated' }))).toEqual([]);
		expect([a, b].filter((c) => matchesUndated(c, { lane: 'reshoring', from: 'MA', to: 'FR', sector: 'telecom' }))).toEqual([a]);
		expect([a, b].filter((c) => matchesUndated(c, { to: 'IN' }))).toEqual([b]);
		expect([a, b].filter((c) => matchesUndated(c, { startYear: 2000 }))).toEqual([]);
		expect([a, b].filter((c) => matchesUndated(c, { endYear: 2030 }))).toEqual([]);
		// "undated" shows no event on the chart; its count is the number of undated cases it lists.
		expect(filterEvents(events, { date: 'undated' })).toEqual([]);
		expect(filterEvents(events, { date: 'dated' })).toHaveLength(events.length);
		const counts = facetCounts(
			events,
			{ lane: 'reshoring' },
			{ lane: [], from: [], to: [], sector: [], startYear: [], endYear: [], date: DATE_FILTERS },
			[a, b],
		);
		expect(counts.date.get('undated')).toBe(1);
		expect(counts.date.get('dated')).toBe(filterEvents(events, { lane: 'reshoring' }).length);
	});

	test('yearSpan covers every year from the first to the last, without gaps', () => {
		const span = yearSpan(events);
		expect(span[span.length - 1]! - span[0]! + 1).toBe(span.length);
		expect(yearSpan([])).toEqual([]);
	});
});

describe('timeline view state in the URL', () => {
	test('round-trips filters, period and selected event', () => {
		const view = {
			filters: { lane: 'reshoring', from: 'FR', to: 'MA', sector: 'telecom', startYear: 2005, endYear: 2012 },
			period: { start: '2008-03-01', end: '2011-07-15' },
			event: 'case/phone-marketing-dreux/1',
		};
		const query = serializeView(view);
		expect(query).toBe(
			'?lane=reshoring&from=FR&to=MA&sector=telecom&start=2005&end=2012&view=2008-03-01_2011-07-15&event=case%2Fphone-marketing-dreux%2F1',
		);
		expect(parseView(query)).toEqual(view);
	});

	test('the date filter round-trips; an unknown value is dropped', () => {
		expect(serializeView({ filters: { lane: 'reshoring', date: 'undated' } })).toBe('?lane=reshoring&date=undated');
		expect(parseView('?lane=reshoring&date=undated')).toEqual({ filters: { lane: 'reshoring', date: 'undated' } });
		expect(parseView('?date=someday')).toEqual({ filters: {} });
	});

	test('the default view is an empty query', () => {
		expect(serializeView({ filters: {} })).toBe('');
		expect(parseView('')).toEqual({ filters: {} });
	});

	test('drops malformed or unknown values', () => {
		expect(parseView('?lane=sideways&start=20x5&view=2012-01-01_2010-01-01&event=<script>', { lane: ['reshoring'] })).toEqual({
			filters: {},
		});
		expect(parseView('?view=2010-02-30_2011-01-01').period).toBeUndefined();
		expect(parseView('?view=2010-13-01_2011-01-01').period).toBeUndefined();
	});
});
