/**
 * Axis tick dates, from D3's time scale: apart from layout.ts so that code which needs only the
 * layout (the timeline element, loaded before the chart) does not load D3.
 */
import { scaleUtc } from 'd3';

/** Tick dates for an axis `width` px wide over `domain` (about one per 90 px), at whole years, months or days. */
export function timeTicks(domain: readonly [Date, Date], width: number): Date[] {
	return scaleUtc()
		.domain(domain)
		.ticks(Math.max(2, Math.floor(width / 90)));
}
