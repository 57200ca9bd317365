/**
 * `<orca-searchbox>`: the header search box (SearchBox.astro renders its form and a JSON island of
 * strings): quick results in a listbox as you type, the `/` key to focus it, "see all results".
 */
import { loadPagefind, loadSpeller } from '../../lib/pagefind-client.ts';
import { forgivingSearch } from '../../lib/search-forgiving.ts';
import { nextOption } from '../../lib/search-state.ts';
import { popupLeft } from '../../lib/popup-position.ts';
import { resultMetaLine, searchPageLinks } from '../../lib/search-results.ts';
import { fill } from '../../lib/fill.ts';

interface Config {
	all: string;
	none: string;
	corrected: string;
	lang: string;
	kinds: Record<string, string>;
}

const QUICK_RESULTS = 5;

/** The header search box: a combobox whose listbox shows quick results and "see all results". */
class OrcaSearchBox extends HTMLElement {
	#config!: Config;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#active = -1;

	connectedCallback() {
		this.#config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
		const input = this.#input;
		input.addEventListener('focus', () => void Promise.all([loadPagefind(), loadSpeller(this.#config.lang)]).catch(() => {}), {
			once: true,
		});
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#search(), 200);
		});
		input.addEventListener('keydown', (event) => this.#onKey(event));
		this.addEventListener('focusout', (event) => {
			if (!this.contains(event.relatedTarget as Node | null)) this.#close();
		});
		addEventListener('resize', () => this.#list.hidden || this.#place());
		this.#list.addEventListener('mousedown', (event) => event.preventDefault());
		this.#list.addEventListener('click', (event) => {
			const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
			if (option) location.href = option.dataset.href!;
		});
		document.addEventListener('keydown', (event) => {
			if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
			const target = event.target as HTMLElement;
			if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
			event.preventDefault();
			input.focus();
			input.select();
		});
	}

	get #input() {
		return this.querySelector<HTMLInputElement>('input')!;
	}
	get #list() {
		return this.querySelector<HTMLUListElement>('[role="listbox"]')!;
	}
	get #options() {
		return [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
	}

	#onKey(event: KeyboardEvent) {
		const open = !this.#list.hidden;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (!open) return void this.#search();
			this.#activate(nextOption(this.#active, this.#options.length, event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Enter' && open && this.#active >= 0) {
			event.preventDefault();
			location.href = this.#options[this.#active]!.dataset.href!;
		} else if (event.key === 'Escape') {
			if (open) {
				event.preventDefault();
				this.#close();
			} else if (this.#input.value) {
				event.preventDefault();
				this.#input.value = '';
			}
		}
	}

	async #search() {
		const run = ++this.#run;
		const q = this.#input.value.trim();
		if (!q) return this.#close();
		let pagefind, spell;
		try {
			[pagefind, spell] = await Promise.all([loadPagefind(), loadSpeller(this.#config.lang)]);
		} catch {
			return; // The form still leads to the search page, which explains.
		}
		const found = await forgivingSearch(pagefind, q, {}, spell, this.#config.lang);
		const results = await Promise.all(found.results.slice(0, QUICK_RESULTS).map((r) => r.data()));
		if (run !== this.#run) return;
		const links = searchPageLinks(this.querySelector('form')!.action, q);
		const options = results.map((data, i) => {
			const li = this.#option(i, data.url);
			const title = document.createElement('span');
			title.className = 'site-search-title';
			title.textContent = data.meta.title ?? data.url;
			const meta = document.createElement('span');
			meta.className = 'meta-line';
			meta.textContent = resultMetaLine(data, this.#config.kinds);
			li.append(title, meta);
			return li;
		});
		const more = this.#option(results.length, links.all);
		more.className = 'site-search-all';
		more.textContent = fill(results.length ? this.#config.all : this.#config.none, { q: found.corrected ?? q });
		// A corrected query says so first; choosing that line searches the words as typed.
		const note: HTMLLIElement[] = [];
		if (found.corrected) {
			const li = this.#option(results.length + 1, links.literal);
			li.className = 'site-search-corrected';
			li.textContent = fill(this.#config.corrected, { corrected: found.corrected, q });
			note.push(li);
		}
		this.#list.replaceChildren(...note, ...options, more);
		this.#list.hidden = false;
		this.#place();
		this.#input.setAttribute('aria-expanded', 'true');
		this.#activate(-1);
	}

	/** Keeps the open list inside the viewport: under the box, its right edge on the box's if there is room. */
	#place() {
		const list = this.#list;
		const form = this.querySelector('form')!.getBoundingClientRect();
		const left = popupLeft(form.right, list.offsetWidth, document.documentElement.clientWidth);
		list.style.left = `${left - form.left}px`;
	}

	#option(index: number, href: string): HTMLLIElement {
		const li = document.createElement('li');
		li.id = `site-search-option-${index}`;
		li.setAttribute('role', 'option');
		li.setAttribute('aria-selected', 'false');
		li.dataset.href = href;
		return li;
	}

	#activate(index: number) {
		this.#active = index;
		this.#options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
		const active = this.#options[index];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else this.#input.removeAttribute('aria-activedescendant');
	}

	#close() {
		this.#run++;
		this.#list.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
		this.#activate(-1);
	}
}
customElements.define('orca-searchbox', OrcaSearchBox);
