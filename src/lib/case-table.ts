/**
 * The case list as rows and filters: pure data shaping for `CaseTable.astro`, plus the CSS that
 * filters the table without JavaScript (`:has()` on the selected options).
 */
import type { Lang } from '../schemas/common.ts';
import type { CaseData } from '../schemas/case.ts';
import { countryName, label, t } from '../i18n/index.ts';
import { yearOf } from './dates.ts';
import { caseJobFigure, jobFigureText } from './job-figures.ts';
import { FILTERS, type FilterName } from './case-table-state.ts';
import { compareYears, UNDATED_YEAR } from './facets.ts';

export { FILTERS };

/** One row of the case table, with display text and sort keys. */
export interface CaseRow {
	id: string;
	title: string;
	company: string;
	movement: string;
	movementLabel: string;
	from: string;
	to: string;
	sector: string;
	sectorLabel: string;
	year: number | undefined;
	/** The year as shown: the year, or "undated" / "sans date". */
	yearText: string;
	/** Every job figure with its measure, kind and year (`400 créés, annoncés, 2009`), as listed in the case; empty when none. */
	jobs: string[];
	/**
	 * The case's comparable figure, for sorting (`caseJobFigure`: latest observed figure of jobs
	 * moved, created or cut, else latest announced; never a head count); undefined when there is none.
	 */
	jobsSort: number | undefined;
	/** Values per filter; `country` holds both ends. */
	filters: Record<FilterName, string[]>;
}

/** Shapes a case into a table row in `lang`. */
export function caseRow(lang: Lang, id: string, title: string, d: CaseData): CaseRow {
	const place = (locations: CaseData['from']) =>
		locations.length ? [...new Set(locations.map((l) => countryName(lang, l.country)))].join(', ') : '—';
	const countries = [...new Set([...d.from, ...d.to].map((l) => l.country))];
	const year = d.date ? yearOf(d.date) : undefined;
	return {
		id,
		title,
		company: d.company,
		movement: d.movement,
		movementLabel: label(lang, 'movement', d.movement),
		from: place(d.from),
		to: place(d.to),
		sector: d.sector,
		sectorLabel: label(lang, 'sector', d.sector),
		year,
		yearText: year === undefined ? t(lang, 'date.undated') : String(year),
		jobs: d.jobs.map((j) => jobFigureText(lang, j, { yearOnly: true })),
		jobsSort: caseJobFigure(d.jobs)?.count,
		filters: {
			movement: [d.movement],
			country: countries,
			sector: [d.sector],
			year: [year === undefined ? UNDATED_YEAR : String(year)],
		},
	};
}

/** A filter's choices with how many rows each selects, sorted for display (years newest first, "undated" last). */
export function filterOptions(lang: Lang, rows: CaseRow[], name: FilterName): { value: string; label: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const row of rows) for (const value of row.filters[name]) counts.set(value, (counts.get(value) ?? 0) + 1);
	const text = (value: string) =>
		name === 'movement'
			? label(lang, 'movement', value)
			: name === 'sector'
				? label(lang, 'sector', value)
				: name === 'country'
					? countryName(lang, value)
					: value === UNDATED_YEAR
						? t(lang, 'date.undated')
						: value;
	return [...counts]
		.map(([value, count]) => ({ value, label: text(value), count }))
		.sort((a, b) => (name === 'year' ? compareYears(a.value, b.value) : a.label.localeCompare(b.label, lang)));
}

/** CSS that hides the rows a selected option excludes: filtering that works with JavaScript off. */
export function filterCss(rows: CaseRow[], scope = '.case-list'): string {
	const rules: string[] = [];
	for (const name of FILTERS) {
		const values = [...new Set(rows.flatMap((r) => r.filters[name]))].sort();
		for (const value of values)
			rules.push(`${scope}:has(select[name="${name}"] option[value="${value}"]:checked) tbody tr:not([data-${name}~="${value}"])`);
	}
	return rules.length ? `${rules.join(',\n')} { display: none; }` : '';
}
