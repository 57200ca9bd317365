/**
 * `<orca-timeline>`: wires the chart to its filters, counts, table, URL and buttons. The markup
 * (table, filters, buttons) is rendered by Timeline.astro; this enhances it.
 */
import type { TimelineEvent } from '../../lib/timeline/events.ts';
import type { EventsFile } from '../../schemas/open-data.ts';
import type { TimelineLabels } from '../../lib/timeline/labels.ts';
import {
	DATE_FILTERS,
	facetCounts,
	filterEvents,
	filterValues,
	FILTER_KEYS,
	matchesUndated,
	yearSpan,
	type DateFilter,
	type TimelineFilters,
	type UndatedFilterable,
} from '../../lib/timeline/filter.ts';
import { parseView, serializeView } from '../../lib/timeline/state.ts';
import { fullDomain, lanesOf } from '../../lib/timeline/layout.ts';
import { fill } from '../../lib/fill.ts';
import { numberFormat } from '../../i18n/intl.ts';
import type { TimelineChart } from './chart.ts';

/** When this module started running: the benchmark's "script start". */
const scriptStart = performance.now();
performance.mark('timeline:start');

class OrcaTimeline extends HTMLElement {
	chart?: TimelineChart;
	#events: TimelineEvent[] = [];
	#labels!: TimelineLabels;
	#filters: TimelineFilters = {};
	#urlTimer = 0;
	/** The undated cases listed under the chart (rendered by Timeline.astro), with what the filters read of them. */
	#undated: { item: HTMLElement; data: UndatedFilterable }[] = [];

	async connectedCallback(): Promise<void> {
		// The chart's code (D3) and the events load together once this small script runs, not with
		// the page's HTML: the page (filters, table) paints without waiting for them. The events are
		// the open-data file (/data/events.json), not a copy inlined in the HTML: one cached file
		// serves both languages.
		const [response, { TimelineChart }] = await Promise.all([fetch(this.dataset.events!), import('./chart.ts')]);
		if (!response.ok) throw new Error(`timeline: ${this.dataset.events} answered ${response.status}`);
		this.#events = ((await response.json()) as EventsFile).events as TimelineEvent[];
		this.#labels = JSON.parse(this.querySelector<HTMLScriptElement>('script[data-labels]')!.textContent!) as TimelineLabels;
		performance.mark('timeline:parsed');
		const q = <T extends Element>(sel: string) => this.querySelector<T>(sel) ?? undefined;
		for (const el of this.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
		const list = (value: string | undefined) => (value ? value.split(' ') : []);
		this.#undated = [...this.querySelectorAll<HTMLElement>('[data-undated-case]')].map((item) => ({
			item,
			data: {
				lane: item.dataset.lane as UndatedFilterable['lane'],
				from: list(item.dataset.from),
				to: list(item.dataset.to),
				sector: item.dataset.sector!,
			},
		}));

		const values = filterValues(this.#events);
		const view = parseView(location.search, values);
		this.#filters = view.filters;
		this.chart = new TimelineChart({
			labels: this.#labels,
			lanes: lanesOf(this.#events),
			svg: q<SVGSVGElement>('svg.tl-svg')!,
			tooltip: q<HTMLElement>('.tl-tooltip')!,
			group: q<HTMLElement>('.tl-group')!,
			live: q<HTMLElement>('[data-live]')!,
			overview: q<SVGSVGElement>('svg.tl-overview'),
			details: q<HTMLElement>('[data-details]'),
			hint: q<HTMLElement>('[data-hint]'),
			onChange: () => this.#writeUrl(),
		});
		performance.mark('timeline:chart');
		this.#setupFilters();
		this.#apply();
		performance.mark('timeline:drawn');
		if (view.period) this.chart.showPeriod(view.period.start, view.period.end);
		// A link to one event opens on it: centred (unless the link names a period) and described.
		if (view.event && view.period) {
			this.chart.select(view.event);
			const e = this.#events.find((x) => x.id === view.event);
			if (e) this.chart.showDetails(e);
		} else if (view.event) this.chart.reveal(view.event);
		this.chart.observeResize();

		q<HTMLButtonElement>('[data-zoom-in]')?.addEventListener('click', () => this.chart!.zoomBy(2));
		q<HTMLButtonElement>('[data-zoom-out]')?.addEventListener('click', () => this.chart!.zoomBy(0.5));
		q<HTMLButtonElement>('[data-zoom-reset]')?.addEventListener('click', () => this.chart!.reset());
		q<HTMLButtonElement>('[data-copy]')?.addEventListener('click', () => this.#copyLink());

		this.toggleAttribute('data-ready', true);
		requestAnimationFrame(() => {
			this.dataset.firstFrameMs = (performance.now() - scriptStart).toFixed(1);
		});
	}

	get form(): HTMLFormElement | undefined {
		return this.querySelector<HTMLFormElement>('form.tl-filters') ?? undefined;
	}

	#setupFilters(): void {
		const form = this.form;
		if (!form) return;
		for (const key of FILTER_KEYS) {
			const select = form.elements.namedItem(key) as HTMLSelectElement | null;
			if (select) select.value = this.#filters[key] === undefined ? '' : String(this.#filters[key]);
		}
		form.addEventListener('change', () => {
			const data = new FormData(form);
			const filters: TimelineFilters = {};
			for (const key of ['lane', 'from', 'to', 'sector'] as const) {
				const v = String(data.get(key) ?? '');
				if (v) filters[key] = v;
			}
			for (const key of ['startYear', 'endYear'] as const) {
				const v = String(data.get(key) ?? '');
				if (v) filters[key] = Number(v);
			}
			const date = String(data.get('date') ?? '');
			if ((DATE_FILTERS as readonly string[]).includes(date)) filters.date = date as DateFilter;
			this.#filters = filters;
			this.#apply();
			this.#writeUrl();
		});
		form.addEventListener('reset', () => {
			// After the browser has reset the selects.
			setTimeout(() => form.dispatchEvent(new Event('change')));
		});
	}

	/** Filters the chart, the table and the counts. */
	#apply(): void {
		const shown = filterEvents(this.#events, this.#filters);
		this.chart!.setEvents(shown, fullDomain(shown.length ? shown : this.#events));
		performance.mark('timeline:chart-drawn');
		const ids = new Set(shown.map((e) => e.id));
		for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')) {
			const hide = !ids.has(row.dataset.id!);
			if (row.hidden !== hide) row.hidden = hide;
		}
		let undatedShown = 0;
		for (const { item, data } of this.#undated) {
			const hide = !matchesUndated(data, this.#filters);
			if (!hide) undatedShown += 1;
			if (item.hidden !== hide) item.hidden = hide;
		}
		const undatedSection = this.querySelector<HTMLElement>('[data-undated]');
		if (undatedSection) {
			undatedSection.hidden = undatedShown === 0;
			const title = undatedSection.querySelector<HTMLElement>('h2')!;
			const total = this.#undated.length;
			title.textContent = fill(undatedShown === total ? title.dataset.title! : title.dataset.titleFiltered!, {
				shown: String(undatedShown),
				total: String(total),
			});
		}
		const form = this.form;
		const number = numberFormat(this.#labels.locale);
		if (form) {
			const values = filterValues(this.#events);
			const years = yearSpan(this.#events);
			const counts = facetCounts(
				this.#events,
				this.#filters,
				{ ...values, startYear: years, endYear: years, date: DATE_FILTERS },
				this.#undated.map((u) => u.data),
			);
			for (const key of FILTER_KEYS)
				for (const option of (form.elements.namedItem(key) as HTMLSelectElement | null)?.options ?? []) {
					const count =
						option.value === ''
							? filterEvents(this.#events, { ...this.#filters, [key]: undefined }).length
							: (counts[key].get(option.value) ?? 0);
					option.textContent = `${option.dataset.label} (${number.format(count)})`;
				}
		}
		performance.mark('timeline:counted');
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (status) {
			const events =
				shown.length === 0
					? this.#labels.strings.none
					: fill(this.#labels.strings.shown, { shown: number.format(shown.length), total: number.format(this.#events.length) });
			status.textContent =
				shown.length === 0 && undatedShown > 0 ? fill(this.#labels.strings.undatedShown, { n: number.format(undatedShown) }) : events;
		}
	}

	#writeUrl(): void {
		clearTimeout(this.#urlTimer);
		this.#urlTimer = window.setTimeout(() => {
			const query = serializeView({ filters: this.#filters, period: this.chart!.period, event: this.chart!.selected });
			history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		}, 150);
	}

	async #copyLink(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		// A zoom step still animating copies the view it ends on, not one in between.
		await this.chart!.settled();
		clearTimeout(this.#urlTimer);
		const query = serializeView({ filters: this.#filters, period: this.chart!.period, event: this.chart!.selected });
		history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		try {
			await navigator.clipboard.writeText(location.href);
			if (status) status.textContent = this.#labels.strings.copied;
		} catch {
			if (status) status.textContent = this.#labels.strings.copyFailed;
		}
	}
}

customElements.define('orca-timeline', OrcaTimeline);
