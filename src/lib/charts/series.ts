/**
 * The series of the figures page that come from statistics entries (`series` of a context entry):
 * adviser pay by country and year, and the offshore share of French outsourcers' work. Every point
 * is kept as its source states it — nothing is converted, summed or averaged — and the chart
 * groups points only where they share a unit and a kind of measure.
 */
import type { DataCorpus } from '../data-corpus.ts';
import type { SeriesPoint } from '../../schemas/context.ts';
import { SERIES_MEASURES, SERIES_UNITS, type SeriesId } from '../../schemas/vocabulary.ts';
import { comparePartialDates, yearOf } from '../dates.ts';

/** A point with the statistics entry it comes from and the year it is drawn at. */
export interface SeriesRow extends SeriesPoint {
	/** Id of the context entry. */
	entry: string;
	year: number;
}

/** Pay measures drawn together: what the adviser is paid; an employer's cost is drawn apart. */
export const payPanelOf = (point: Pick<SeriesPoint, 'measure'>): 'pay' | 'cost' => (point.measure === 'employer-cost' ? 'cost' : 'pay');

/** The panel a point is drawn in: one per unit and, for pay, per kind (pay or employer cost). */
export function panelKey(id: SeriesId, point: Pick<SeriesPoint, 'measure' | 'unit'>): string {
	return id === 'adviser-pay' ? `${point.unit}|${payPanelOf(point)}` : point.unit;
}

/** The key of the point's colour: its country for pay, its measure for the offshore share. */
export const seriesKey = (id: SeriesId, point: Pick<SeriesPoint, 'measure' | 'country'>): string =>
	id === 'adviser-pay' ? point.country! : point.measure;

/**
 * Every point of a series, ordered by date, then by measure (the order of `SERIES_MEASURES`),
 * country, unit and value.
 */
export function seriesRows(corpus: Pick<DataCorpus, 'context'>, id: SeriesId): SeriesRow[] {
	const measures: readonly string[] = SERIES_MEASURES[id];
	return corpus.context
		.flatMap((entry) => entry.data.series.filter((p) => p.series === id).map((p) => ({ ...p, entry: entry.id, year: yearOf(p.date) })))
		.sort(
			(a, b) =>
				comparePartialDates(a.date, b.date) ||
				measures.indexOf(a.measure) - measures.indexOf(b.measure) ||
				(a.country ?? '').localeCompare(b.country ?? '') ||
				SERIES_UNITS.indexOf(a.unit) - SERIES_UNITS.indexOf(b.unit) ||
				a.value - b.value,
		);
}

/** What a series holds: its points counted by panel and by colour key, and its years. */
export interface SeriesTotals {
	points: number;
	/** Points per panel (`EUR|pay`, `percent`…), in panel order. */
	byPanel: Record<string, number>;
	/** Points per colour key (a country or a measure). */
	byKey: Record<string, number>;
	/** Distinct sources behind the points. */
	sources: number;
	first?: number;
	last?: number;
}

/** Panels in a fixed order: by unit (`SERIES_UNITS`), pay before employer cost. */
export function panelOrder(keys: Iterable<string>): string[] {
	const rank = (k: string) => {
		const [unit, kind] = k.split('|') as [string, string | undefined];
		return SERIES_UNITS.indexOf(unit as (typeof SERIES_UNITS)[number]) * 2 + (kind === 'cost' ? 1 : 0);
	};
	return [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
}

/** Counts of a series' rows, for the figure's summary and the tests. */
export function seriesTotals(id: SeriesId, rows: readonly SeriesRow[]): SeriesTotals {
	const byPanel: Record<string, number> = {};
	for (const key of panelOrder(rows.map((r) => panelKey(id, r)))) byPanel[key] = rows.filter((r) => panelKey(id, r) === key).length;
	const byKey: Record<string, number> = {};
	for (const r of rows) byKey[seriesKey(id, r)] = (byKey[seriesKey(id, r)] ?? 0) + 1;
	const years = rows.map((r) => r.year);
	return {
		points: rows.length,
		byPanel,
		byKey,
		sources: new Set(rows.flatMap((r) => r.sources)).size,
		...(rows.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : {}),
	};
}
