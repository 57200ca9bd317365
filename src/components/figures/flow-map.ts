/**
 * `<orca-flow-map>`: draws the flow map with D3 and wires what FlowMap.astro renders around it
 * (filters, key, list of flows, notes): the view in the URL, details on hover and on keyboard focus
 * of an arrow or a row, the sortable list (the same flows as the arrows). The words and the list's
 * rows come from the pure src/lib/charts/flow-table.ts, as in the page built for readers without
 * JavaScript.
 */
import { geoNaturalEarth1, geoPath, max, pointer, scaleSqrt, select } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import {
	aggregateFlows,
	flowColour,
	flowValue,
	flowYears,
	mapFlows,
	type Flow,
	type FlowColour,
	type FlowFilter,
	type FlowMapPayload,
	type FlowWeight,
} from '../../lib/charts/flows.ts';
import {
	FLOW_COLUMNS,
	flowDetailsHtml,
	flowLabel,
	flowRowHtml,
	flowText,
	nextSort,
	sortFlows,
	type FlowSort,
	type FlowText,
} from '../../lib/charts/flow-table.ts';
import { EUROPE_MAGHREB, flowPath, mapExtent } from '../../lib/charts/flow-geometry.ts';
import { parseFlowView, serializeFlowView, type MapArea } from '../../lib/charts/flow-view.ts';
import { placeMapLabels } from '../../lib/charts/map-labels.ts';
import { fill } from '../../lib/fill.ts';
import { MOVEMENTS, type Movement } from '../../schemas/vocabulary.ts';
import { figurePayload, onResize, resolveColor, wireTools } from './figure-tools.ts';

const COLOURS: readonly FlowColour[] = [...MOVEMENTS, 'mixed'];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A sample line of the key: `width` px thick, in `colour`. */
function keyLine(width: number, colour = 'var(--fg-soft)'): SVGSVGElement {
	const svg = document.createElementNS(SVG_NS, 'svg');
	for (const [k, v] of Object.entries({ width: 34, height: 14, 'aria-hidden': 'true' })) svg.setAttribute(k, String(v));
	const line = document.createElementNS(SVG_NS, 'line');
	for (const [k, v] of Object.entries({ x1: 2, x2: 32, y1: 7, y2: 7, stroke: colour, 'stroke-width': width, 'stroke-linecap': 'round' }))
		line.setAttribute(k, String(v));
	svg.append(line);
	return svg;
}

/** A list of key entries (sample line, text), under a title. */
function keyGroup(title: string, entries: [SVGSVGElement, string][]): Node[] {
	const head = Object.assign(document.createElement('span'), { className: 'map-legend-title', textContent: title });
	const list = document.createElement('ul');
	for (const [svg, text] of entries) {
		const li = document.createElement('li');
		li.append(svg, text);
		list.append(li);
	}
	return [head, list];
}

class OrcaFlowMap extends HTMLElement {
	#data!: FlowMapPayload;
	#text!: FlowText;
	#land: FeatureCollection | undefined;
	#width = 0;
	/** The flows drawn, which are also the list's rows. */
	#drawn: Flow[] = [];
	/** The list's order; as aggregated (most cases first) until a column is chosen. */
	#sort: FlowSort | undefined;

	#el<T extends Element = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	async connectedCallback(): Promise<void> {
		const canvas = this.#el('[data-canvas]');
		const data = await figurePayload<FlowMapPayload>(this, canvas);
		if (!data) return;
		this.#data = data;
		this.#text = flowText(data);
		wireTools(this, {
			name: this.dataset.name!,
			svg: () => this.querySelector('svg.map'),
			csv: data.csv,
			credit: this.dataset.credit!,
			legend: () =>
				COLOURS.filter((c) => this.#drawn.some((f) => flowColour(f) === c)).map((c) => ({
					label: this.#colourName(c),
					color: resolveColor(this, `var(--${c})`),
				})),
		});
		this.#setupFilters();
		this.#setupList();
		this.#el('[data-keyboard-note]').hidden = false;
		this.addEventListener('keydown', (e) => {
			if (e.key === 'Escape') this.#hide();
		});
		// The base map ships with the site as a separate chunk (nothing is fetched from elsewhere),
		// requested once the page has painted: it does not compete with the first paint.
		await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
		const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{ countries: GeometryCollection }>;
		this.#land = feature(atlas, atlas.objects.countries) as FeatureCollection;
		onResize(canvas, () => this.#update(true));
	}

	/** The filters take the view in the URL (a reload, a shared link) and write it back on change. */
	#setupFilters(): void {
		const form = this.#el<HTMLFormElement>('[data-filters]');
		form.hidden = false;
		const view = parseFlowView(location.search, flowYears(this.#data.cases));
		for (const [name, value] of Object.entries({
			movement: view.movement,
			fromYear: view.fromYear,
			toYear: view.toYear,
			weight: view.weight,
			area: view.area,
		}))
			if (value !== undefined) (form.elements.namedItem(name) as HTMLSelectElement).value = String(value);
		form.addEventListener('change', () => {
			this.#update();
			const { filter, weight, area } = this.#view();
			history.replaceState(history.state, '', `${location.pathname}${serializeFlowView({ ...filter, weight, area })}${location.hash}`);
		});
	}

	/** The list sorts by any column (a button in its header); a row's name shows its flow on the map. */
	#setupList(): void {
		this.querySelectorAll<HTMLTableCellElement>('.flow-table thead th').forEach((th, i) => {
			const button = Object.assign(document.createElement('button'), {
				type: 'button',
				className: 'sort-button',
				textContent: th.textContent,
			});
			button.addEventListener('click', () => {
				this.#sort = nextSort(this.#sort, FLOW_COLUMNS[i]!);
				this.#list();
			});
			th.replaceChildren(button);
		});
		const rows = this.#el('[data-flow-rows]');
		const flowOf = (target: EventTarget | null) => {
			const key = target instanceof HTMLElement && target.matches('.flow-button') ? target.dataset.flow : undefined;
			return this.#drawn.find((f) => f.key === key);
		};
		for (const type of ['focusin', 'mouseover', 'click'])
			rows.addEventListener(type, (e) => {
				const flow = flowOf(e.target);
				if (flow) this.#show(flow);
			});
		rows.addEventListener('focusout', (e) => {
			if (flowOf(e.target)) this.#hide();
		});
	}

	#view(): { filter: FlowFilter; weight: FlowWeight; area: MapArea } {
		const form = new FormData(this.#el<HTMLFormElement>('[data-filters]'));
		const get = (name: string) => String(form.get(name) ?? '');
		let fromYear = get('fromYear') ? Number(get('fromYear')) : undefined;
		let toYear = get('toYear') ? Number(get('toYear')) : undefined;
		if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
		return {
			filter: {
				...(get('movement') ? { movement: get('movement') as Movement } : {}),
				...(fromYear !== undefined ? { fromYear } : {}),
				...(toYear !== undefined ? { toYear } : {}),
			},
			weight: (get('weight') || 'cases') as FlowWeight,
			area: get('area') === 'europe' ? 'europe' : 'world',
		};
	}

	#update(resize = false): void {
		const canvas = this.#el('[data-canvas]');
		const width = Math.floor(canvas.clientWidth);
		if (!this.#land || width === 0 || (resize && width === this.#width)) return;
		this.#width = width;
		const { filter, weight, area } = this.#view();
		const result = aggregateFlows(this.#data.cases, filter);
		const { drawn, noFigure } = mapFlows(result.flows, weight, this.#data.positions);
		// Largest first: the thin arrows are drawn over the thick ones, and Tab meets the largest first.
		this.#drawn = drawn
			.map((f) => ({ f, v: flowValue(f, weight)! }))
			.sort((a, b) => b.v - a.v)
			.map(({ f }) => f);
		this.#hide();
		this.#draw(canvas, width, weight, area);
		this.#list();
		const { strings } = this.#data;
		this.#el('[data-count]').textContent = [
			drawn.length ? fill(strings.shown, { n: drawn.length }) : strings.none,
			noFigure.length ? fill(strings.noFigure, { n: noFigure.length }) : '',
		]
			.filter(Boolean)
			.join(' ');
		this.#el('[data-no-origin]').textContent = fill(strings.noOrigin, { n: result.withoutOrigin });
		this.dataset.drawn = String(drawn.length);
		this.dataset.weight = weight;
	}

	#colourName(colour: FlowColour): string {
		return colour === 'mixed' ? this.#data.strings.mixed : this.#data.movements[colour];
	}

	#draw(canvas: HTMLElement, width: number, weight: FlowWeight, area: MapArea): void {
		const { positions } = this.#data;
		// Europe and the Maghreb, where most flows start or end, can fill the map on their own.
		const extent = area === 'europe' ? EUROPE_MAGHREB : mapExtent(Object.values(positions));
		// As tall as the extent is at this width (no empty band above or below), within bounds.
		const [[, top], [, bottom]] = geoPath(geoNaturalEarth1().fitWidth(width - 24, extent)).bounds(extent);
		const height = Math.round(Math.min(560, Math.max(200, bottom - top + 24)));
		const projection = geoNaturalEarth1().fitExtent(
			[
				[12, 12],
				[width - 12, height - 12],
			],
			extent,
		);
		const at = (code: string) => projection(positions[code]!)!;
		const flows = this.#drawn;
		const widthOf = scaleSqrt()
			.domain([0, max(flows, (f) => flowValue(f, weight)) || 1])
			.range([1.5, Math.min(10, Math.max(5, width / 90))]);
		const strokeOf = (f: Flow) => widthOf(flowValue(f, weight)!);
		canvas.querySelector('svg.map')?.remove();
		// A group, not an image: the arrows inside are reached one by one with Tab.
		const svg = select(canvas)
			.insert('svg', '[data-tooltip]')
			.attr('class', 'map')
			.attr('width', width)
			.attr('height', height)
			.attr('viewBox', `0 0 ${width} ${height}`)
			.attr('role', 'group')
			.attr('aria-labelledby', this.dataset.labelledBy!)
			.attr('aria-describedby', this.dataset.describedBy!);
		svg
			.append('defs')
			.selectAll('marker')
			.data(COLOURS)
			.join('marker')
			.attr('id', (c) => `arrow-${c}`)
			.attr('viewBox', '0 0 10 10')
			.attr('refX', 8)
			.attr('refY', 5)
			.attr('markerWidth', 3.5)
			.attr('markerHeight', 3.5)
			.attr('markerUnits', 'strokeWidth')
			.attr('orient', 'auto')
			.append('path')
			.attr('d', 'M0,0L10,5L0,10z')
			.attr('fill', (c) => `var(--${c})`);
		svg
			.append('g')
			.attr('class', 'land')
			.attr('aria-hidden', 'true')
			.selectAll('path')
			.data(this.#land!.features)
			.join('path')
			.attr('d', geoPath(projection));
		// The focus ring: two wider lines under the focused arrow, the focus colour around a gap of the
		// page's background, visible whatever the arrow's colour (an outline would box the whole curve).
		svg
			.append('g')
			.attr('class', 'focus-ring')
			.attr('aria-hidden', 'true')
			.selectAll('path')
			.data([10, 4])
			.join('path')
			.attr('data-extra', (extra) => extra);
		svg
			.append('g')
			.attr('class', 'flows')
			.selectAll('path')
			.data(flows, (f) => (f as Flow).key)
			.join('path')
			.attr('class', 'flow')
			.attr('data-key', (f) => f.key)
			.attr('tabindex', 0)
			.attr('role', 'img')
			.attr('aria-label', (f) => flowLabel(f, this.#text))
			.attr('aria-describedby', this.dataset.tooltip!)
			.attr('d', (f) => flowPath(at(f.from), at(f.to)))
			.attr('stroke', (f) => `var(--${flowColour(f)})`)
			.attr('stroke-width', strokeOf)
			.attr('marker-end', (f) => `url(#arrow-${flowColour(f)})`)
			.on('pointerenter pointermove', (event: PointerEvent, f) => this.#show(f, pointer(event, canvas)))
			.on('pointerleave', () => this.#showFocused())
			.on('focus', (event: FocusEvent, f) => this.#show(f, undefined, (event.currentTarget as Element).matches(':focus-visible')))
			.on('blur', () => this.#hide());
		svg
			.append('g')
			.attr('class', 'places')
			.attr('aria-hidden', 'true')
			.selectAll('circle')
			.data([...new Set(flows.flatMap((f) => [f.from, f.to]))])
			.join('circle')
			.attr('r', 3)
			.attr('transform', (c) => `translate(${at(c)})`);
		// Country names: the countries with the most cases first, none covering another.
		const cases = new Map<string, number>();
		for (const f of flows) for (const c of [f.from, f.to]) cases.set(c, (cases.get(c) ?? 0) + f.cases);
		const context = document.createElement('canvas').getContext('2d');
		if (context) context.font = `600 11px ${getComputedStyle(canvas).fontFamily}`;
		const labels = placeMapLabels(
			[...cases].map(([c, n]) => {
				const [x, y] = at(c);
				return { key: c, x, y, text: this.#data.names[c] ?? c, weight: n };
			}),
			{ width, height, measure: (s) => (context ? context.measureText(s).width : s.length * 6.5) },
		);
		svg
			.append('g')
			.attr('class', 'place-labels')
			.attr('aria-hidden', 'true')
			.selectAll('text')
			.data(labels)
			.join('text')
			.attr('x', (l) => l.x)
			.attr('y', (l) => l.y)
			.attr('text-anchor', (l) => l.anchor)
			.text((l) => l.text);
		this.#legend(widthOf, weight);
	}

	/** The key: what colour means (the colours drawn, `Several movements` among them) and what width measures. */
	#legend(widthOf: (v: number) => number, weight: FlowWeight): void {
		const box = this.#el('[data-legend]');
		const numbers = new Intl.NumberFormat(this.#data.locale);
		const measure = this.#el<HTMLSelectElement>('select[name=weight]').selectedOptions[0]!.textContent!;
		const colours = COLOURS.filter((c) => this.#drawn.some((f) => flowColour(f) === c));
		const top = Math.max(0, ...this.#drawn.map((f) => flowValue(f, weight)!));
		const samples = [...new Set([1, Math.round(top / 2), top])].filter((v) => v > 0 && v <= top);
		box.replaceChildren(
			...keyGroup(
				box.dataset.colour!,
				colours.map((c) => [keyLine(5, `var(--${c})`), this.#colourName(c)]),
			),
			...keyGroup(
				fill(box.dataset.width!, { measure }),
				samples.map((v) => [keyLine(widthOf(v)), numbers.format(v)]),
			),
		);
		box.hidden = false;
	}

	/** The list: the drawn flows, in the chosen order. */
	#list(): void {
		const sort = this.#sort;
		this.querySelectorAll<HTMLTableCellElement>('.flow-table thead th').forEach((th, i) => {
			if (sort && FLOW_COLUMNS[i] === sort.column) th.setAttribute('aria-sort', sort.dir === 1 ? 'ascending' : 'descending');
			else th.removeAttribute('aria-sort');
		});
		this.#el('[data-flow-rows]').innerHTML = sortFlows(this.#drawn, sort, this.#text)
			.map((f) => flowRowHtml(f, this.#text, this.dataset.tooltip!))
			.join('');
	}

	/** Shows a flow's details beside `at` (the pointer), or beside the middle of its arrow; `ring` marks it for the keyboard. */
	#show(flow: Flow, at?: [number, number], ring = false): void {
		const canvas = this.#el('[data-canvas]');
		const arrow = this.querySelector<SVGPathElement>(`path.flow[data-key="${flow.key}"]`);
		let [x, y] = at ?? [8, 8];
		if (!at && arrow) {
			const middle = arrow.getPointAtLength(arrow.getTotalLength() / 2);
			[x, y] = [middle.x, middle.y];
		}
		const tip = this.#el('[data-tooltip]');
		tip.innerHTML = flowDetailsHtml(flow, this.#text);
		tip.hidden = false;
		tip.style.left = `${Math.min(Math.max(4, x + 12), canvas.clientWidth - tip.offsetWidth - 4)}px`;
		tip.style.top = `${Math.max(4, Math.min(y + 12, canvas.clientHeight - tip.offsetHeight - 4))}px`;
		this.querySelectorAll('path.flow').forEach((p) => p.classList.toggle('active', p === arrow));
		this.#ring(ring ? arrow : null);
	}

	/** Draws the focus ring around `arrow`, or removes it (emptied, not only hidden: a downloaded copy keeps no ring). */
	#ring(arrow: SVGPathElement | null): void {
		const focusRing = this.querySelector<SVGGElement>('g.focus-ring');
		if (!focusRing) return;
		for (const line of focusRing.querySelectorAll('path')) {
			if (!arrow) {
				line.removeAttribute('d');
				continue;
			}
			line.setAttribute('d', arrow.getAttribute('d')!);
			line.setAttribute('stroke-width', String(Number(arrow.getAttribute('stroke-width')) + Number(line.dataset.extra)));
		}
		focusRing.classList.toggle('shown', Boolean(arrow));
	}

	/** Back to the arrow that has the keyboard focus, if one has, when the pointer leaves another. */
	#showFocused(): void {
		const focused = document.activeElement;
		const flow = focused?.matches('path.flow') ? this.#drawn.find((f) => f.key === focused.getAttribute('data-key')) : undefined;
		if (flow) this.#show(flow, undefined, focused!.matches(':focus-visible'));
		else this.#hide();
	}

	#hide(): void {
		this.#el('[data-tooltip]').hidden = true;
		this.querySelectorAll('path.flow.active').forEach((p) => p.classList.remove('active'));
		this.#ring(null);
	}
}

customElements.define('orca-flow-map', OrcaFlowMap);
