/**
 * `<case-table>`: enhances the server-rendered case table (CaseTable.astro; its filters work
 * without JavaScript): sortable columns, a live count, and the filters and sort in the URL.
 */
import { readTableState, sortRows, writeTableState, type TableState } from '../../lib/case-table-state.ts';
import { fill } from '../../lib/fill.ts';

/** Enhances the server-rendered case table: sorting, live count and filters in the URL. */
class CaseTable extends HTMLElement {
	#state: TableState = { filters: {}, sort: undefined, dir: 'asc' };

	connectedCallback() {
		const form = this.querySelector('form')!;
		this.#state = readTableState(new URLSearchParams(location.search));
		for (const select of form.querySelectorAll('select')) {
			const value = this.#state.filters[select.name];
			if (value && [...select.options].some((o) => o.value === value)) select.value = value;
		}
		form.addEventListener('change', () => this.#update());
		form.addEventListener('reset', () => setTimeout(() => this.#update()));
		for (const th of this.querySelectorAll<HTMLTableCellElement>('thead th')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort-button';
			button.textContent = th.textContent;
			button.addEventListener('click', () => {
				const key = th.dataset.key!;
				this.#state.dir = this.#state.sort === key && this.#state.dir === 'asc' ? 'desc' : 'asc';
				this.#state.sort = key;
				this.#update();
			});
			th.replaceChildren(button);
		}
		this.#update();
	}

	#update() {
		const form = this.querySelector('form')!;
		this.#state.filters = Object.fromEntries([...form.querySelectorAll('select')].filter((s) => s.value).map((s) => [s.name, s.value]));
		const tbody = this.querySelector('tbody')!;
		const rows = [...tbody.rows];
		const header = this.querySelector<HTMLTableCellElement>(`thead th[data-key="${this.#state.sort}"]`);
		if (this.#state.sort && header)
			tbody.append(...sortRows(rows, this.#state.sort, header.dataset.type === 'number', this.#state.dir, this.dataset.lang!));
		for (const th of this.querySelectorAll<HTMLTableCellElement>('thead th')) {
			if (th === header) th.setAttribute('aria-sort', this.#state.dir === 'asc' ? 'ascending' : 'descending');
			else th.removeAttribute('aria-sort');
		}
		const shown = rows.filter((r) => r.getClientRects().length > 0).length;
		const count = this.querySelector<HTMLElement>('[data-count]')!;
		count.hidden = false;
		count.textContent = fill(this.dataset.shown!, { shown, total: rows.length });
		const url = new URL(location.href);
		url.search = writeTableState(this.#state).toString();
		history.replaceState(null, '', url);
	}
}
customElements.define('case-table', CaseTable);
