/**
 * A case's own timeline drawn once, at build time: the same lanes, marks and axis as the corpus
 * chart (src/lib/timeline/layout.ts), laid out for a nominal width and placed in percentages, so
 * the SVG stretches to any column without JavaScript. Pure: events in, geometry out.
 */
import { scaleUtc } from 'd3';
import type { Lane, TimelineEvent } from './events.ts';
import { AXIS_H, fullDomain, LABEL_H, LANE_PAD, lanesOf, layoutMarks, ROW_STEP, tickLabels, type Mark } from './layout.ts';
import { timeTicks } from './ticks.ts';

/** Width the marks are laid out for (about a case page's text column), in px. */
const NOMINAL_WIDTH = 640;

export interface StaticLane {
	lane: Lane;
	/** Top and height, in px. */
	y: number;
	height: number;
}

export interface StaticMark {
	mark: Mark;
	/** Left edge, as a percentage of the chart's width (`"12.34%"`). */
	x: string;
	/** Width: a percentage for a span drawn over its period, px (a number) for a point or a cluster. */
	width: string;
	/** Top, in px. */
	y: number;
}

export interface StaticChart {
	height: number;
	lanes: StaticLane[];
	/** Top of the axis, in px. */
	axisY: number;
	ticks: { x: string; label: string }[];
	marks: StaticMark[];
}

const pct = (px: number) => `${((px / NOMINAL_WIDTH) * 100).toFixed(2)}%`;

/** Lays out `events` (in time order) for a static chart; unlike the corpus chart's, a lane is only as tall as the rows it uses. */
export function staticChart(events: readonly TimelineEvent[], locale: string): StaticChart {
	const domain = fullDomain(events);
	const x = scaleUtc().domain(domain).range([0, NOMINAL_WIDTH]);
	const marks = layoutMarks(events, (ms) => x(ms));
	const lanes: StaticLane[] = [];
	let y = 0;
	for (const lane of lanesOf(events)) {
		const rows = 1 + Math.max(...marks.filter((m) => m.lane === lane).map((m) => m.row));
		const height = LABEL_H + rows * ROW_STEP + LANE_PAD;
		lanes.push({ lane, y, height });
		y += height;
	}
	const top = new Map(lanes.map((l) => [l.lane, l.y + LABEL_H]));
	const ticks = timeTicks(domain, NOMINAL_WIDTH);
	const labels = tickLabels(locale, ticks);
	return {
		height: y + AXIS_H,
		lanes,
		axisY: y,
		ticks: ticks.map((d, i) => ({ x: pct(x(d)), label: labels[i]! })),
		marks: marks.map((mark) => ({
			mark,
			x: pct(mark.x0),
			width: mark.span ? pct(mark.x1 - mark.x0) : String(Math.round(mark.x1 - mark.x0)),
			y: top.get(mark.lane)! + mark.row * ROW_STEP,
		})),
	};
}
