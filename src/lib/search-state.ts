/**
 * The search page's state and its URL (`?q=keyyo&movement=reshoring&to=MA&to=TN&sort=date-desc`),
 * and how it maps onto Pagefind's filter and sort options. Pure, shared by the page and the tests.
 */
import { SEARCH_FILTERS, type SearchFilter } from './search-meta.ts';
import { compareYears, readFacet, writeFacet } from './facets.ts';

/** Query parameter Pagefind adds to result links so the target page highlights the terms. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Result orders: by relevance (needs a query), newest first, oldest first. */
export const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchState {
	/** The query as typed; empty to browse by filters. */
	q: string;
	/** Selected values per filter group (OR within a group, AND across groups). */
	filters: Partial<Record<SearchFilter, string[]>>;
	sort: SearchSort;
	/** Search the words as typed, without correcting names (the reader's "search instead for"). */
	literal?: boolean;
}

/** Relevance when there is a query, otherwise newest first. */
export function defaultSort(q: string): SearchSort {
	return q.trim() ? 'relevance' : 'date-desc';
}

/** Reads the state from query parameters; unknown parameters and values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
	const q = params.get('q') ?? '';
	const filters: SearchState['filters'] = {};
	for (const name of SEARCH_FILTERS) {
		const values = readFacet(params, name).sort();
		if (values.length) filters[name] = values;
	}
	const sort = params.get('sort');
	const chosen = SORTS.find((s) => s === sort);
	const state: SearchState = { q, filters, sort: chosen && !(chosen === 'relevance' && !q.trim()) ? chosen : defaultSort(q) };
	if (params.get('literal') === '1' && q.trim()) state.literal = true;
	return state;
}

/** Writes the state as query parameters in a fixed order, leaving out empty values and the default sort. */
export function writeSearchState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const name of SEARCH_FILTERS) writeFacet(params, name, [...(state.filters[name] ?? [])].sort());
	if (state.sort !== defaultSort(state.q)) params.set('sort', state.sort);
	if (state.literal && state.q.trim()) params.set('literal', '1');
	return params;
}

/** Pagefind's filter expression for one group's selected values (any of them). */
type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind `search()` options for the state, optionally leaving one group out (for its counts). Date order is applied to the results (`search-dates.ts`). */
export function pagefindOptions(state: SearchState, without?: SearchFilter): { filters: PagefindFilters } {
	const filters: PagefindFilters = {};
	for (const name of SEARCH_FILTERS) {
		const values = state.filters[name];
		if (name !== without && values?.length) filters[name] = { any: values };
	}
	return { filters };
}

/** The direction of the state's date order, if it is sorted by date. */
export function dateDirection(sort: SearchSort): 'desc' | 'asc' | undefined {
	return sort === 'date-desc' ? 'desc' : sort === 'date-asc' ? 'asc' : undefined;
}

/** Filter groups with a selection: each needs its own count query so its other values keep their counts. */
export function groupsToRecount(state: SearchState): SearchFilter[] {
	return SEARCH_FILTERS.filter((name) => (state.filters[name]?.length ?? 0) > 0);
}

/**
 * How many of the pages `ids` have each value of a filter group, from each value's pages; values
 * none of them has are left out. Counts the results as shown, partial matches included.
 */
export function countValues(ids: readonly string[], pagesByValue: ReadonlyMap<string, ReadonlySet<string>>): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const [value, pages] of pagesByValue) {
		const n = ids.filter((id) => pages.has(id)).length;
		if (n) counts[value] = n;
	}
	return counts;
}

/** One choice in a filter group. */
export interface FilterOption {
	value: string;
	label: string;
	count: number;
	checked: boolean;
}

/**
 * A group's choices for display: the values with results, with their counts, and the selected
 * ones even at zero (so that they can be unchecked); years newest first (`undated` last), others by label.
 */
export function filterOptions(
	name: SearchFilter,
	counts: Record<string, number>,
	selected: readonly string[],
	labelOf: (value: string) => string,
	lang: string,
): FilterOption[] {
	const values = new Set([...Object.keys(counts).filter((value) => counts[value]! > 0), ...selected]);
	return [...values]
		.map((value) => ({ value, label: labelOf(value), count: counts[value] ?? 0, checked: selected.includes(value) }))
		.sort((a, b) =>
			name === 'year' ? compareYears(a.value, b.value) : a.label.localeCompare(b.label, lang) || a.value.localeCompare(b.value),
		);
}

/** The option index after moving `step` from `current` in a list of `count`, wrapping; -1 is none. */
export function nextOption(current: number, count: number, step: 1 | -1): number {
	if (count === 0) return -1;
	if (current < 0) return step === 1 ? 0 : count - 1;
	return (current + step + count) % count;
}
