/**
 * Timeline layout maths, apart from the DOM: the time domain, where each event's mark goes in its
 * lane (stacked in rows when marks collide, clustered with a count when a lane is too dense),
 * tick labels in the locale (tick dates: ticks.ts, apart because it needs D3). Pure: numbers in, numbers out.
 */
import type { Lane, TimelineEvent } from './events.ts';
import { LANES } from './lanes.ts';
import { dateTimeFormat } from '../../i18n/intl.ts';

/** Rows of marks a lane stacks before it clusters. */
export const ROWS = 3;
/** Height of one row of marks, in px: a 24 px pointer target, room for a label. */
export const ROW_H = 24;
/** From the top of one row of marks to the top of the next (the row and the gap under it). */
export const ROW_STEP = ROW_H + 4;
/** Height of a lane's label, above its rows. */
export const LABEL_H = 18;
/** Space under a lane's last row. */
export const LANE_PAD = 6;
/** Height of one lane of the corpus chart, label and all its rows. */
export const LANE_H = LABEL_H + ROWS * ROW_STEP + LANE_PAD;
/** Height of the time axis under the lanes. */
export const AXIS_H = 26;
/** Horizontal padding of the plot, in px. */
export const PAD = 8;

/** The lanes to draw for a data set: those it uses, in the canonical order. */
export function lanesOf(events: readonly Pick<TimelineEvent, 'lane'>[]): Lane[] {
	return LANES.filter((l) => events.some((e) => e.lane === l));
}

/** Top of a mark, in px from the top of the chart. */
export const laneY = (lanes: readonly Lane[], mark: Pick<Mark, 'lane' | 'row'>) =>
	lanes.indexOf(mark.lane) * LANE_H + LABEL_H + mark.row * ROW_STEP;

const DAY_MS = 86_400_000;
const utcDay = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);

/** The span an event covers, in ms since the epoch: a year-only date covers the whole year. */
export function eventSpan(e: Pick<TimelineEvent, 'start' | 'end'>): [number, number] {
	let span = spans.get(e);
	if (!span) spans.set(e, (span = [utcDay(e.start), utcDay(e.end)]));
	return span;
}
// Parsed once per event: the chart asks for every span at every zoom step.
const spans = new WeakMap<object, [number, number]>();

/** The whole period to show: every event's span, padded by 3% each side (at least 6 months for a single date). */
export function fullDomain(events: readonly TimelineEvent[]): [Date, Date] {
	if (events.length === 0) {
		const y = Date.UTC(2000, 0, 1);
		return [new Date(y), new Date(Date.UTC(2030, 0, 1))];
	}
	let min = Infinity;
	let max = -Infinity;
	for (const e of events) {
		const [a, b] = eventSpan(e);
		min = Math.min(min, a);
		max = Math.max(max, b);
	}
	const pad = Math.max((max - min) * 0.03, 182 * DAY_MS);
	return [new Date(min - pad), new Date(max + pad)];
}

/** How far one can zoom in: until about `minDays` fill the width. */
export function maxZoom(domain: readonly [Date, Date], minDays = 14): number {
	return Math.max(1, (domain[1].getTime() - domain[0].getTime()) / (minDays * DAY_MS));
}

/** One drawn mark: a single event, events sharing one span (`2012`), or a cluster of events too close to tell apart. */
export interface Mark {
	/** `single:<id>`, `span:<lane>:<start>:<end>` or `cluster:<lane>:<first id>`: stable across renders. */
	key: string;
	lane: Lane;
	/** Row in the lane, from 0 (top). */
	row: number;
	/** Left and right edges, in px. */
	x0: number;
	x1: number;
	/** The events it stands for, in time order (one for a single mark). */
	events: TimelineEvent[];
	/** True when the mark is drawn over the events' whole span (a year or month bar). */
	span: boolean;
}

export interface MarkOptions {
	/** Narrowest mark, in px (a day is drawn this wide): also the pointer target size. */
	minWidth?: number;
	/** Space kept between two marks on a row, in px. */
	gap?: number;
	/** Rows a lane may stack before it clusters. */
	rows?: number;
	/** Width of a cluster, in px; a span at least this wide is drawn as a bar. */
	clusterWidth?: number;
}

interface Item {
	events: TimelineEvent[];
	x0: number;
	x1: number;
}

/**
 * Places the events' marks, lane by lane. An event spans `x(start)` to `x(end)`, at least
 * `minWidth` px. Spans wide enough to read (a year or a month at this zoom) are bars on the top
 * rows, never shrunk to a point; events with the same span share one bar with their count. The
 * other events are points on the rows left: overlapping points form piles, stacked when a pile
 * fits the rows, otherwise cut into `clusterWidth`-px clusters with a count. `events` must be in
 * time order; every event is in exactly one mark.
 */
export function layoutMarks(
	events: readonly TimelineEvent[],
	x: (ms: number) => number,
	{ minWidth = 12, gap = 3, rows = ROWS, clusterWidth = 30 }: MarkOptions = {},
): Mark[] {
	const byLane = new Map<Lane, { spans: Map<string, Item>; points: Item[] }>();
	for (const e of events) {
		const [a, b] = eventSpan(e);
		const x0 = x(a);
		const x1 = Math.max(x(b), x0 + minWidth);
		let lane = byLane.get(e.lane);
		if (!lane) byLane.set(e.lane, (lane = { spans: new Map(), points: [] }));
		if (x1 - x0 >= clusterWidth) {
			const key = `${e.start}:${e.end}`;
			const item = lane.spans.get(key);
			if (item) item.events.push(e);
			else lane.spans.set(key, { events: [e], x0, x1 });
		} else lane.points.push({ events: [e], x0, x1 });
	}
	const marks: Mark[] = [];
	for (const [lane, { spans, points }] of byLane) {
		// Bars first, first fit on the rows but the last, which points always keep.
		const rowEnds: number[] = [];
		for (const item of [...spans.values()].sort((p, q) => p.x0 - q.x0 || q.x1 - p.x1)) {
			// Consecutive months or years touch: bars need no gap (they are drawn inset).
			const row = rowEnds.findIndex((end) => item.x0 >= end - 0.01);
			const at = row === -1 ? rowEnds.length : row;
			if (at >= rows - 1) {
				// No room left for another bar: the events become points at the start of their span.
				points.push(...item.events.map((e) => ({ events: [e], x0: item.x0, x1: item.x0 + minWidth })));
				continue;
			}
			rowEnds[at] = item.x1;
			const [first] = item.events;
			const key = item.events.length > 1 ? `span:${lane}:${first!.start}:${first!.end}` : `single:${first!.id}`;
			marks.push({ key, lane, row: at, x0: item.x0, x1: item.x1, events: item.events, span: true });
		}
		const top = rowEnds.length;
		points.sort((p, q) => p.x0 - q.x0 || p.x1 - q.x1);
		// Piles: runs of points that overlap (with the gap) one after another. A pile is closed only
		// when its placed marks (clusters can be wider than their events) clear the next point.
		let pile: Item[] = [];
		let pileEnd = -Infinity;
		const flush = (nextX0 = Infinity) => {
			if (pile.length === 0) return;
			const placed = placePile(lane, pile, top, rows - top, gap, clusterWidth, minWidth);
			if (Math.max(...placed.map((m) => m.x1)) + gap > nextX0) return;
			marks.push(...placed);
			pile = [];
			pileEnd = -Infinity;
		};
		for (const item of points) {
			if (item.x0 >= pileEnd + gap) flush(item.x0);
			pile.push(item);
			pileEnd = Math.max(pileEnd, item.x1);
		}
		flush();
	}
	return marks;
}

function placePile(lane: Lane, pile: Item[], top: number, rows: number, gap: number, clusterWidth: number, minWidth: number): Mark[] {
	const rowEnds: number[] = [];
	const placed: Mark[] = [];
	for (const { events, x0, x1 } of pile) {
		let row = rowEnds.findIndex((end) => x0 >= end + gap);
		if (row === -1) row = rowEnds.length;
		if (row >= rows) break;
		rowEnds[row] = x1;
		placed.push({ key: `single:${events[0]!.id}`, lane, row: top + row, x0, x1, events, span: false });
	}
	if (placed.length === pile.length) return placed;

	// Too dense to stack: cut the pile into cluster-wide slots by each point's centre.
	const start = pile[0]!.x0;
	const slots = new Map<number, TimelineEvent[]>();
	for (const { events, x0, x1 } of pile) {
		const slot = Math.floor(((x0 + x1) / 2 - start) / clusterWidth);
		let list = slots.get(slot);
		if (!list) slots.set(slot, (list = []));
		list.push(...events);
	}
	return [...slots].map(([slot, list]) => {
		const x0 = start + slot * clusterWidth;
		if (list.length === 1) {
			const mid = x0 + clusterWidth / 2;
			return { key: `single:${list[0]!.id}`, lane, row: top, x0: mid - minWidth / 2, x1: mid + minWidth / 2, events: list, span: false };
		}
		return {
			key: `cluster:${lane}:${list[0]!.id}`,
			lane,
			row: top,
			x0: x0 + gap / 2,
			x1: x0 + clusterWidth - gap / 2,
			events: list,
			span: false,
		};
	});
}

/**
 * Labels for a set of ticks in `locale`, at the precision they share: years (`2009`), months
 * (`juin 2009`, the year only on January and the first tick) or days (`17 juil.`, likewise).
 */
export function tickLabels(locale: string, ticks: readonly Date[]): string[] {
	const fmt = (o: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { ...o, timeZone: 'UTC' });
	const allYears = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
	const allMonths = ticks.every((d) => d.getUTCDate() === 1);
	if (allYears) return ticks.map((d) => String(d.getUTCFullYear()));
	if (allMonths) {
		const withYear = fmt({ month: 'short', year: 'numeric' });
		const month = fmt({ month: 'short' });
		return ticks.map((d, i) => (i === 0 || d.getUTCMonth() === 0 ? withYear : month).format(d));
	}
	const withYear = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
	const dayMonth = fmt({ day: 'numeric', month: 'short' });
	return ticks.map((d, i) => (i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() === 1) ? withYear : dayMonth).format(d));
}

/** The index of the event to move to from `current` by a key, in an array in time order; -1 when empty. */
export function stepIndex(key: string, current: number, count: number): number {
	if (count === 0) return -1;
	if (current < 0) return key === 'End' ? count - 1 : 0;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(count - 1, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return current;
	}
}
