/**
 * `<orca-chart>`: draws a numbered chart with D3 (ChartFigure.astro renders its caption, summary,
 * data table and tools; the spec comes from the page's figures data file), redrawn on resize.
 * Layout, ticks and tooltips are computed apart from the DOM (lib/charts/layout.ts).
 */
import { axisBottom, axisLeft, select, symbol, symbolsFill, type Selection } from 'd3';
import { categoryTicks, layoutChart, markTitle, valueTicks, type ChartLayout, type ChartSpec } from '../../lib/charts/layout.ts';
import { numberFormat } from '../../i18n/intl.ts';
import { figurePayload, onResize, resolveColor, wireTools } from './figure-tools.ts';

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Draws the axes and panel titles of every panel. */
const axes = (layout: ChartLayout, spec: ChartSpec) => (svg: Svg) => {
	const numbers = numberFormat(spec.locale);
	for (const panel of layout.panels) {
		const g = svg.append('g').attr('class', 'axes');
		if (panel.label)
			g.append('text')
				.attr('class', 'panel-title')
				.attr('x', layout.margin.left)
				.attr('y', panel.top - 8)
				.text(panel.label);
		if (spec.kind !== 'bars') {
			g.append('g')
				.attr('transform', `translate(${layout.margin.left},${panel.top + panel.height})`)
				.call(axisBottom(panel.band).tickValues(categoryTicks(panel.band.domain(), layout.every)).tickSizeOuter(0));
			g.append('g')
				.attr('transform', `translate(${layout.margin.left},${panel.top})`)
				.call(
					axisLeft(panel.value)
						.tickValues(valueTicks(panel.value))
						.tickFormat((v) => numbers.format(Number(v))),
				);
		} else {
			g.append('g')
				.attr('transform', `translate(${layout.margin.left},${panel.top})`)
				.call(axisLeft(panel.band).tickSizeOuter(0))
				.call(truncate(layout.margin.left - 12));
			g.append('g')
				.attr('transform', `translate(${layout.margin.left},${panel.top + panel.height})`)
				.call(
					axisBottom(panel.value)
						.tickValues(valueTicks(panel.value))
						.tickFormat((v) => numbers.format(Number(v))),
				);
		}
	}
};

/** Shortens category labels that do not fit in `room` pixels; the full label stays as a tooltip. */
const truncate = (room: number) => (axis: Selection<SVGGElement, unknown, null, undefined>) => {
	axis.selectAll<SVGTextElement, string>('text').each(function (label) {
		if (this.getComputedTextLength() <= room) return;
		let text = label;
		while (text.length > 1 && this.getComputedTextLength() > room) {
			text = text.slice(0, -1);
			this.textContent = `${text}…`;
		}
		select(this).append('title').text(label);
	});
};

/** A point's shape: one per series (circle, cross, diamond…), so that series differ by more than colour. */
const pointSymbol = (spec: ChartSpec, series: string, size: number) =>
	symbol(
		symbolsFill[
			Math.max(
				0,
				spec.series.findIndex((s) => s.key === series),
			) % symbolsFill.length
		]!,
		size,
	)()!;

/** Draws one dot per value (a bar with a dot at each end for a range), with its value as a native tooltip. */
const points = (layout: ChartLayout, spec: ChartSpec) => (svg: Svg) => {
	const seriesOf = new Map(spec.series.map((s) => [s.key, s]));
	const mark = svg
		.append('g')
		.attr('class', 'marks')
		.selectAll('g')
		.data(layout.panels.flatMap((p) => p.marks.map((m) => ({ ...m, panel: p.label }))))
		.join('g')
		.attr('class', 'mark')
		.attr('color', (d) => seriesOf.get(d.series)?.color ?? 'currentColor');
	mark
		.filter((d) => d.height > 0)
		.append('line')
		.attr('x1', (d) => d.x)
		.attr('x2', (d) => d.x)
		.attr('y1', (d) => d.y)
		.attr('y2', (d) => d.y + d.height)
		.attr('stroke', 'currentColor')
		.attr('stroke-width', 3)
		.attr('stroke-linecap', 'round');
	mark
		.selectAll('path')
		.data((d) => (d.height > 0 ? [d.y, d.y + d.height] : [d.y]).map((y) => ({ x: d.x, y, series: d.series, range: d.height > 0 })))
		.join('path')
		.attr('class', 'point')
		.attr('d', (p) => pointSymbol(spec, p.series, p.range ? 36 : 60))
		.attr('transform', (p) => `translate(${p.x},${p.y})`)
		.attr('fill', 'currentColor')
		.attr('stroke', 'var(--bg)')
		.attr('stroke-width', 1);
	mark.append('title').text((d) => markTitle(d, seriesOf.get(d.series)?.label, spec.locale));
};

/** Draws one rect per non-zero value (or one point per value), with its value as a native tooltip. */
const marks = (layout: ChartLayout, spec: ChartSpec) => (svg: Svg) => {
	if (spec.kind === 'points') return points(layout, spec)(svg);
	const seriesOf = new Map(spec.series.map((s) => [s.key, s]));
	svg
		.append('g')
		.attr('class', 'marks')
		.selectAll('rect')
		.data(layout.panels.flatMap((p) => p.marks.map((m) => ({ ...m, panel: p.label }))))
		.join('rect')
		.attr('class', 'mark')
		.attr('x', (d) => d.x)
		.attr('y', (d) => d.y)
		.attr('width', (d) => Math.max(1, d.width))
		.attr('height', (d) => Math.max(1, d.height))
		.attr('fill', (d) => seriesOf.get(d.series)?.color ?? 'currentColor')
		.append('title')
		.text((d) => markTitle(d, seriesOf.get(d.series)?.label, spec.locale));
};

/** A legend of the series, when there are several. */
const legend = (spec: ChartSpec) => (canvas: HTMLElement) => {
	if (spec.series.length < 2) return;
	const ul = document.createElement('ul');
	ul.className = 'chart-legend';
	for (const s of spec.series) {
		const li = document.createElement('li');
		const swatch = document.createElement('span');
		swatch.className = 'swatch';
		if (spec.kind === 'points') {
			swatch.classList.add('swatch-shape');
			select(swatch)
				.append('svg')
				.attr('viewBox', '-7 -7 14 14')
				.attr('aria-hidden', 'true')
				.append('path')
				.attr('d', pointSymbol(spec, s.key, 60))
				.attr('fill', s.color);
		} else swatch.style.background = s.color;
		li.append(swatch, s.label);
		ul.append(li);
	}
	canvas.append(ul);
};

class OrcaChart extends HTMLElement {
	#spec: ChartSpec | null = null;
	#width = 0;
	async connectedCallback() {
		const canvas = this.querySelector<HTMLElement>('[data-canvas]');
		const payload = await figurePayload<{ spec: ChartSpec | null; csv: string }>(this, canvas);
		if (!payload) return;
		const { spec, csv } = payload;
		this.#spec = spec;
		wireTools(this, {
			name: this.dataset.name!,
			svg: () => this.querySelector('svg.chart'),
			csv,
			legend: () =>
				spec && spec.series.length > 1 ? spec.series.map((s) => ({ label: s.label, color: resolveColor(this, s.color) })) : [],
		});
		if (!spec || !canvas) {
			this.querySelectorAll<HTMLButtonElement>('[data-download=svg],[data-download=png]').forEach((b) => (b.hidden = true));
			return;
		}
		onResize(canvas, () => this.#draw(canvas));
	}
	#draw(canvas: HTMLElement) {
		const width = Math.floor(canvas.clientWidth);
		if (!this.#spec || width === this.#width || width === 0) return;
		this.#width = width;
		const spec = this.#spec;
		const layout = layoutChart(spec, width);
		canvas.replaceChildren();
		legend(spec)(canvas);
		select(canvas)
			.append('svg')
			.attr('class', 'chart')
			.attr('width', layout.width)
			.attr('height', layout.height)
			.attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
			.attr('role', 'img')
			.attr('aria-labelledby', this.dataset.labelledBy!)
			.attr('aria-describedby', this.dataset.describedBy!)
			.call(axes(layout, spec))
			.call(marks(layout, spec));
	}
}
customElements.define('orca-chart', OrcaChart);
