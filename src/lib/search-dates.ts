/**
 * Date order of search results without a Pagefind sort. A Pagefind sort keeps one page order per
 * sort in the metadata file every search loads first (12 KB gzipped of 49 KB at 5,000 cases, for
 * two sorts); instead the build writes each language's pages in date order beside the index
 * (`pagefind/dates.<lang>.json`), which the search page loads only when the reader sorts by date,
 * and orders Pagefind's results by it. Pure.
 */

/** A language's pages in date order, by Pagefind page id (a result's `id`, `fr_2f3e51f`). */
export interface DateOrder {
	/** Dated pages, newest first; pages of the same day in URL order. */
	newest: string[];
	/** Pages without a date (undated cases), in URL order: last in both orders. */
	undated: string[];
}

/** The date order file of a language, in Pagefind's output folder (`pagefind/dates.fr.json`). */
export function datesPath(lang: string): string {
	return `dates.${lang}.json`;
}

/** The date order of pages given as their id, URL and sort day (`YYYY-MM-DD`, undefined when undated). */
export function dateOrder(pages: readonly { id: string; url: string; date: string | undefined }[]): DateOrder {
	const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
	const dated = pages.filter((p) => p.date !== undefined).sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : byUrl(a, b)));
	const undated = pages.filter((p) => p.date === undefined).sort(byUrl);
	return { newest: dated.map((p) => p.id), undated: undated.map((p) => p.id) };
}

/**
 * `results` newest first (`desc`) or oldest first (`asc`), undated pages last in both; pages the
 * order does not know (none, unless the file is from another build) after them, as they came.
 */
export function sortByDate<T extends { id: string }>(results: readonly T[], order: DateOrder, direction: 'desc' | 'asc'): T[] {
	const dated = direction === 'desc' ? order.newest : [...order.newest].reverse();
	const rank = new Map([...dated, ...order.undated].map((id, i) => [id, i]));
	const known = results.filter((r) => rank.has(r.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
	return [...known, ...results.filter((r) => !rank.has(r.id))];
}
