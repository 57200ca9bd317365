/**
 * The flow map's words and list, apart from the DOM: each flow's name, accessible label and
 * breakdown by movement, the details shown on hover or focus, the table's rows (HTML, the same at
 * build time and in the browser) and their order. Pure.
 */
import { MOVEMENTS, type Movement } from '../../schemas/vocabulary.ts';
import { fill } from '../fill.ts';
import { escapeHtml } from '../pagefind-client.ts';
import { pageUrl } from '../url.ts';
import { type FigureSum, type Flow, type FlowMapPayload } from './flows.ts';

/** What the flow map writes with: a language's strings, country and movement names, locale. */
export type FlowText = Pick<FlowMapPayload, 'names' | 'movements' | 'strings' | 'lang' | 'locale'> & {
	/** The company of each case, by id. */
	companies: Record<string, string>;
};

/** The text of a payload (see `figurePayloads()`), with each case's company. */
export function flowText(payload: FlowMapPayload): FlowText {
	const { names, movements, strings, lang, locale } = payload;
	return { names, movements, strings, lang, locale, companies: Object.fromEntries(payload.cases.map((c) => [c.id, c.company])) };
}

const format = (text: FlowText, n: number) => new Intl.NumberFormat(text.locale).format(n);

/** `12 cases` (`1 case`). */
export function casesText(n: number, text: FlowText): string {
	return fill(text.strings.cases, { n: format(text, n) });
}

/** `France → Morocco`. */
export function flowName(flow: Flow, text: FlowText): string {
	return `${text.names[flow.from] ?? flow.from} → ${text.names[flow.to] ?? flow.to}`;
}

/** The movements on a flow with their cases, in the vocabulary's order: `Offshoring 10`. */
export function movementCounts(flow: Flow, text: FlowText): { movement: Movement; text: string }[] {
	return MOVEMENTS.filter((m) => flow.movements[m] > 0).map((m) => ({
		movement: m,
		text: fill(text.strings.movementCount, { movement: text.movements[m], n: format(text, flow.movements[m]) }),
	}));
}

/** The flow's accessible name: `France → Morocco: 12 cases (Offshoring 10, Nearshoring 2)`. */
export function flowLabel(flow: Flow, text: FlowText): string {
	return fill(text.strings.flowLabel, {
		flow: flowName(flow, text),
		cases: casesText(flow.cases, text),
		movements: movementCounts(flow, text)
			.map((m) => m.text)
			.join(', '),
	});
}

/** A job sum in the list: `1,200` and `(3 cases)`, or `—` when no case on the flow has a figure of this kind. */
export function jobsText(sum: FigureSum, text: FlowText): [string, string?] {
	return sum.n > 0 ? [format(text, sum.sum), `(${casesText(sum.n, text)})`] : ['—'];
}

const jobsCell = (sum: FigureSum, text: FlowText) => {
	const [value, cases] = jobsText(sum, text);
	return `<td class="num">${escapeHtml(value)}${cases ? ` <span class="flow-jobs-cases">${escapeHtml(cases)}</span>` : ''}</td>`;
};

/** The list's columns, in order. */
export const FLOW_COLUMNS = ['flow', 'cases', 'announced', 'observed'] as const;
export type FlowColumn = (typeof FLOW_COLUMNS)[number];

/** The list's order: a column and a direction (1 ascending, -1 descending). */
export interface FlowSort {
	column: FlowColumn;
	dir: 1 | -1;
}

const NUMERIC: readonly FlowColumn[] = ['cases', 'announced', 'observed'];

/** The order after a click on a column: names A to Z and numbers largest first, reversed by a second click. */
export function nextSort(current: FlowSort | undefined, column: FlowColumn): FlowSort {
	const first = NUMERIC.includes(column) ? -1 : 1;
	return { column, dir: current?.column === column && current.dir === first ? (-first as 1 | -1) : first };
}

/**
 * The flows in a list order; unsorted, as given (largest first). Flows without a job figure of the
 * sorted kind come last either way; ties keep the given order.
 */
export function sortFlows(flows: readonly Flow[], sort: FlowSort | undefined, text: FlowText): Flow[] {
	if (!sort) return [...flows];
	const collator = new Intl.Collator(text.locale);
	const { column, dir } = sort;
	const compare = (a: Flow, b: Flow): number => {
		if (column === 'flow') return collator.compare(flowName(a, text), flowName(b, text));
		if (column === 'cases') return a.cases - b.cases;
		const [x, y] = [a[column], b[column]];
		if (x.n === 0 || y.n === 0) return 0;
		return x.sum - y.sum;
	};
	const missing = (f: Flow) => (column === 'announced' || column === 'observed') && f[column].n === 0;
	return flows
		.map((f, i) => ({ f, i }))
		.sort((a, b) => Number(missing(a.f)) - Number(missing(b.f)) || dir * compare(a.f, b.f) || a.i - b.i)
		.map(({ f }) => f);
}

const badges = (flow: Flow, text: FlowText) =>
	movementCounts(flow, text)
		.map((m) => `<span class="movement movement-${m.movement}">${escapeHtml(m.text)}</span>`)
		.join(' ');

/**
 * One row of the list: the flow's name over its cases by movement, the cases, the job sums. With `describedBy` (in the browser), the flow's name is a button that shows
 * the flow's details (the element of that id) over the map; without it (the page as built, read
 * without JavaScript), plain text. The cases cell opens onto the links of the cases behind the flow.
 */
export function flowRowHtml(flow: Flow, text: FlowText, describedBy?: string): string {
	const name = escapeHtml(flowName(flow, text));
	const head = describedBy
		? `<button type="button" class="flow-button" data-flow="${flow.key}" aria-describedby="${escapeHtml(describedBy)}">${name}</button>`
		: name;
	const links = flow.ids
		.map((id) => `<li><a href="${escapeHtml(pageUrl(text.lang, 'cases', id))}">${escapeHtml(text.companies[id] ?? id)}</a></li>`)
		.join('');
	return (
		`<tr data-key="${flow.key}"><th scope="row">${head} <span class="flow-movements">${badges(flow, text)}</span></th>` +
		`<td class="num"><details class="flow-cases"><summary>${format(text, flow.cases)}</summary><ul>${links}</ul></details></td>` +
		jobsCell(flow.announced, text) +
		jobsCell(flow.observed, text) +
		'</tr>'
	);
}

/** How many companies the details name before `and 3 more`. */
const NAMED = 6;

/** The details of a flow shown on hover or focus: name, cases by movement, job sums, the companies. */
export function flowDetailsHtml(flow: Flow, text: FlowText): string {
	const { strings } = text;
	const jobs = (kind: 'announced' | 'observed') =>
		flow[kind].n > 0
			? fill(strings.jobs, { kind: strings[kind], sum: format(text, flow[kind].sum), n: format(text, flow[kind].n) })
			: fill(strings.noJobs, { kind: strings[kind] });
	const companies = flow.ids.slice(0, NAMED).map((id) => text.companies[id] ?? id);
	const more = flow.ids.length > NAMED ? ` ${fill(strings.moreCases, { n: format(text, flow.ids.length - NAMED) })}` : '';
	return [
		`<strong>${escapeHtml(flowName(flow, text))}</strong>`,
		`<span>${escapeHtml(casesText(flow.cases, text))}</span>`,
		`<span class="flow-movements">${badges(flow, text)}</span>`,
		`<span>${escapeHtml(jobs('announced'))}</span>`,
		`<span>${escapeHtml(jobs('observed'))}</span>`,
		`<span class="flow-companies">${escapeHtml(companies.join(', ') + more)}</span>`,
	].join('');
}
