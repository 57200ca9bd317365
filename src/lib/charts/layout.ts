/**
 * Layout of the bar and point charts, apart from the DOM: from a chart spec and a width, the scales
 * and the position of every mark. Columns are vertical bars over years; bars are horizontal, one per
 * row; series are stacked in their given order. Points are dots over years, never stacked nor
 * joined: each value is its own mark, set side by side when several series share a year, and a
 * range is a bar from its low to its high end.
 */
import { max, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import { numberFormat } from '../../i18n/intl.ts';

/** One value of a category (a year, a country) and a series (a movement). */
export interface ChartCell {
	category: string;
	series: string;
	value: number;
	/** The high end of a range (points only): the mark spans `value` to `high`. */
	high?: number;
}

export interface ChartPanel {
	/** Heading of the panel, when a chart has several. */
	label?: string;
	categories: string[];
	cells: ChartCell[];
}

/** What the page hands to the chart element (JSON). */
export interface ChartSpec {
	kind: 'columns' | 'bars' | 'points';
	panels: ChartPanel[];
	/** Series in stacking order, with a label and a CSS colour. */
	series: { key: string; label: string; color: string }[];
	/** Locale for numbers (`fr-FR`). */
	locale: string;
	/** What the values measure (axis title). */
	valueLabel: string;
}

export interface Mark extends ChartCell {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PanelLayout {
	label?: string;
	/** Top of the panel's plot area. */
	top: number;
	height: number;
	band: ScaleBand<string>;
	value: ScaleLinear<number, number>;
	marks: Mark[];
}

export interface ChartLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	panels: PanelLayout[];
	/** Show one category label in `every` (columns on narrow screens). */
	every: number;
}

const ROW = 26;
const PANEL_TITLE = 22;

/** Every position in the chart for a given width. */
export function layoutChart(spec: ChartSpec, width: number): ChartLayout {
	const narrow = width < 520;
	const longest =
		max(
			spec.panels.flatMap((p) => p.categories),
			(c) => c.length,
		) ?? 4;
	const overYears = spec.kind !== 'bars';
	const margin = overYears
		? { top: 8, right: 8, bottom: 28, left: 48 }
		: { top: 8, right: 16, bottom: 28, left: Math.min(Math.max(48, longest * 7 + 12), narrow ? width * 0.42 : 220) };
	const inner = Math.max(60, width - margin.left - margin.right);
	const order = new Map(spec.series.map((s, i) => [s.key, i]));
	let top = margin.top;
	const panels = spec.panels.map((panel) => {
		if (panel.label) top += PANEL_TITLE;
		const height =
			spec.kind === 'points'
				? narrow
					? 150
					: 190
				: spec.kind === 'columns'
					? narrow
						? 180
						: 240
					: Math.max(1, panel.categories.length) * ROW;
		const totals = new Map<string, number>();
		for (const c of panel.cells)
			totals.set(
				c.category,
				spec.kind === 'points' ? Math.max(totals.get(c.category) ?? 0, c.high ?? c.value) : (totals.get(c.category) ?? 0) + c.value,
			);
		const domainMax = Math.max(1, ...totals.values());
		const band = scaleBand<string>()
			.domain(panel.categories)
			.range(overYears ? [0, inner] : [0, height])
			.paddingInner(overYears ? 0.2 : 0.25)
			.paddingOuter(0.1);
		const value = scaleLinear()
			.domain([0, domainMax])
			.nice()
			.range(overYears ? [height, 0] : [0, inner]);
		const offsets = new Map<string, number>();
		const marks =
			spec.kind === 'points'
				? pointMarks(spec, panel, band, value, margin.left, top)
				: [...panel.cells]
						.filter((c) => c.value > 0)
						.sort((a, b) => (order.get(a.series) ?? 0) - (order.get(b.series) ?? 0))
						.map((c) => {
							const start = offsets.get(c.category) ?? 0;
							offsets.set(c.category, start + c.value);
							const from = value(start);
							const to = value(start + c.value);
							return spec.kind === 'columns'
								? { ...c, x: margin.left + band(c.category)!, width: band.bandwidth(), y: top + to, height: from - to }
								: { ...c, x: margin.left + from, width: to - from, y: top + band(c.category)!, height: band.bandwidth() };
						});
		const layout: PanelLayout = { ...(panel.label ? { label: panel.label } : {}), top, height, band, value, marks };
		top += height + margin.bottom + 8;
		return layout;
	});
	const categories = max(spec.panels, (p) => p.categories.length) ?? 1;
	const every = overYears ? Math.max(1, Math.ceil((categories * 38) / inner)) : 1;
	return { width, height: top, margin, panels, every };
}

/**
 * One mark per point: centred in its year, shifted sideways by its series' rank among the series
 * of that year so that no dot hides another; `y` and `height` span the range (0 tall for a value).
 */
function pointMarks(
	spec: ChartSpec,
	panel: ChartPanel,
	band: ScaleBand<string>,
	value: ScaleLinear<number, number>,
	left: number,
	top: number,
): Mark[] {
	const order = new Map(spec.series.map((s, i) => [s.key, i]));
	return panel.cells.map((c) => {
		const shared = [...new Set(panel.cells.filter((o) => o.category === c.category).map((o) => o.series))].sort(
			(a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
		);
		const step = Math.min(9, band.bandwidth() / Math.max(1, shared.length));
		const x = left + band(c.category)! + band.bandwidth() / 2 + (shared.indexOf(c.series) - (shared.length - 1) / 2) * step;
		const low = value(c.value);
		const high = value(c.high ?? c.value);
		return { ...c, x, width: 0, y: top + high, height: low - high };
	});
}

/** Consecutive years from the first to the last, as category labels (gaps shown as empty years). */
export function yearRange(years: readonly number[]): string[] {
	if (years.length === 0) return [];
	const first = Math.min(...years);
	const last = Math.max(...years);
	return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/**
 * The value axis's ticks: whole numbers only, about one per 70 px of the axis, never more than the
 * axis's top value (an axis up to 3 shows 0, 1, 2, 3, not 0.5 steps).
 */
export function valueTicks(value: ScaleLinear<number, number>): number[] {
	const span = Math.abs(value.range()[1]! - value.range()[0]!);
	const count = Math.min(Math.max(2, Math.floor(span / 70)), Math.max(1, value.domain()[1]!));
	return value.ticks(count).filter((v) => Number.isInteger(v));
}

/** The category labels shown on a column chart's axis: one in `every`, counted back from the last (the latest year keeps its label). */
export function categoryTicks(categories: readonly string[], every: number): string[] {
	return categories.filter((_, i) => (categories.length - 1 - i) % every === 0);
}

/** A mark's tooltip: `Panel · 2009 · Reshoring: 1,234` (the value in `locale`; no panel part when the chart has one panel). */
export function markTitle(mark: ChartCell & { panel?: string }, seriesLabel: string | undefined, locale: string): string {
	const numbers = numberFormat(locale);
	const high = mark.high === undefined ? '' : `–${numbers.format(mark.high)}`;
	return `${mark.panel ? `${mark.panel} · ` : ''}${mark.category} · ${seriesLabel}: ${numbers.format(mark.value)}${high}`;
}
