/**
 * The D3 timeline chart: lanes on a UTC time axis, zoom and pan (wheel, drag, pinch, buttons,
 * keyboard), an optional brushable overview, a tooltip and a keyboard model with one tab stop.
 * Layout maths come from src/lib/timeline/layout.ts; this file only draws and listens.
 */
import {
	brushX,
	scaleUtc,
	select,
	zoom,
	zoomIdentity,
	type D3BrushEvent,
	type D3ZoomEvent,
	type ScaleTime,
	type Selection,
	type ZoomBehavior,
	type ZoomTransform,
} from 'd3';
import type { TimelineEvent } from '../../lib/timeline/events.ts';
import type { Lane } from '../../lib/timeline/lanes.ts';
import {
	AXIS_H,
	eventSpan,
	fullDomain,
	LANE_H,
	laneY,
	layoutMarks,
	maxZoom,
	PAD,
	ROW_H,
	ROWS,
	stepIndex,
	tickLabels,
	type Mark,
} from '../../lib/timeline/layout.ts';
import { timeTicks } from '../../lib/timeline/ticks.ts';
import type { TimelineLabels } from '../../lib/timeline/labels.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { eventHref } from '../../lib/timeline/text.ts';
import { fill } from '../../lib/fill.ts';
import { journey } from '../../lib/places.ts';
import { numberFormat, semicolonList } from '../../i18n/intl.ts';
import { placeLabels, shortSubject, type PlacedLabel } from '../../lib/timeline/mark-labels.ts';
import { zoomGesture } from '../../lib/timeline/gestures.ts';

const OVERVIEW_LANE_H = 6;

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type G = Selection<SVGGElement, unknown, null, undefined>;

export interface ChartOptions {
	labels: TimelineLabels;
	/** Lanes to draw, in order (those of the whole data set, so filtering never moves them). */
	lanes: Lane[];
	/** The svg to draw in (it gets the one tab stop), the tooltip box, the live region, the overview svg if any. */
	svg: SVGSVGElement;
	tooltip: HTMLElement;
	/** A popover (`popover` attribute) that lists the events of a group sharing one date. */
	group: HTMLElement;
	live: HTMLElement;
	overview?: SVGSVGElement;
	/** A box that shows the selected event's details (opened by `?event=`). */
	details?: HTMLElement;
	/** A short hint shown over the chart when the wheel scrolls the page instead of zooming. */
	hint?: HTMLElement;
	/** Called after zoom or pan, and when the selected event changes. */
	onChange?: () => void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
/** Below this width (a phone) a mark is at least 24 px wide: a finger's target. */
const NARROW = 640;

const DAY_MS = 86_400_000;
/** The UTC day nearest to `d`, so that a period read back from the scale does not drift by rounding. */
const DAY = (d: Date) => new Date(Math.round(d.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

/** One timeline chart; `setEvents` then `render`. */
export class TimelineChart {
	readonly #o: ChartOptions;
	readonly #svg: Svg;
	readonly #plot: G;
	readonly #axis: G;
	readonly #ring: Selection<SVGRectElement, unknown, null, undefined>;
	readonly #zoom: ZoomBehavior<SVGSVGElement, unknown>;
	#events: TimelineEvent[] = [];
	#domain: [Date, Date] = fullDomain([]);
	#width = 0;
	#transform: ZoomTransform = zoomIdentity;
	#marks: Mark[] = [];
	#active = -1;
	#brush?: ReturnType<typeof brushX<unknown>>;
	#brushG?: G;
	#syncing = false;
	#hovered = false;
	#hintTimer = 0;
	/** Width of a label text, measured once per text with the chart's font. */
	readonly #measure: (text: string) => number;
	/** The animated zoom in flight, if any (see `settled()`). */
	#moving: Promise<void> | undefined;
	/** Duration of the last render, in ms (read by the benchmark). */
	lastRenderMs = 0;

	constructor(options: ChartOptions) {
		this.#o = options;
		this.#svg = select(options.svg);
		const height = options.lanes.length * LANE_H + AXIS_H;
		this.#svg.attr('height', height).call(drawLanes, options.lanes, options.labels);
		this.#axis = this.#svg
			.append('g')
			.attr('class', 'tl-axis')
			.attr('transform', `translate(0,${options.lanes.length * LANE_H})`);
		this.#plot = this.#svg.append('g').attr('class', 'tl-plot');
		this.#ring = this.#svg.append('rect').attr('class', 'tl-ring').attr('rx', 5).attr('hidden', '');
		this.#zoom = zoom<SVGSVGElement, unknown>()
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				this.#transform = event.transform;
				this.render();
				if (event.sourceEvent) {
					this.#hideTooltip();
					if (this.#o.group.matches(':popover-open')) this.#o.group.hidePopover();
				}
			})
			.on('end', () => this.#o.onChange?.())
			.filter(zoomGesture);
		this.#svg.call(this.#zoom).on('dblclick.zoom', null);
		// A wheel turned without Ctrl/⌘ scrolls the page (d3 leaves it alone); say how to zoom.
		this.#svg.on('wheel.hint', (event: WheelEvent) => {
			if (!zoomGesture(event)) this.#showHint();
		});
		this.#measure = textMeasure(options.svg);
		this.#svg
			.on('keydown', (event: KeyboardEvent) => this.#onKey(event))
			.on('focus', () => this.#onFocus())
			.on('blur', () => {
				this.#ring.attr('hidden', '');
				if (!this.#hovered) this.#hideTooltip();
			});
		if (options.overview) this.#setupOverview(options.overview);
	}

	/** The events to draw (already filtered), in time order. Keeps the selection when it is still there. */
	setEvents(events: TimelineEvent[], domain: [Date, Date] = fullDomain(events)): void {
		const selected = this.selected;
		this.#events = events;
		this.#domain = domain;
		this.#active = selected ? events.findIndex((e) => e.id === selected) : -1;
		this.#resize(true);
	}

	/** Id of the selected event, if any. */
	get selected(): string | undefined {
		return this.#events[this.#active]?.id;
	}

	/** The period shown, or undefined when it is the whole period. */
	get period(): { start: string; end: string } | undefined {
		if (this.#transform.k <= 1.0001 && Math.abs(this.#transform.x) < 0.5) return undefined;
		const [a, b] = this.#scale().domain();
		return { start: DAY(a!), end: DAY(b!) };
	}

	/** The drawn marks (for tests and counts). */
	get marks(): readonly Mark[] {
		return this.#marks;
	}

	/** Selects an event by id (without announcing it). */
	select(id: string | undefined): void {
		this.#active = id ? this.#events.findIndex((e) => e.id === id) : -1;
		this.#drawRing();
	}

	/** Selects an event, shows a few years around it and its details (a link with `?event=`). */
	reveal(id: string): void {
		this.select(id);
		const e = this.#events[this.#active];
		if (!e) return;
		const [a, b] = eventSpan(e);
		const half = Math.max((b - a) * 1.5, 2.5 * 365 * DAY_MS);
		const mid = (a + b) / 2;
		this.showPeriod(DAY(new Date(mid - half)), DAY(new Date(mid + half)));
		this.showDetails(e);
	}

	/** Fills the details box with an event: what, when, where, jobs, and a link to its page. */
	showDetails(e: TimelineEvent): void {
		const { details, labels } = this.#o;
		if (!details) return;
		const nodes = eventTip(e, labels).filter((n) => !(n instanceof HTMLElement && n.classList.contains('tl-tip-hint')));
		const href = eventHref(labels, e);
		if (href) {
			const p = document.createElement('p');
			p.append(Object.assign(document.createElement('a'), { href, textContent: labels.strings.openPage }));
			nodes.push(p);
		}
		const close = Object.assign(document.createElement('button'), { type: 'button', className: 'tl-details-close', textContent: '×' });
		close.setAttribute('aria-label', labels.strings.close);
		close.addEventListener('click', () => {
			details.hidden = true;
		});
		details.replaceChildren(close, ...nodes);
		details.hidden = false;
	}

	#showHint(): void {
		const { hint } = this.#o;
		if (!hint) return;
		hint.hidden = false;
		clearTimeout(this.#hintTimer);
		this.#hintTimer = window.setTimeout(() => {
			hint.hidden = true;
		}, 1500);
	}

	/** Shows the period from `start` to `end` (UTC days). */
	showPeriod(start: string, end: string): void {
		const base = this.#baseScale();
		const x0 = base(new Date(`${start}T00:00:00Z`));
		const x1 = base(new Date(`${end}T00:00:00Z`));
		if (!(x1 > x0)) return;
		// The base scale maps the whole period onto [PAD, width - PAD]; map [start, end] onto it too.
		const k = (this.#width - 2 * PAD) / (x1 - x0);
		this.#svg.call(this.#zoom.transform, zoomIdentity.translate(PAD - k * x0, 0).scale(k));
	}

	/** Zooms by `factor` around the selected event (or the centre); animated unless motion is reduced. */
	zoomBy(factor: number): void {
		const e = this.#events[this.#active];
		const x = this.#scale();
		const centre = e && this.#inView(e) ? (x(eventSpan(e)[0]) + x(eventSpan(e)[1])) / 2 : this.#width / 2;
		this.#apply((s) => s.call(this.#zoom.scaleBy, factor, [centre, 0]));
	}

	/** Back to the whole period. */
	reset(): void {
		this.#apply((s) => s.call(this.#zoom.transform, zoomIdentity));
	}

	/** Redraws axis, marks, ring and overview for the current zoom. */
	render(): void {
		const t0 = performance.now();
		const x = this.#scale();
		const { labels, lanes } = this.#o;
		const ticks = timeTicks(x.domain() as [Date, Date], this.#width);
		this.#axis.call(drawAxis, ticks, tickLabels(labels.locale, ticks), x, this.#width, lanes.length * LANE_H);
		// Lay out only what is on screen or within one screen of it: deep zooms stay cheap.
		const [d0, d1] = x.domain().map((d) => d.getTime()) as [number, number];
		const margin = d1 - d0;
		const near =
			this.#transform.k < 1.5
				? this.#events
				: this.#events.filter((e) => {
						const [a, b] = eventSpan(e);
						return b >= d0 - margin && a <= d1 + margin;
					});
		const minWidth = this.#width < NARROW ? 24 : 12;
		this.#marks = layoutMarks(near, (ms) => x(ms), { rows: ROWS, clusterWidth: Math.max(30, minWidth + 6), minWidth });
		const visible = this.#marks.filter((m) => m.x1 >= 0 && m.x0 <= this.#width);
		const l = lang(labels);
		const placed = placeLabels(
			visible.map((m) => ({ ...m, text: m.events.length === 1 ? markName(m.events[0]!, l) : '' })),
			{ width: this.#width, measure: this.#measure },
		);
		this.#plot.call(drawMarks, visible, lanes, this, this.#width, new Map(placed.map((p) => [p.key, p])));
		const selected = this.#events[this.#active];
		this.#plot.selectAll<SVGGElement, Mark>('.tl-mark').classed('is-selected', (m) => Boolean(selected && m.events.includes(selected)));
		this.#drawRing();
		this.#syncBrush();
		this.lastRenderMs = performance.now() - t0;
	}

	/** Shows the tooltip for a mark (hover) or an event (keyboard). */
	showTooltip(mark: Mark, event?: TimelineEvent): void {
		const { tooltip } = this.#o;
		tooltip.replaceChildren(
			...(mark.events.length > 1 && !event ? clusterTip(mark, this.#o.labels) : eventTip(event ?? mark.events[0]!, this.#o.labels)),
		);
		tooltip.hidden = false;
		const box = this.#o.svg.getBoundingClientRect();
		const host = (tooltip.offsetParent ?? document.body).getBoundingClientRect();
		const left = Math.min(Math.max(0, box.left - host.left + mark.x0), Math.max(0, host.width - tooltip.offsetWidth));
		const top = box.top - host.top + laneY(this.#o.lanes, mark) + ROW_H + 6;
		tooltip.style.left = `${left}px`;
		tooltip.style.top = `${top}px`;
	}

	hover(on: boolean): void {
		this.#hovered = on;
		if (!on && document.activeElement !== this.#o.svg) this.#hideTooltip();
	}

	/** Opens the page of an event (context entries have none). */
	open(e: TimelineEvent): void {
		const href = eventHref(this.#o.labels, e);
		if (href) location.assign(href);
	}

	/** What a click on a mark does: open its event, list a group that shares one date (zooming cannot part it), or zoom to a cluster. */
	activate(mark: Mark): void {
		if (mark.events.length === 1) this.open(mark.events[0]!);
		else if (sharesOneSpan(mark)) this.showGroup(mark);
		else this.zoomToMark(mark);
	}

	/** Lists a group's events as links under its mark, and moves focus to the first. */
	showGroup(mark: Mark): void {
		const { group, labels, svg } = this.#o;
		this.#hideTooltip();
		const [head, list] = groupList(mark, labels);
		group.replaceChildren(head!, list!);
		group.setAttribute('aria-label', head!.textContent!);
		group.showPopover();
		const box = svg.getBoundingClientRect();
		const left = Math.min(Math.max(4, box.left + mark.x0), Math.max(4, window.innerWidth - group.offsetWidth - 4));
		group.style.left = `${left}px`;
		// Under the mark when the list fits there, otherwise above it: a fixed box cannot be scrolled to.
		const below = box.top + laneY(this.#o.lanes, mark) + ROW_H + 6;
		const above = box.top + laneY(this.#o.lanes, mark) - 6 - group.offsetHeight;
		group.style.top = `${below + group.offsetHeight <= window.innerHeight - 4 || above < 4 ? Math.max(4, Math.min(below, window.innerHeight - group.offsetHeight - 4)) : above}px`;
		group.querySelector<HTMLElement>('a')?.focus();
	}

	/** Zooms to the period a cluster covers. */
	zoomToMark(mark: Mark): void {
		const spans = mark.events.map(eventSpan);
		const a = Math.min(...spans.map((s) => s[0]));
		const b = Math.max(...spans.map((s) => s[1]));
		const pad = Math.max((b - a) * 0.1, 15 * DAY_MS);
		this.showPeriod(DAY(new Date(a - pad)), DAY(new Date(b + pad)));
	}

	#hideTooltip(): void {
		this.#o.tooltip.hidden = true;
	}

	#apply(fn: (s: Svg | ReturnType<Svg['transition']>) => void): void {
		if (reducedMotion()) return fn(this.#svg);
		const transition = this.#svg.transition().duration(250);
		fn(transition);
		// Ends or is interrupted (by another step, a drag); either way this animation is over.
		const done: Promise<void> = transition
			.end()
			.catch(() => undefined)
			.then(() => {
				if (this.#moving === done) this.#moving = undefined;
			});
		this.#moving = done;
	}

	/** Resolves once no animated zoom is in flight: the view then is the one the last step asked for. */
	async settled(): Promise<void> {
		while (this.#moving) await this.#moving;
	}

	#baseScale(): ScaleTime<number, number> {
		return scaleUtc()
			.domain(this.#domain)
			.range([PAD, this.#width - PAD]);
	}

	#scale(): ScaleTime<number, number> {
		return this.#transform.rescaleX(this.#baseScale());
	}

	#inView(e: TimelineEvent): boolean {
		const [a, b] = this.#scale().domain();
		const [s, t] = eventSpan(e);
		return t > a!.getTime() && s < b!.getTime();
	}

	/** Sizes everything to the svg's width, keeping the period shown. */
	#resize(force = false): void {
		const width = Math.max(200, Math.round(this.#o.svg.parentElement!.clientWidth));
		if (!force && width === this.#width) return;
		const period = this.period;
		this.#width = width;
		this.#svg.attr('width', width).attr('viewBox', `0 0 ${width} ${this.#o.lanes.length * LANE_H + AXIS_H}`);
		this.#svg.selectAll<SVGRectElement, unknown>('.tl-band').attr('width', width);
		const extent: [[number, number], [number, number]] = [
			[0, 0],
			[width, this.#o.lanes.length * LANE_H],
		];
		this.#zoom
			.extent(extent)
			.translateExtent(extent)
			.scaleExtent([1, maxZoom(this.#domain)]);
		if (this.#brush && this.#brushG) {
			this.#o.overview!.setAttribute('width', String(width));
			this.#brush.extent([
				[0, 0],
				[width, this.#o.lanes.length * OVERVIEW_LANE_H + 4],
			]);
			this.#brushG.call(this.#brush);
			this.#drawOverview();
		}
		this.#transform = zoomIdentity;
		select(this.#o.svg).property('__zoom', zoomIdentity);
		if (period) this.showPeriod(period.start, period.end);
		else this.render();
	}

	/** Keeps the layout right when the container changes width. */
	observeResize(): void {
		new ResizeObserver(() => this.#resize()).observe(this.#o.svg.parentElement!);
	}

	#onFocus(): void {
		if (this.#active < 0) {
			const first = this.#events.findIndex((e) => this.#inView(e));
			this.#active = first >= 0 ? first : this.#events.length > 0 ? 0 : -1;
		}
		this.#moveTo(this.#active);
	}

	#onKey(event: KeyboardEvent): void {
		const { key } = event;
		if (['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) {
			this.#moveTo(stepIndex(key, this.#active, this.#events.length));
			this.#o.onChange?.();
		} else if (key === '+' || key === '=') this.zoomBy(2);
		else if (key === '-' || key === '_') this.zoomBy(0.5);
		else if (key === '0') this.reset();
		else if (key === 'Enter' && this.#events[this.#active]) this.open(this.#events[this.#active]!);
		else if (key === 'Escape') this.#hideTooltip();
		else return;
		event.preventDefault();
	}

	/** Makes event `i` the active one: in view, ringed, in the tooltip, announced. */
	#moveTo(i: number): void {
		this.#active = i;
		const e = this.#events[i];
		if (!e) {
			this.#drawRing();
			return;
		}
		if (!this.#inView(e)) {
			const x = this.#scale();
			const [s, t] = eventSpan(e);
			const centre = (x(s) + x(t)) / 2;
			this.#svg.call(this.#zoom.translateBy, (this.#width / 2 - centre) / this.#transform.k, 0);
		}
		this.#drawRing();
		const mark = this.#markOf(e);
		if (mark) this.showTooltip(mark, e);
		const { labels } = this.#o;
		this.#o.live.textContent = fill(labels.strings.position, {
			n: i + 1,
			total: this.#events.length,
			date: formatPartialDate(labels.locale, e.date),
			label: `${e.subject[lang(labels)]} — ${e.label[lang(labels)]}`,
		});
	}

	#markOf(e: TimelineEvent): Mark | undefined {
		return this.#marks.find((m) => m.events.includes(e));
	}

	#drawRing(): void {
		const e = this.#events[this.#active];
		const mark = e && this.#markOf(e);
		if (!mark || document.activeElement !== this.#o.svg) {
			this.#ring.attr('hidden', '');
			this.#plot.selectAll('.tl-mark').classed('is-active', false);
		} else {
			const x0 = Math.max(mark.x0, 0) - 3;
			const x1 = Math.min(mark.x1, this.#width) + 3;
			this.#ring
				.attr('hidden', null)
				.attr('x', x0)
				.attr('y', laneY(this.#o.lanes, mark) - 3)
				.attr('width', Math.max(0, x1 - x0))
				.attr('height', ROW_H + 6);
			this.#plot.selectAll<SVGGElement, Mark>('.tl-mark').classed('is-active', (m) => m === mark);
		}
	}

	#setupOverview(svg: SVGSVGElement): void {
		const height = this.#o.lanes.length * OVERVIEW_LANE_H + 4;
		const o = select(svg).attr('height', height);
		o.append('g').attr('class', 'tl-overview-marks');
		this.#brush = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
			if (this.#syncing || !event.sourceEvent) return;
			const base = this.#baseScale();
			const sel = event.selection as [number, number] | null;
			if (!sel) {
				this.reset();
				return;
			}
			const [a, b] = sel;
			this.showPeriod(DAY(base.invert(a)), DAY(base.invert(b)));
		});
		this.#brushG = o.append('g').attr('class', 'tl-brush');
	}

	/** The overview: one path per lane (thousands of events stay a handful of elements). */
	#drawOverview(): void {
		if (!this.#o.overview) return;
		const base = this.#baseScale();
		const { lanes } = this.#o;
		const paths = new Map<Lane, string[]>(lanes.map((l) => [l, []]));
		for (const e of this.#events) {
			const [a, b] = eventSpan(e);
			const x = base(a);
			const w = Math.max(1.5, base(b) - x);
			paths
				.get(e.lane)
				?.push(
					`M${x.toFixed(1)},${2 + lanes.indexOf(e.lane) * OVERVIEW_LANE_H}h${w.toFixed(1)}v${OVERVIEW_LANE_H - 1}h${(-w).toFixed(1)}z`,
				);
		}
		select(this.#o.overview)
			.select<SVGGElement>('.tl-overview-marks')
			.selectAll<SVGPathElement, Lane>('path')
			.data(lanes)
			.join('path')
			.attr('class', (l) => `lane-${l}`)
			.attr('d', (l) => paths.get(l)!.join(''));
	}

	#syncBrush(): void {
		if (!this.#brush || !this.#brushG) return;
		this.#syncing = true;
		const whole = this.#transform.k <= 1.0001;
		const base = this.#baseScale();
		const [a, b] = this.#scale().domain();
		this.#brushG.call(this.#brush.move, whole ? null : [base(a!), base(b!)]);
		this.#syncing = false;
	}
}

const lang = (labels: TimelineLabels) => (labels.locale.startsWith('fr') ? 'fr' : 'en');
function drawLanes(svg: Svg, lanes: Lane[], labels: TimelineLabels): void {
	const g = svg.append('g').attr('class', 'tl-lanes').attr('aria-hidden', 'true');
	const lane = g
		.selectAll('g')
		.data(lanes)
		.join('g')
		.attr('transform', (_, i) => `translate(0,${i * LANE_H})`);
	lane
		.append('rect')
		.attr('class', (_, i) => `tl-band${i % 2 ? ' odd' : ''}`)
		.attr('height', LANE_H);
	lane
		.append('text')
		.attr('class', (l) => `tl-lane-label lane-${l}`)
		.attr('x', PAD)
		.attr('y', 13)
		.text((l) => labels.lanes[l] ?? l);
}

function drawAxis(g: G, ticks: Date[], texts: string[], x: ScaleTime<number, number>, width: number, height: number): void {
	g.selectAll('.tl-axis-line').data([0]).join('line').attr('class', 'tl-axis-line').attr('x1', 0).attr('x2', width);
	const tick = g
		.selectAll<SVGGElement, Date>('.tl-tick')
		.data(ticks, (d) => String(d.getTime()))
		.join((enter) => {
			const t = enter.append('g').attr('class', 'tl-tick');
			t.append('line').attr('class', 'tl-grid');
			t.append('text').attr('y', 17);
			return t;
		})
		.attr('transform', (d) => `translate(${x(d)},0)`);
	tick.select('line').attr('y1', -height).attr('y2', 4);
	tick.select('text').text((_, i) => texts[i] ?? '');
}

/** The name written on a mark: the company, a document's short title, a context entry's title. */
function markName(e: TimelineEvent, l: 'fr' | 'en'): string {
	return e.page?.[0] === 'documents' ? shortSubject(e.subject[l]) : e.subject[l];
}

/** Measures label texts with the chart's own font (a canvas), each text once. */
function textMeasure(svg: SVGSVGElement): (text: string) => number {
	const context = document.createElement('canvas').getContext('2d');
	const widths = new Map<string, number>();
	let font = '';
	return (text) => {
		if (!context) return [...text].length * 6.2;
		if (!font) context.font = font = `600 11px ${getComputedStyle(svg).fontFamily}`;
		let w = widths.get(text);
		if (w === undefined) widths.set(text, (w = context.measureText(text).width));
		return w;
	};
}

function drawMarks(g: G, marks: Mark[], lanes: Lane[], chart: TimelineChart, width: number, labels: Map<string, PlacedLabel>): void {
	g.selectAll<SVGGElement, Mark>('.tl-mark')
		.data(marks, (m) => m.key)
		.join((enter) => {
			// A key always names the same event or the same kind of cluster: its class never changes.
			const m = enter
				.append('g')
				.attr(
					'class',
					(d) =>
						`tl-mark lane-${d.lane} ${d.span ? `is-span precision-${d.events[0]!.precision}` : d.events.length > 1 ? 'is-cluster' : `precision-${d.events[0]!.precision}`}`,
				)
				.attr('data-id', (d) => (d.events.length === 1 ? d.events[0]!.id : null));
			m.append('rect').attr('height', ROW_H).attr('rx', 4);
			m.append('text')
				.attr('class', 'tl-count')
				.attr('y', ROW_H / 2 + 4);
			m.append('text')
				.attr('class', 'tl-label')
				.attr('y', ROW_H / 2 + 4);
			return m
				.on('pointerenter', (_, d) => {
					chart.hover(true);
					chart.showTooltip(d);
				})
				.on('pointerleave', () => chart.hover(false))
				.on('click', (_, d) => chart.activate(d));
		})
		.attr('data-count', (m) => m.events.length)
		.attr('transform', (m) => `translate(${m.x0},${laneY(lanes, m)})`)
		.call((m) =>
			m
				.select('rect')
				.attr('x', (d) => (d.span ? 1 : 0))
				.attr('width', (d) => Math.max(1, d.x1 - d.x0 - (d.span ? 2 : 0))),
		)
		.call((m) =>
			m
				.select('text.tl-label')
				.attr('x', (d) => (labels.get(d.key)?.x ?? 0) - d.x0)
				.text((d) => labels.get(d.key)?.text ?? ''),
		)
		.call((m) =>
			m
				.select('text.tl-count')
				// A count sits in the middle of the part of its mark that is on screen.
				.attr('x', (d) => (Math.max(d.x0, 0) + Math.min(d.x1, width)) / 2 - d.x0)
				.text((d) => (d.events.length > 1 ? String(d.events.length) : '')),
		);
}

function eventTip(e: TimelineEvent, labels: TimelineLabels): Node[] {
	const l = lang(labels);
	const line = (cls: string, text: string) => Object.assign(document.createElement('p'), { className: cls, textContent: text });
	const nodes = [
		line('tl-tip-subject', e.subject[l]),
		line('tl-tip-meta', `${labels.kinds[e.kind] ?? e.kind} · ${formatPartialDate(labels.locale, e.date)}`),
		line('tl-tip-label', e.label[l]),
	];
	const country = (code: string) => labels.countries[code] ?? code;
	if (e.from.length || e.to.length) nodes.push(line('tl-tip-places', journey(l, e.from, e.to, country)));
	else if (e.countries.length) nodes.push(line('tl-tip-places', e.countries.map(country).join(', ')));
	if (e.jobs.length)
		nodes.push(
			line(
				'tl-tip-jobs',
				fill(labels.strings.jobs, {
					jobs: semicolonList(
						labels.locale,
						e.jobs.map(
							(j) =>
								`${numberFormat(labels.locale).format(j.count)} ${labels.measures[j.measure ?? 'unspecified']}, ${labels.strings[j.kind]}`,
						),
					),
				}),
			),
		);
	if (e.page) nodes.push(line('tl-tip-hint', labels.strings.open));
	return nodes;
}

function clusterTip(mark: Mark, labels: TimelineLabels): Node[] {
	const l = lang(labels);
	const head = Object.assign(document.createElement('p'), {
		className: 'tl-tip-subject',
		textContent: fill(labels.strings.cluster, { count: numberFormat(labels.locale).format(mark.events.length) }),
	});
	const list = document.createElement('ul');
	for (const e of mark.events.slice(0, 5))
		list.append(
			Object.assign(document.createElement('li'), { textContent: `${formatPartialDate(labels.locale, e.date)} — ${e.subject[l]}` }),
		);
	if (mark.events.length > 5) list.append(Object.assign(document.createElement('li'), { textContent: '…' }));
	const hint = Object.assign(document.createElement('p'), {
		className: 'tl-tip-hint',
		textContent: sharesOneSpan(mark) ? labels.strings.groupHint : labels.strings.clusterHint,
	});
	return [head, list, hint];
}

/** True when every event of a mark covers the same period (`2012`): no zoom can draw them apart. */
function sharesOneSpan(mark: Mark): boolean {
	const [first] = mark.events;
	return mark.events.every((e) => e.start === first!.start && e.end === first!.end);
}

/** The popover's content: a heading and one line per event, a link when the event has a page. */
function groupList(mark: Mark, labels: TimelineLabels): Node[] {
	const l = lang(labels);
	const first = mark.events[0]!;
	const head = Object.assign(document.createElement('p'), {
		className: 'tl-tip-subject',
		textContent: fill(labels.strings.groupTitle, {
			count: numberFormat(labels.locale).format(mark.events.length),
			date: formatPartialDate(labels.locale, first.date),
		}),
	});
	const list = document.createElement('ul');
	for (const e of mark.events) {
		const text = `${e.subject[l]} — ${e.label[l]}`;
		const href = eventHref(labels, e);
		const item = document.createElement('li');
		item.append(href ? Object.assign(document.createElement('a'), { href, textContent: text }) : text);
		list.append(item);
	}
	return [head, list];
}
