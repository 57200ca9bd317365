/** The case table's view state in the URL (`?movement=reshoring&sort=year&dir=desc`), and row sorting. */
import { collator } from '../i18n/intl.ts';
import { readFacet, writeFacet } from './facets.ts';

/** The facets a reader can filter the case list by (one value each; see facets.ts). */
export const FILTERS = ['movement', 'country', 'sector', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface TableState {
	/** Selected value per filter name. */
	filters: Record<string, string>;
	/** Column key the rows are sorted by; undefined keeps the default order (newest first). */
	sort: string | undefined;
	dir: 'asc' | 'desc';
}

/** Reads the state from query parameters, ignoring unknown ones. */
export function readTableState(params: URLSearchParams): TableState {
	const filters: Record<string, string> = {};
	for (const name of FILTERS) {
		const [value] = readFacet(params, name);
		if (value) filters[name] = value;
	}
	return { filters, sort: params.get('sort') ?? undefined, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' };
}

/** Writes the state as query parameters, in a fixed order, leaving out defaults. */
export function writeTableState(state: TableState): URLSearchParams {
	const params = new URLSearchParams();
	for (const name of FILTERS) writeFacet(params, name, state.filters[name] || undefined);
	if (state.sort) {
		params.set('sort', state.sort);
		if (state.dir === 'desc') params.set('dir', 'desc');
	}
	return params;
}

/** Elements that carry `data-sort-<key>` attributes. */
interface Sortable {
	dataset: Record<string, string | undefined>;
}

/** Rows sorted by `data-sort-<key>`; empty values always last; ties keep their order. */
export function sortRows<T extends Sortable>(rows: T[], key: string, numeric: boolean, dir: 'asc' | 'desc', lang: string): T[] {
	const prop = `sort${key[0]!.toUpperCase()}${key.slice(1)}`;
	const text = collator(lang, { sensitivity: 'base', numeric: true });
	const sign = dir === 'asc' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index, value: row.dataset[prop] ?? '' }))
		.sort((a, b) => {
			if (!a.value !== !b.value) return a.value ? -1 : 1;
			const order = numeric ? Number(a.value) - Number(b.value) : text.compare(a.value, b.value);
			return sign * order || a.index - b.index;
		})
		.map((x) => x.row);
}
