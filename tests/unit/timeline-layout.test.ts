import { describe, expect, test } from 'vitest';
import { scaleUtc } from 'd3';
import { timelineEvents, type TimelineEvent } from '../../src/lib/timeline/events.ts';
import { syntheticCorpus } from '../../scripts/bench/_timeline-synthetic.ts';
import { eventSpan, fullDomain, layoutMarks, maxZoom, stepIndex, tickLabels } from '../../src/lib/timeline/layout.ts';
import { timeTicks } from '../../src/lib/timeline/ticks.ts';
import { staticChart } from '../../src/lib/timeline/static.ts';
import { loadContent } from '../../src/build/content.ts';

const ev = (id: string, start: string, end: string, lane: TimelineEvent['lane'] = 'reshoring') =>
	({ id, start, end, lane }) as TimelineEvent;
const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('timeline layout', () => {
	test('a year event is drawn across its whole year', () => {
		const x = scaleUtc()
			.domain([new Date(utc('2009-01-01')), new Date(utc('2011-01-01'))])
			.range([0, 730]);
		const [mark] = layoutMarks([ev('a', '2009-01-01', '2010-01-01')], (ms) => x(ms));
		expect(mark!.x0).toBe(0);
		expect(mark!.x1).toBeCloseTo(365, 0);
		expect(eventSpan({ start: '2009-01-01', end: '2010-01-01' })).toEqual([utc('2009-01-01'), utc('2010-01-01')]);
	});

	test('colliding marks stack in rows; a day is at least minWidth wide', () => {
		const x = (ms: number) => (ms - utc('2010-01-01')) / 86_400_000; // 1 px per day
		const marks = layoutMarks(
			[ev('a', '2010-01-01', '2010-01-02'), ev('b', '2010-01-03', '2010-01-04'), ev('c', '2010-03-01', '2010-03-02')],
			x,
			{ minWidth: 12 },
		);
		expect(marks.map((m) => [m.key, m.row, m.x1 - m.x0])).toEqual([
			['single:a', 0, 12],
			['single:b', 1, 12],
			['single:c', 0, 12],
		]);
	});

	test('a pile denser than the rows becomes clusters that keep every event once', () => {
		const x = (ms: number) => (ms - utc('2010-01-01')) / 86_400_000;
		const dense = Array.from({ length: 10 }, (_, i) =>
			ev(`e${i}`, `2010-01-0${(i % 9) + 1}`, `2010-01-${String((i % 9) + 2).padStart(2, '0')}`),
		);
		const marks = layoutMarks(dense, x, { rows: 3, clusterWidth: 30 });
		expect(marks.some((m) => m.events.length > 1)).toBe(true);
		expect(marks.flatMap((m) => m.events.map((e) => e.id)).sort()).toEqual(dense.map((e) => e.id).sort());
		// Clusters sit side by side: no two marks of a row overlap.
		const row0 = marks.filter((m) => m.row === 0).sort((a, b) => a.x0 - b.x0);
		for (let i = 1; i < row0.length; i++) expect(row0[i]!.x0).toBeGreaterThanOrEqual(row0[i - 1]!.x1);
	});

	test('300+ events at 1280 px and at 360 px: no overlap within a row, every event drawn once, bounded mark count', () => {
		const events = timelineEvents(syntheticCorpus(60, 6, 3));
		expect(events.length).toBe(360);
		for (const width of [1100, 320]) {
			const x = scaleUtc().domain(fullDomain(events)).range([0, width]);
			const marks = layoutMarks(events, (ms) => x(ms));
			expect(marks.reduce((n, m) => n + m.events.length, 0)).toBe(events.length);
			const rows = new Map<string, typeof marks>();
			for (const m of marks) rows.set(`${m.lane}/${m.row}`, [...(rows.get(`${m.lane}/${m.row}`) ?? []), m]);
			for (const row of rows.values()) {
				row.sort((a, b) => a.x0 - b.x0);
				for (let i = 1; i < row.length; i++) expect(row[i]!.x0).toBeGreaterThanOrEqual(row[i - 1]!.x1 - 0.001);
			}
			// Legible: at most about one mark per 12 px per row.
			expect(marks.length).toBeLessThanOrEqual((width / 12) * 3 * 3);
		}
	});

	test('a year or month wide enough to read is a bar over its whole span, never a point; same spans share a bar', () => {
		const events = timelineEvents(syntheticCorpus(60, 6, 3));
		for (const [width, zoom] of [
			[1100, 1],
			[1100, 12],
			[320, 1],
			[320, 20],
		] as const) {
			const [a, b] = fullDomain(events);
			const x = scaleUtc()
				.domain([a, new Date(a.getTime() + (b.getTime() - a.getTime()) / zoom)])
				.range([0, width]);
			const marks = layoutMarks(events, (ms) => x(ms), { clusterWidth: 30 });
			for (const e of events) {
				const [s, t] = eventSpan(e);
				if (x(t) - x(s) < 30) continue;
				const mark = marks.find((m) => m.events.includes(e))!;
				expect(mark.span, `${e.id} at ${width}px ×${zoom}`).toBe(true);
				expect([mark.x0, mark.x1]).toEqual([x(s), x(t)]);
				expect(mark.events.every((o) => o.start === e.start && o.end === e.end && o.lane === e.lane)).toBe(true);
			}
		}
	});

	test('the domain pads the events; zoom stops at about two weeks', () => {
		const [a, b] = fullDomain([ev('a', '2009-01-01', '2010-01-01')]);
		expect(a.getTime()).toBeLessThan(utc('2009-01-01'));
		expect(b.getTime()).toBeGreaterThan(utc('2010-01-01'));
		expect(maxZoom([new Date(utc('2000-01-01')), new Date(utc('2000-01-15'))])).toBe(1);
	});

	test('ticks and their labels follow the zoom: years, then months, then days, in the locale', () => {
		const years = timeTicks([new Date(utc('2000-01-01')), new Date(utc('2020-01-01'))], 900);
		expect(tickLabels('fr-FR', years).slice(0, 2)).toEqual(['2000', '2002']);
		const months = timeTicks([new Date(utc('2009-01-01')), new Date(utc('2010-01-01'))], 900);
		expect(tickLabels('fr-FR', months).slice(0, 2)).toEqual(['janv. 2009', 'févr.']);
		const days = timeTicks([new Date(utc('2018-07-10')), new Date(utc('2018-07-20'))], 900);
		expect(tickLabels('en-GB', days).slice(0, 2)).toEqual(['10 Jul 2018', '11 Jul']);
	});

	test('keyboard steps in time order', () => {
		expect(stepIndex('ArrowRight', 0, 3)).toBe(1);
		expect(stepIndex('ArrowRight', 2, 3)).toBe(2);
		expect(stepIndex('ArrowLeft', 0, 3)).toBe(0);
		expect(stepIndex('End', 0, 3)).toBe(2);
		expect(stepIndex('Home', 2, 3)).toBe(0);
		expect(stepIndex('ArrowRight', -1, 3)).toBe(0);
		expect(stepIndex('Home', 0, 0)).toBe(-1);
	});
});

describe("a case's static chart", () => {
	const events = timelineEvents(loadContent());
	const byCase = Map.groupBy(
		events.filter((e) => e.page?.[0] === 'cases'),
		(e) => e.page![1],
	);
	const pct = (v: string) => Number(v.replace(/%$/, ''));

	test('every event of every case is drawn once, inside the frame, spans in percentages and points in px', () => {
		for (const [slug, list] of byCase) {
			const chart = staticChart(list, 'fr-FR');
			expect(chart.marks.flatMap((m) => m.mark.events.map((e) => e.id)).sort(), slug).toEqual(list.map((e) => e.id).sort());
			for (const { mark, x, width } of chart.marks) {
				expect(x, slug).toMatch(/^\d+(\.\d+)?%$/);
				expect(pct(x), slug).toBeGreaterThanOrEqual(0);
				if (mark.span) expect(pct(x) + pct(width), slug).toBeLessThanOrEqual(100.01);
				else expect(width, slug).toMatch(/^\d+$/);
			}
			expect(
				chart.ticks.every((t) => pct(t.x) >= 0 && pct(t.x) <= 100),
				slug,
			).toBe(true);
		}
	});

	test('a lane is as tall as the rows it uses, and the axis sits under the last lane', () => {
		const dreux = byCase.get('phone-marketing-dreux')!;
		const chart = staticChart(dreux, 'en-GB');
		// 2009 and 2019 are bars on the first row, June 2009 is a point on the second.
		expect(chart.marks.map((m) => [m.mark.events[0]!.date, m.mark.row])).toEqual([
			['2009', 0],
			['2019', 0],
			['2009-06', 1],
		]);
		// Label 18 px, two rows of 24 px marks and their 4 px gaps, 6 px under the last row.
		expect(chart.lanes).toEqual([{ lane: 'reshoring', y: 0, height: 18 + 2 * 28 + 6 }]);
		expect(chart.axisY).toBe(80);
		expect(chart.height).toBe(80 + 26);
		expect(new Set(chart.marks.map((m) => m.y))).toEqual(new Set([18, 46]));
		expect(chart.ticks.map((t) => t.label)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020']);
	});
});
