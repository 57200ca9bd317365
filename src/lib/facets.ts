/**
 * The facets a reader filters cases and events by, and their one URL vocabulary: the case table,
 * the timeline and the search page name each facet's parameter here and read and write it through
 * `readFacet` / `writeFacet`, so that one facet is spelled and checked the same way on every page
 * (`?movement=reshoring&sector=telecom&year=2009`). Pages keep their own non-facet parameters (the
 * query, a sort, the timeline's period shown and selected event). Pure.
 */

/** The `year` value of a case the sources give no date for: it can be selected like a year, and sorts last. */
export const UNDATED_YEAR = 'undated';

/** The `date` values of the timeline: only the dated events, or only the undated cases. */
export const DATE_FILTERS = ['dated', 'undated'] as const;
export type DateFilter = (typeof DATE_FILTERS)[number];

/** Each facet's URL parameter. */
export const FACET_PARAMS = {
	/** Kind of page (search): `case`, `document`, `context`. */
	kind: 'kind',
	/** A case's movement (case table, search): `reshoring`, `offshoring`, `nearshoring`. */
	movement: 'movement',
	/** A timeline lane: a movement, or the kind of record (`policy`, `context`). */
	lane: 'lane',
	/** A country at either end of a case (case table): ISO code. */
	country: 'country',
	/** Origin country (timeline, search): ISO code. */
	from: 'from',
	/** Destination country (timeline, search): ISO code. */
	to: 'to',
	/** A case's sector. */
	sector: 'sector',
	/** The year of a case or page, or `undated` (case table, search). */
	year: 'year',
	/** First year of a period (timeline). */
	startYear: 'start',
	/** Last year of a period (timeline). */
	endYear: 'end',
	/** Dated events or undated cases (timeline): one of `DATE_FILTERS`. */
	date: 'date',
} as const;
export type Facet = keyof typeof FACET_PARAMS;

const CODE = /^[a-z0-9-]{1,40}$/i;
const YEAR = /^\d{4}$/;

/** What a well-formed value of each facet looks like; anything else in a URL is dropped, never trusted. */
const VALUE: Record<Facet, (value: string) => boolean> = {
	kind: (v) => CODE.test(v),
	movement: (v) => CODE.test(v),
	lane: (v) => CODE.test(v),
	country: (v) => CODE.test(v),
	from: (v) => CODE.test(v),
	to: (v) => CODE.test(v),
	sector: (v) => CODE.test(v),
	year: (v) => YEAR.test(v) || v === UNDATED_YEAR,
	startYear: (v) => YEAR.test(v),
	endYear: (v) => YEAR.test(v),
	date: (v) => (DATE_FILTERS as readonly string[]).includes(v),
};

/** The well-formed values of `facet` in `params`, each once, in their URL order. */
export function readFacet(params: URLSearchParams, facet: Facet): string[] {
	return [...new Set(params.getAll(FACET_PARAMS[facet]).filter(VALUE[facet]))];
}

/** Appends `values` (one, several, or none when undefined) under the facet's parameter, in the given order. */
export function writeFacet(
	params: URLSearchParams,
	facet: Facet,
	values: string | number | readonly (string | number)[] | undefined,
): void {
	const list = values === undefined ? [] : Array.isArray(values) ? values : [values as string | number];
	for (const value of list) params.append(FACET_PARAMS[facet], String(value));
}

/** Orders `year` values newest first, `undated` last. */
export function compareYears(a: string, b: string): number {
	const key = (value: string) => (value === UNDATED_YEAR ? -Infinity : Number(value));
	return a === b ? 0 : key(b) - key(a);
}
