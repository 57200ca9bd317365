/** The labels of search filter values in a language, for the search page's filter pane and results. */
import type { Lang } from '../schemas/common.ts';
import { MOVEMENTS, SECTORS } from '../schemas/vocabulary.ts';
import { countryName, label, t } from '../i18n/index.ts';
import { SEARCH_KINDS, type SearchFilter } from './search-meta.ts';
import { UNDATED_YEAR } from './facets.ts';

/** Label per value per filter group; years are their own label and are left out, but for `undated`. */
export type FilterLabels = Partial<Record<SearchFilter, Record<string, string>>>;

/** Labels for every kind, movement and sector, and for the given country codes. */
export function filterLabels(lang: Lang, countries: Iterable<string>): FilterLabels {
	const countryLabels = Object.fromEntries([...new Set(countries)].sort().map((c) => [c, countryName(lang, c)]));
	return {
		kind: Object.fromEntries(SEARCH_KINDS.map((k) => [k, t(lang, `search.kind.${k}`)])),
		movement: Object.fromEntries(MOVEMENTS.map((m) => [m, label(lang, 'movement', m)])),
		sector: Object.fromEntries(SECTORS.map((s) => [s, label(lang, 'sector', s)])),
		from: countryLabels,
		to: countryLabels,
		year: { [UNDATED_YEAR]: t(lang, 'date.undated') },
	};
}
