/**
 * The whole view of the timeline as URL parameters, so that a reload or a shared link restores
 * it: filters, the period shown (zoom) and the selected event. Unknown or malformed values are
 * dropped, never trusted. Pure.
 */
import { FILTER_KEYS, type DateFilter, type TimelineFilters } from './filter.ts';
import { readFacet, writeFacet } from '../facets.ts';

export interface TimelineView {
	filters: TimelineFilters;
	/** The period shown, as UTC days `YYYY-MM-DD`; absent for the whole period. */
	period?: { start: string; end: string };
	/** Id of the selected event. */
	event?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => {
	const d = new Date(`${v}T00:00:00Z`);
	return DAY.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};

/** Reads a view from `location.search`; `allowed` lists the valid values of each categorical filter. */
export function parseView(search: string, allowed?: Partial<Record<'lane' | 'from' | 'to' | 'sector', readonly string[]>>): TimelineView {
	const params = new URLSearchParams(search);
	const filters: TimelineFilters = {};
	for (const key of ['lane', 'from', 'to', 'sector'] as const) {
		const v = readFacet(params, key)[0];
		if (v && (!allowed?.[key] || allowed[key].includes(v))) filters[key] = v;
	}
	for (const key of ['startYear', 'endYear'] as const) {
		const v = readFacet(params, key)[0];
		if (v) filters[key] = Number(v);
	}
	const date = readFacet(params, 'date')[0];
	if (date) filters.date = date as DateFilter;
	const view: TimelineView = { filters };
	const period = params.get('view')?.split('_');
	if (period?.length === 2 && isDay(period[0]!) && isDay(period[1]!) && period[0]! < period[1]!)
		view.period = { start: period[0]!, end: period[1]! };
	const event = params.get('event');
	if (event && /^[a-z0-9/-]{1,200}$/.test(event)) view.event = event;
	return view;
}

/** Writes a view as a query string (`?lane=policy&view=2009-01-01_2012-01-01`), keys in a fixed order; `''` for the default view. */
export function serializeView(view: TimelineView): string {
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) writeFacet(params, key, view.filters[key]);
	if (view.period) params.set('view', `${view.period.start}_${view.period.end}`);
	if (view.event) params.set('event', view.event);
	const query = params.toString();
	return query ? `?${query}` : '';
}
