/**
 * The trend the home page draws at build time, from the figures' own aggregates (no counting of
 * its own): cases with a dated step per year and movement (eventsByYear), jobs per year announced and
 * observed (Figure 2's chart), and the main corridors,
 * the country pairs with the most cases (aggregateFlows over flowCases). Pure.
 */
import type { DataCorpus } from './data-corpus.ts';
import type { Lang } from '../schemas/common.ts';
import type { ChartSpec } from './charts/layout.ts';
import { yearRange } from './charts/layout.ts';
import { eventsByYear, flowCases } from './charts/aggregates.ts';
import { aggregateFlows, type Flow } from './charts/flows.ts';
import { MOVEMENTS } from '../schemas/vocabulary.ts';
import { countryName, label, LOCALES, t } from '../i18n/index.ts';
import { jobsChart } from './figures.ts';

export interface HomeTrend {
	/** Cases per year and movement (a case counts in each year one of its steps is dated). */
	years: ChartSpec;
	/** Jobs per year and movement, announced and observed in two panels (Figure 2), when any is known. */
	jobs?: ChartSpec;
	/** The `corridors` country pairs with the most cases, movements stacked. */
	corridors: ChartSpec;
	first?: number;
	last?: number;
}

/** The two charts of the home page in `lang`. */
export function homeTrend(lang: Lang, corpus: DataCorpus, corridors = 8): HomeTrend {
	const series = MOVEMENTS.map((m) => ({ key: m, label: label(lang, 'movement', m), color: `var(--${m})` }));
	const byYear = eventsByYear(corpus).rows;
	const years = byYear.map((r) => r.year);
	// One flow per country pair, its movements stacked in one bar; flows come largest first.
	const top = aggregateFlows(flowCases(corpus)).flows.slice(0, corridors);
	const name = (f: Flow) => `${countryName(lang, f.from)} → ${countryName(lang, f.to)}`;
	const jobs = jobsChart(lang, corpus);
	return {
		...(jobs.any ? { jobs: jobs.spec } : {}),
		years: {
			kind: 'columns',
			panels: [
				{ categories: yearRange(years), cells: byYear.map((r) => ({ category: String(r.year), series: r.movement, value: r.cases })) },
			],
			series,
			locale: LOCALES[lang],
			valueLabel: t(lang, 'home.trend.unit'),
		},
		corridors: {
			kind: 'bars',
			panels: [
				{
					categories: top.map(name),
					cells: top.flatMap((f) =>
						MOVEMENTS.filter((m) => f.movements[m] > 0).map((m) => ({ category: name(f), series: m, value: f.movements[m] })),
					),
				},
			],
			series,
			locale: LOCALES[lang],
			valueLabel: t(lang, 'home.trend.unit'),
		},
		...(years.length ? { first: Math.min(...years), last: Math.max(...years) } : {}),
	};
}
