/**
 * Loads Pagefind's browser API (`<base>pagefind/pagefind.js`, written by the build) once per page,
 * with the site's options. The types are the part of Pagefind's browser API that ORCA uses.
 */
import { HIGHLIGHT_PARAM } from './search-state.ts';
import { pathWithBase } from './url.ts';
import { speller, vocabularyPath, type SearchVocabulary, type Speller } from './search-vocabulary.ts';
import { datesPath, type DateOrder } from './search-dates.ts';
import type { Lang } from '../schemas/common.ts';

/** One matching section of a page. */
export interface PagefindSubResult {
	title: string;
	url: string;
	/** HTML, escaped by Pagefind, with the terms in `<mark>`. */
	excerpt: string;
}

/** A result's loaded data. `meta` values are raw text: escape them. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text. */
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
	results: { id: string; score: number; data: () => Promise<PagefindResultData> }[];
	unfilteredResultCount: number;
	/** Counts per filter value among the results. */
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

/** Search options. ORCA uses no Pagefind sort: date order comes from `loadDateOrder`. */
export interface PagefindOptions {
	filters?: Record<string, unknown>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindOptions): Promise<PagefindSearch>;
	debouncedSearch(term: string | null, options?: PagefindOptions, ms?: number): Promise<PagefindSearch | null>;
	preload(term: string, options?: PagefindOptions): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind's ranking (Starlight's settings, measured by `npm run bench search`): an exact word
 * well above a longer one it begins (`termSimilarity`: "company 7" finds company 7 before 710),
 * little bonus for repeating a word (`termSaturation`) and little for short pages
 * (`termFrequency`, `pageLength`), so that the page about a company comes before pages naming it.
 * Not enough for a key that begins others ("Synthetic company 7" and 70–79): `forgivingSearch` puts
 * the exact key first. (A `key` metadata field with `metaWeights` was tried: no better on the bench,
 * and it let a provider "IPG" outrank the text for "IP".)
 */
export const PAGEFIND_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 };

/**
 * The options every page gives Pagefind (the benchmark uses them too). `noWorker`: searching a
 * few thousand pages takes milliseconds, and the main thread spares the first query the worker
 * script (12 KB gzipped) and its start-up, which keeps it under the 150 KB budget.
 */
export const PAGEFIND_OPTIONS = { highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, noWorker: true, ranking: PAGEFIND_RANKING };

/**
 * The Pagefind files every search needs before its index chunk, at stable URLs: the bundle and
 * the language's WebAssembly (58 KB, the largest of them). The search page asks for both in its
 * `<head>`, so that they download while the page and its script load instead of one after the
 * other (bundle → entry → WASM). The metadata file's name carries the index hash: it cannot be
 * named before the index exists.
 */
export function pagefindAssets(lang: Lang, base?: string): { bundle: string; wasm: string } {
	return { bundle: pathWithBase('pagefind/pagefind.js', base), wasm: pathWithBase(`pagefind/wasm.${lang}.pagefind`, base) };
}

let loading: Promise<Pagefind> | undefined;

/** The page's Pagefind instance, loaded on first use; its index is the one of `<html lang>`. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		// A runtime URL that Vite must not resolve: the bundle exists only after the build.
		const url = pathWithBase('pagefind/pagefind.js');
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options(PAGEFIND_OPTIONS);
		await pagefind.init();
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

let spelling: Promise<Speller | undefined> | undefined;

/** The page language's spelling vocabulary (`pagefind/vocabulary.<lang>.json`), loaded once; undefined if missing. */
export function loadSpeller(lang: string): Promise<Speller | undefined> {
	spelling ??= fetch(pathWithBase(`pagefind/${vocabularyPath(lang)}`))
		.then((response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : undefined))
		.then((vocabulary) => vocabulary && speller(vocabulary))
		.catch(() => undefined);
	return spelling;
}

let dating: Promise<DateOrder> | undefined;

/** The page language's date order (`pagefind/dates.<lang>.json`), loaded once, when a search is first sorted by date. */
export function loadDateOrder(lang: string): Promise<DateOrder> {
	dating ??= fetch(pathWithBase(`pagefind/${datesPath(lang)}`)).then((response) => {
		if (!response.ok) throw new Error(`${response.status} ${response.url}`);
		return response.json() as Promise<DateOrder>;
	});
	dating.catch(() => (dating = undefined));
	return dating;
}

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
