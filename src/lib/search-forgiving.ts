/**
 * A search that forgives: a misspelt name is corrected and searched at once (the reader can search
 * the words as typed instead), and when few or no pages contain every word, the pages that contain
 * the most of them follow. Shared by the search page and the header box.
 */
import type { Pagefind, PagefindOptions, PagefindSearch } from './pagefind-client.ts';
import { correctQuery, keyToken, wordsOf, type Speller } from './search-vocabulary.ts';
import { HIGHLIGHT_PARAM } from './search-state.ts';
import { canonicalQuery, foldText } from './search-terms.ts';

/** Below this many pages containing every word, the pages containing most of them are added. */
export const PARTIAL_BELOW = 3;
/** At most this many partial matches are added. */
const PARTIAL_MAX = 50;

type Result = PagefindSearch['results'][number];

/** What a forgiving search found. */
export interface ForgivingSearch {
	/** Pages containing every word first, then (when `partial`) those containing most of them. */
	results: Result[];
	/** The query searched in place of the one typed, when names in it were corrected. */
	corrected?: string;
	/** How many of `results` contain every word; the rest are partial matches. */
	complete: number;
}

/** One word's matches: page ids with Pagefind's score. */
export interface WordMatches {
	results: { id: string; score: number }[];
}

/**
 * Pages ranked by how many of the words they contain, then by the sum of their scores (each
 * word's scores scaled to its best); only pages with at least the best count less one, and
 * at least one word.
 */
export function rankPartial(words: readonly WordMatches[]): string[] {
	const pages = new Map<string, { count: number; score: number }>();
	for (const { results } of words) {
		const best = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
		for (const r of results) {
			const page = pages.get(r.id) ?? { count: 0, score: 0 };
			page.count += 1;
			page.score += r.score / best;
			pages.set(r.id, page);
		}
	}
	const most = Math.max(0, ...[...pages.values()].map((p) => p.count));
	return [...pages]
		.filter(([, p]) => p.count >= Math.max(1, most - 1))
		.sort(([a, p], [b, q]) => q.count - p.count || q.score - p.score || a.localeCompare(b))
		.map(([id]) => id);
}

/** The distinct words of a query (folded), in order. */
export function queryWords(q: string): string[] {
	return [...new Set(wordsOf(foldText(q)))];
}

/**
 * The pages whose key (company, group, document number) is the query itself, searched by their
 * `keyToken`, with result links that highlight the query's words. Only for a query of several
 * words or with a digit: a single word already ranks its exact match first.
 */
async function exactKeySearch(pagefind: Pagefind, term: string, options: PagefindOptions): Promise<Result[]> {
	if (!term || (wordsOf(term).length < 2 && !/\d/.test(term))) return [];
	const token = keyToken(term);
	const { results } = await pagefind.search(token, options);
	// Pagefind falls back to nearby words when none matches: keep the pages that have the token itself.
	const candidates = results.slice(0, 3);
	const loaded = await Promise.all(candidates.map((r) => r.data()));
	const highlight = new URLSearchParams(wordsOf(term.toLowerCase()).map((w) => [HIGHLIGHT_PARAM, w])).toString();
	return candidates
		.filter((_, i) => loaded[i]!.content.includes(token))
		.map((r) => ({
			...r,
			data: async () => {
				const data = await r.data();
				return { ...data, url: data.url.replace(/\?[^#]*/, '').replace(/^([^#]*)/, `$1?${highlight}`) };
			},
		}));
}

/** `exact` results first, then the others without them. */
export function exactFirst<T extends { id: string }>(exact: readonly T[], others: readonly T[]): T[] {
	const ids = new Set(exact.map((r) => r.id));
	return [...exact, ...others.filter((r) => !ids.has(r.id))];
}

/**
 * Searches `q` (corrected unless `literal`) in the index of language `lang`, adding partial matches
 * when few pages contain every word. A query with a term of a group of equivalent terms is searched
 * as the group's term (`canonicalQuery`), which every page having a term of the group is indexed by;
 * the pages that also have the words as typed come first.
 */
export async function forgivingSearch(
	pagefind: Pagefind,
	q: string,
	options: PagefindOptions,
	spell: Speller | undefined,
	lang: string,
	literal = false,
): Promise<ForgivingSearch> {
	const typed = q.trim();
	const corrected = typed && !literal && spell ? correctQuery(typed, spell) : undefined;
	const term = corrected ?? typed;
	const canonical = term && (lang === 'fr' || lang === 'en') ? canonicalQuery(term, lang) : undefined;
	const [asTyped, wide, exact] = await Promise.all([
		pagefind.search(term || null, options),
		canonical ? pagefind.search(canonical.join(' '), options) : undefined,
		exactKeySearch(pagefind, term, options),
	]);
	// Pagefind falls back to nearby words when a word matches nothing: only pages the group's term finds count.
	const widened = new Set(wide?.results.map((r) => r.id));
	const found = wide
		? {
				...wide,
				results: exactFirst(
					asTyped.results.filter((r) => widened.has(r.id)),
					wide.results,
				),
			}
		: asTyped;
	const search = exact.length ? { ...found, results: exactFirst(exact, found.results) } : found;
	const words = canonical ?? queryWords(term);
	if (!term || words.length < 2 || search.results.length >= PARTIAL_BELOW)
		return { results: search.results, corrected, complete: search.results.length };
	const perWord = await Promise.all(words.map((w) => pagefind.search(w, options)));
	const byId = new Map(perWord.flatMap((s) => s.results.map((r) => [r.id, r] as const)));
	const complete = new Set(search.results.map((r) => r.id));
	const partial = rankPartial(perWord)
		.filter((id) => !complete.has(id))
		.slice(0, PARTIAL_MAX)
		.map((id) => byId.get(id)!);
	return { results: [...search.results, ...partial], corrected, complete: search.results.length };
}
