/**
 * `<orca-search>`: the search page (SearchPanel.astro renders its markup and a JSON island of
 * labels). Keeps the query box, the filters, the sort, the URL and the results in step.
 */
import {
	loadDateOrder,
	loadPagefind,
	loadSpeller,
	type Pagefind,
	type PagefindResultData,
	type PagefindSearch,
} from '../../lib/pagefind-client.ts';
import { sortByDate, type DateOrder } from '../../lib/search-dates.ts';
import { forgivingSearch, type ForgivingSearch } from '../../lib/search-forgiving.ts';
import type { Speller } from '../../lib/search-vocabulary.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search-meta.ts';
import type { FilterLabels } from '../../lib/search-labels.ts';
import {
	countValues,
	dateDirection,
	defaultSort,
	filterOptions,
	groupsToRecount,
	pagefindOptions,
	readSearchState,
	writeSearchState,
	type SearchSort,
	type SearchState,
} from '../../lib/search-state.ts';
import { correctionHtml, countText, optionCount, resultHtml } from '../../lib/search-results.ts';

interface Config {
	lang: string;
	labels: FilterLabels;
	strings: Record<'none' | 'some' | 'sections' | 'corrected' | 'instead' | 'partial' | 'partialAfter', string>;
}

const PAGE_SIZE = 10;

/** The search page: keeps the controls, the URL and the results in step. */
class OrcaSearch extends HTMLElement {
	#config!: Config;
	#state!: SearchState;
	#pagefind: Pagefind | undefined;
	#search: ForgivingSearch | undefined;
	#spell: Speller | undefined;
	/** Each filter group's values and the ids of their pages, for counting the results shown. */
	#pagesByValue: Map<SearchFilter, Map<string, Set<string>>> | undefined;
	#pagesByValueLoading: Promise<unknown> | undefined;
	#filtersLoading: Promise<Record<string, Record<string, number>>> | undefined;
	#shown = 0;
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.hidden = false;
		this.#config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);

		this.#state = readSearchState(new URLSearchParams(location.search));
		this.#syncControls();
		// On a phone the filters fold away under their heading (unless some are set), so that results come first.
		if (matchMedia('(max-width: 50rem)').matches && groupsToRecount(this.#state).length === 0) this.querySelector('details')!.open = false;
		this.toggleAttribute('data-ready', true);
		// Pagefind splits the query with Intl.Segmenter, whose first use loads the language's
		// break rules (tens of ms on a slow phone): done in a task of its own while Pagefind downloads.
		setTimeout(() => [...new Intl.Segmenter(this.#config.lang, { granularity: 'grapheme' }).segment('é')]);

		const input = this.#input;
		input.addEventListener('input', () => {
			const wasDefault = this.#state.sort === defaultSort(this.#state.q);
			this.#state.q = input.value;
			delete this.#state.literal;
			if (wasDefault) this.#state.sort = defaultSort(input.value);
			this.#sortSelect.value = this.#state.sort;
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#update('replace'), 250);
		});
		this.querySelector('.search-form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#timer);
			this.#update('push');
		});
		// "Search instead for …": the words as typed, without correction.
		this.querySelector('[data-correction]')!.addEventListener('click', (event) => {
			if (!(event.target as Element).closest('a')) return;
			event.preventDefault();
			this.#state.literal = true;
			this.#update('push');
		});
		const filters = this.querySelector<HTMLFormElement>('.search-filters')!;
		filters.addEventListener('change', () => {
			for (const name of SEARCH_FILTERS) {
				const values = [...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
				if (values.length) this.#state.filters[name] = values.sort();
				else delete this.#state.filters[name];
			}
			this.#update('push');
		});
		filters.addEventListener('reset', (event) => {
			event.preventDefault();
			this.#state.filters = {};
			this.#syncControls();
			this.#update('push');
		});
		this.#sortSelect.addEventListener('change', () => {
			this.#state.sort = this.#sortSelect.value as SearchSort;
			this.#update('push');
		});
		this.querySelector('[data-more]')!.addEventListener('click', () => this.#showMore());
		addEventListener('popstate', () => {
			this.#state = readSearchState(new URLSearchParams(location.search));
			this.#syncControls();
			this.#update('none');
		});
		this.#update('none');
	}

	get #input() {
		return this.querySelector<HTMLInputElement>('#search-q')!;
	}
	get #sortSelect() {
		return this.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	}

	/** Puts the state into the query box, the sort menu and the checkboxes. */
	#syncControls() {
		this.#input.value = this.#state.q;
		this.#sortSelect.value = this.#state.sort;
		const relevance = this.#sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]')!;
		relevance.disabled = !this.#state.q.trim();
		for (const box of this.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]'))
			box.checked = this.#state.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
	}

	/** Writes the URL, runs the search with its counts, and renders. */
	async #update(history: 'push' | 'replace' | 'none') {
		const run = ++this.#run;
		if (history !== 'none') {
			const query = writeSearchState(this.#state).toString();
			const url = `${location.pathname}${query ? `?${query}` : ''}`;
			if (url !== `${location.pathname}${location.search}`)
				window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		}
		this.#sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]')!.disabled = !this.#state.q.trim();
		// Filter values are language-neutral: the language switch keeps the search.
		const languageSwitch = document.querySelector<HTMLAnchorElement>('a.lang-switch');
		if (languageSwitch) languageSwitch.search = location.search;
		const count = this.querySelector<HTMLElement>('[data-count]')!;
		this.setAttribute('aria-busy', 'true');
		// Date order: the language's pages in date order, loaded beside Pagefind the first time it is chosen.
		const direction = dateDirection(this.#state.sort);
		let order: DateOrder | undefined;
		try {
			[this.#pagefind, this.#spell, order] = await Promise.all([
				this.#pagefind ?? loadPagefind(),
				loadSpeller(this.#config.lang),
				direction ? loadDateOrder(this.#config.lang) : undefined,
			]);
		} catch {
			this.querySelector<HTMLElement>('[data-error]')!.hidden = false;
			this.removeAttribute('aria-busy');
			return;
		}
		const pagefind = this.#pagefind;
		// The filter counts need every filter chunk (one per group, ~11 KB each at 5,000 cases), loaded
		// once, beside the first search: results show first, counts follow.
		this.#filtersLoading ??= pagefind.filters();
		this.#filtersLoading.catch(() => undefined); // handled where the counts are made
		const state = structuredClone(this.#state);
		const spell = this.#spell;
		const search = (without?: SearchFilter) =>
			forgivingSearch(pagefind, state.q, pagefindOptions(state, without), spell, this.#config.lang, state.literal);
		let found = await search();
		// By date, the pages containing every word are ordered by their day; partial matches still follow them.
		if (order && direction)
			found = {
				...found,
				results: [...sortByDate(found.results.slice(0, found.complete), order, direction), ...found.results.slice(found.complete)],
			};
		if (run !== this.#run) return;
		this.#search = found;
		this.#renderNotes(state, found);
		this.#shown = 0;
		this.querySelector('[data-results]')!.replaceChildren();
		await this.#showMore(false);
		if (run !== this.#run) return;
		// A group with a selection counts the results without it, so that its other values keep their counts.
		const recount = groupsToRecount(state);
		const recounts = await Promise.all(recount.map((group) => search(group)));
		// Each value's pages are found in memory once the results are shown, so that the counts are
		// those of the results, partial matches included.
		this.#pagesByValueLoading ??= this.#loadPagesByValue(pagefind, this.#filtersLoading).catch(() => {
			// Counts stay empty; the next search tries again.
			this.#pagesByValueLoading = this.#filtersLoading = undefined;
		});
		await this.#pagesByValueLoading;
		if (run !== this.#run) return;
		const counts: Record<string, Record<string, number>> = {};
		for (const group of SEARCH_FILTERS) {
			const shown = recounts[recount.indexOf(group)] ?? found;
			counts[group] = countValues(
				shown.results.map((r) => r.id),
				this.#pagesByValue?.get(group) ?? new Map(),
			);
		}
		this.#renderFilters(state, counts);
		count.textContent = countText(this.#config.strings, found.results.length, this.#config.lang);
		this.removeAttribute('aria-busy');
	}

	/** Each filter value's pages, by a search without a term for each value of `filters` (in memory: every filter chunk is loaded). */
	async #loadPagesByValue(pagefind: Pagefind, filters: Promise<Record<string, Record<string, number>>>) {
		const totals = await filters;
		const byGroup = new Map<SearchFilter, Map<string, Set<string>>>();
		for (const group of SEARCH_FILTERS) {
			const values = new Map<string, Set<string>>();
			for (const value of Object.keys(totals[group] ?? {})) {
				const { results } = await pagefind.search(null, { filters: { [group]: value } });
				values.set(value, new Set(results.map((r) => r.id)));
			}
			byGroup.set(group, values);
		}
		this.#pagesByValue = byGroup;
	}

	/** The lines above the results: the corrected query, and whether some results lack words. */
	#renderNotes(state: SearchState, found: ForgivingSearch) {
		const { strings } = this.#config;
		const correction = this.querySelector<HTMLElement>('[data-correction]')!;
		correction.hidden = !found.corrected;
		if (found.corrected) {
			const instead = new URL(location.href);
			instead.search = writeSearchState({ ...state, literal: true }).toString();
			correction.innerHTML = correctionHtml(strings, found.corrected, state.q, instead.pathname + instead.search);
		}
		const partial = this.querySelector<HTMLElement>('[data-partial]')!;
		partial.hidden = found.complete === found.results.length;
		partial.textContent = found.complete === 0 ? strings.partial : strings.partialAfter;
	}

	/** Rebuilds a group's checkboxes only when its values change, so focus stays put. */
	#renderFilters(state: SearchState, counts: PagefindSearch['filters']) {
		const { labels, lang } = this.#config;
		for (const name of SEARCH_FILTERS) {
			const fieldset = this.querySelector<HTMLFieldSetElement>(`fieldset[data-group="${name}"]`)!;
			const options = filterOptions(name, counts[name] ?? {}, state.filters[name] ?? [], (v) => labels[name]?.[v] ?? v, lang);
			fieldset.hidden = options.length === 0;
			const box = fieldset.querySelector<HTMLElement>('.search-options')!;
			const current = [...box.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
			if (current.join('\n') !== options.map((o) => o.value).join('\n')) {
				box.replaceChildren(
					...options.map((o) => {
						const label = document.createElement('label');
						const input = document.createElement('input');
						input.type = 'checkbox';
						input.name = name;
						input.value = o.value;
						const text = document.createElement('span');
						const count = document.createElement('span');
						count.className = 'search-option-count';
						label.append(input, text, ' ', count);
						return label;
					}),
				);
			}
			options.forEach((o, i) => {
				const label = box.children[i] as HTMLLabelElement;
				const [input, text, , count] = label.childNodes as unknown as [HTMLInputElement, HTMLSpanElement, Text, HTMLSpanElement];
				input.checked = o.checked;
				text.textContent = o.label;
				count.textContent = optionCount(o.count, lang);
				label.classList.toggle('is-empty', o.count === 0 && !o.checked);
			});
		}
	}

	/** Loads and appends the next page of results; moves focus to the first new one when asked. */
	async #showMore(focus = true) {
		const search = this.#search;
		if (!search) return;
		const run = this.#run;
		const { results, complete } = search;
		const start = this.#shown;
		const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
		if (run !== this.#run) return;
		this.#shown = start + page.length;
		const list = this.querySelector('[data-results]')!;
		const items = page.map((data, i) => this.#result(data, start + i >= complete));
		list.append(...items);
		this.querySelector<HTMLElement>('[data-more]')!.hidden = this.#shown >= results.length;
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	/** One result: title link, kind and date, excerpt, and up to three matching sections. */
	#result(data: PagefindResultData, partial: boolean): HTMLLIElement {
		const li = document.createElement('li');
		li.className = partial ? 'search-result is-partial' : 'search-result';
		li.innerHTML = resultHtml(data, this.#config.labels.kind, this.#config.strings.sections);
		return li;
	}
}
customElements.define('orca-search', OrcaSearch);
