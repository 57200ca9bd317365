/**
 * What Pagefind learns about a page besides its text: the filters, metadata and sort key of a
 * case, document or context entry, taken from its schema fields. `SearchMeta.astro` renders them.
 */
import type { CaseData } from '../schemas/case.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { ContextData } from '../schemas/context.ts';
import { parsePartialDate, yearOf } from './dates.ts';
import { UNDATED_YEAR } from './facets.ts';

export { UNDATED_YEAR };

/** The filter groups of the search page, in display order. Values are language-neutral codes. */
export const SEARCH_FILTERS = ['kind', 'movement', 'from', 'to', 'sector', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The kinds of indexed page. */
export const SEARCH_KINDS = ['case', 'document', 'context'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** An indexed entry, tagged with its kind. */
export type SearchEntry =
	{ kind: 'case'; data: CaseData } | { kind: 'document'; data: DocumentData } | { kind: 'context'; data: ContextData };

/** A page's Pagefind record: filter values per group, and the day it is ordered by in date order. */
export interface SearchRecord {
	filters: Partial<Record<SearchFilter, string[]>>;
	/**
	 * The day of "newest first" and "oldest first" (`search-dates.ts`), `YYYY-MM-DD` (first day of a
	 * partial date); undefined for an undated case, which comes after every dated page in both orders.
	 */
	sortDate: string | undefined;
	/** The date shown in results, at its own precision (`2009-06`); undefined for an undated case. */
	date: string | undefined;
}

/** The date an entry is known by: a case's move, a document's publication, a context event. */
function entryDate(entry: SearchEntry): string | undefined {
	if (entry.kind === 'case') return entry.data.date;
	if (entry.kind === 'document') return entry.data.published.date;
	return entry.data.date;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/**
 * The filters and sort day of an entry. An undated case has the year `undated` and comes after
 * every dated page in both date orders (never first).
 */
export function searchRecord(entry: SearchEntry): SearchRecord {
	const date = entryDate(entry);
	const filters: SearchRecord['filters'] = { kind: [entry.kind] };
	if (entry.kind === 'case') {
		const d = entry.data;
		filters.movement = [d.movement];
		if (d.from.length) filters.from = unique(d.from.map((l) => l.country));
		filters.to = unique(d.to.map((l) => l.country));
		filters.sector = [d.sector];
	}
	filters.year = [date ? String(yearOf(date)) : UNDATED_YEAR];
	return { filters, date, sortDate: date ? isoDay(date) : undefined };
}

/** `2009` → `2009-01-01`, `2009-06` → `2009-06-01`: a string that sorts chronologically. */
export function isoDay(value: string): string {
	return parsePartialDate(value).start.toISOString().slice(0, 10);
}

/** The names a page is found by besides its text: keys rank it first, names are only searchable. */
export interface SearchNames {
	/** What a reader types to find this very page: company, group, provider, document number. */
	keys: string[];
	/** Other proper names on its fact sheet: places (both languages), people, parliamentary groups. */
	names: string[];
	/** Other words of the fact sheet worth finding it by (ministries, topic, constituency), both languages. */
	facts: string[];
}

/** The keys and names of an entry, from its schema fields, each once, in field order. */
export function searchNames(entry: SearchEntry): SearchNames {
	const keys: string[] = [];
	const names: string[] = [];
	const facts: string[] = [];
	if (entry.kind === 'case') {
		const d = entry.data;
		keys.push(d.company, ...(d.group ? [d.group] : []), ...(d.provider ? [d.provider] : []));
		for (const l of [...d.from, ...d.to]) if (l.place) names.push(l.place.fr, l.place.en);
		names.push(...d.quotes.map((q) => q.speaker));
	} else if (entry.kind === 'document') {
		const d = entry.data;
		if (d.number) keys.push(d.number);
		if (d.author) names.push(d.author.name, ...(d.author.group ? [d.author.group] : []));
		for (const text of [d.author?.constituency, d.ministryAsked, d.ministryAnswering, d.topic]) if (text) facts.push(text.fr, text.en);
	}
	return { keys: [...new Set(keys)], names: [...new Set(names)].filter((n) => !keys.includes(n)), facts: [...new Set(facts)] };
}
