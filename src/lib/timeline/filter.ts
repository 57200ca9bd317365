/** Filtering the timeline events and counting what each filter option would show. Pure. */
import type { TimelineEvent, UndatedCase } from './events.ts';
import { LANES } from './lanes.ts';
import { DATE_FILTERS, type DateFilter } from '../facets.ts';

/** The filters a reader can set; an absent key means "all". */
export interface TimelineFilters {
	/** A lane: a movement, `policy` or `context`. */
	lane?: string;
	/** Origin country (ISO code). */
	from?: string;
	/** Destination country (ISO code). */
	to?: string;
	/** Sector of the case. */
	sector?: string;
	/** First year of the period (inclusive). */
	startYear?: number;
	/** Last year of the period (inclusive). */
	endYear?: number;
	/**
	 * `dated`: only the events on the chart; `undated`: only the cases the sources give no date for
	 * (listed apart from the chart, see `matchesUndated`).
	 */
	date?: DateFilter;
}

/** The values of the `date` filter (named with the URL vocabulary, in facets.ts). */
export { DATE_FILTERS, type DateFilter };

export const FILTER_KEYS = ['lane', 'from', 'to', 'sector', 'startYear', 'endYear', 'date'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const year = (isoDay: string) => Number(isoDay.slice(0, 4));
/** The last year a span touches (`end` is the first day after it). */
const lastYear = (e: TimelineEvent) => year(e.end) - (e.end.endsWith('-01-01') ? 1 : 0);

/** True when the event passes every filter (but `skip`). A period keeps events whose span overlaps it. */
export function matches(e: TimelineEvent, f: TimelineFilters, skip?: FilterKey): boolean {
	if (skip !== 'lane' && f.lane !== undefined && e.lane !== f.lane) return false;
	if (skip !== 'from' && f.from !== undefined && !e.from.some((p) => p.country === f.from)) return false;
	if (skip !== 'to' && f.to !== undefined && !e.to.some((p) => p.country === f.to)) return false;
	if (skip !== 'sector' && f.sector !== undefined && e.sector !== f.sector) return false;
	if (skip !== 'startYear' && f.startYear !== undefined && lastYear(e) < f.startYear) return false;
	if (skip !== 'endYear' && f.endYear !== undefined && year(e.start) > f.endYear) return false;
	if (skip !== 'date' && f.date === 'undated') return false;
	return true;
}

/** What the filters read of an undated case (`UndatedCase`, or the data attributes of its list item). */
export type UndatedFilterable = Pick<UndatedCase, 'lane' | 'from' | 'to' | 'sector'>;

/**
 * True when an undated case passes the filters (but `skip`): movement, countries and sector as for
 * events; it has no year, so any period leaves it out, and so does `date: dated`.
 */
export function matchesUndated(c: UndatedFilterable, f: TimelineFilters, skip?: FilterKey): boolean {
	if (skip !== 'lane' && f.lane !== undefined && c.lane !== f.lane) return false;
	if (skip !== 'from' && f.from !== undefined && !c.from.includes(f.from)) return false;
	if (skip !== 'to' && f.to !== undefined && !c.to.includes(f.to)) return false;
	if (skip !== 'sector' && f.sector !== undefined && c.sector !== f.sector) return false;
	if ((skip !== 'startYear' && f.startYear !== undefined) || (skip !== 'endYear' && f.endYear !== undefined)) return false;
	if (skip !== 'date' && f.date === 'dated') return false;
	return true;
}

/** The events that pass the filters, in their given order. */
export function filterEvents(events: readonly TimelineEvent[], f: TimelineFilters): TimelineEvent[] {
	return events.filter((e) => matches(e, f));
}

/** The values each categorical filter can take in `events`: lanes in their drawing order, the rest sorted. */
export function filterValues(events: readonly TimelineEvent[]): Record<'lane' | 'from' | 'to' | 'sector', string[]> {
	const collect = (fn: (e: TimelineEvent) => (string | undefined)[]) =>
		[...new Set(events.flatMap(fn).filter((v): v is string => v !== undefined))].sort();
	return {
		lane: LANES.filter((l) => events.some((e) => e.lane === l)),
		from: collect((e) => e.from.map((p) => p.country)),
		to: collect((e) => e.to.map((p) => p.country)),
		sector: collect((e) => [e.sector]),
	};
}

/** Every year an event touches, from the first to the last, without gaps. */
export function yearSpan(events: readonly TimelineEvent[]): number[] {
	if (events.length === 0) return [];
	let min = Infinity;
	let max = -Infinity;
	for (const e of events) {
		min = Math.min(min, year(e.start));
		max = Math.max(max, lastYear(e));
	}
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/**
 * How many events each option would show, the other filters staying as they are (faceted
 * counts): `counts.lane.get('policy')` is the number shown if the reader picks "policy".
 * One pass over the events per filter, so that it stays fast on thousands of events. The `date`
 * filter's `undated` option counts the undated cases it would list (`undated`), not events.
 */
export function facetCounts(
	events: readonly TimelineEvent[],
	f: TimelineFilters,
	options: Record<FilterKey, readonly (string | number)[]>,
	undated: readonly UndatedFilterable[] = [],
): Record<FilterKey, Map<string, number>> {
	const result = {} as Record<FilterKey, Map<string, number>>;
	for (const key of FILTER_KEYS) {
		const counts = new Map(options[key].map((value) => [String(value), 0]));
		const add = (value: string | number | undefined) => {
			const k = String(value);
			const n = counts.get(k);
			if (n !== undefined) counts.set(k, n + 1);
		};
		// Per year: how many events of the pool end in it (for "from year") or start in it (for "to year").
		const byYear = new Map<number, number>();
		for (const e of events) {
			if (!matches(e, f, key)) continue;
			if (key === 'lane') add(e.lane);
			else if (key === 'date') add('dated');
			else if (key === 'sector') add(e.sector);
			else if (key === 'from' || key === 'to') for (const c of new Set(e[key].map((p) => p.country))) add(c);
			else {
				const y = key === 'startYear' ? lastYear(e) : year(e.start);
				byYear.set(y, (byYear.get(y) ?? 0) + 1);
			}
		}
		if (key === 'startYear' || key === 'endYear') {
			// "From year y" shows the events ending in y or later; "to year y" those starting in y or earlier.
			const years = [...byYear.keys()];
			for (const value of options[key]) {
				const y = Number(value);
				counts.set(
					String(value),
					years.reduce((n, k) => n + ((key === 'startYear' ? k >= y : k <= y) ? byYear.get(k)! : 0), 0),
				);
			}
		}
		if (key === 'date' && counts.has('undated')) counts.set('undated', undated.filter((c) => matchesUndated(c, f, 'date')).length);
		result[key] = counts;
	}
	return result;
}
