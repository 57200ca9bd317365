/**
 * Origin → destination flows for the flow map: pure maths shared by the page (table without
 * JavaScript) and the map's client script (filters). A case with no origin draws no flow.
 */
import type { Lang } from '../../schemas/common.ts';
import { MOVEMENTS, type Movement } from '../../schemas/vocabulary.ts';

/**
 * What the map needs of a case. Job figures are the case's latest comparable figure of each kind
 * (jobs moved, created or cut: `latestComparable` in src/lib/job-figures.ts; never a head count or a
 * figure without a measure), so that widths add like with like; absent when there is none.
 */
export interface FlowCase {
	id: string;
	company: string;
	movement: Movement;
	year?: number;
	from: string[];
	to: string[];
	announced?: number;
	observed?: number;
}

/** A sum over the cases that have a figure, with how many have one (missing is never zero). */
export interface FigureSum {
	sum: number;
	/** Cases that have a figure of this kind. */
	n: number;
}

/** One arrow: a directed pair of countries (origin → destination), with the cases on it by movement. */
export interface Flow {
	/** `FR-MA`: origin and destination, ISO codes. */
	key: string;
	from: string;
	to: string;
	cases: number;
	/** Cases of each movement on this pair (each case counts under its own movement). */
	movements: Record<Movement, number>;
	/** The cases on this pair, in the order of the cases given (by id). */
	ids: string[];
	announced: FigureSum;
	observed: FigureSum;
}

/** What colours a flow: its movement when all its cases share one, `mixed` when they do not. */
export type FlowColour = Movement | 'mixed';

/** What the map's script reads from the figures payload (see `figurePayloads()` in src/lib/figures.ts). */
export interface FlowMapPayload {
	cases: FlowCase[];
	positions: Record<string, [number, number]>;
	names: Record<string, string>;
	movements: Record<Movement, string>;
	strings: FlowStrings;
	csv: string;
	/** The page's language (case links) and its Intl locale (numbers). */
	lang: Lang;
	locale: string;
}

/** The UI strings the map's script fills (`{n}`, `{kind}`…), from the i18n dictionaries. */
export type FlowStrings = Record<
	| 'cases'
	| 'jobs'
	| 'noJobs'
	| 'announced'
	| 'observed'
	| 'shown'
	| 'none'
	| 'noOrigin'
	| 'noFigure'
	| 'movementCount'
	| 'flowLabel'
	| 'mixed'
	| 'moreCases',
	string
>;

export interface FlowFilter {
	movement?: Movement;
	/** First and last year, inclusive; cases of unknown year are left out when either is set. */
	fromYear?: number;
	toYear?: number;
}

/** What a weight measures: number of cases, or one kind of job figure (never both added). */
export type FlowWeight = 'cases' | 'announced' | 'observed';

/** The value of a flow for a weight; undefined when no case on it has that figure. */
export function flowValue(flow: Flow, weight: FlowWeight): number | undefined {
	if (weight === 'cases') return flow.cases;
	return flow[weight].n > 0 ? flow[weight].sum : undefined;
}

/** A flow's colour: its only movement, or `mixed`. */
export function flowColour(flow: Flow): FlowColour {
	const present = MOVEMENTS.filter((m) => flow.movements[m] > 0);
	return present.length === 1 ? present[0]! : 'mixed';
}

/**
 * The flows a map draws for a weight, and those it leaves out: `unplaced` when a country has no
 * position on the base map, `noFigure` when weighted by jobs and no case on the flow has a figure of
 * that kind (a missing figure is never drawn as zero).
 */
export function mapFlows(
	flows: readonly Flow[],
	weight: FlowWeight,
	positions: Readonly<Record<string, unknown>>,
): { drawn: Flow[]; unplaced: Flow[]; noFigure: Flow[] } {
	const unplaced = flows.filter((f) => !positions[f.from] || !positions[f.to]);
	const placed = flows.filter((f) => !unplaced.includes(f));
	return {
		drawn: placed.filter((f) => flowValue(f, weight) !== undefined),
		unplaced,
		noFigure: placed.filter((f) => flowValue(f, weight) === undefined),
	};
}

/** Cases kept by a filter. */
export function filterFlowCases(cases: readonly FlowCase[], filter: FlowFilter = {}): FlowCase[] {
	const period = filter.fromYear !== undefined || filter.toYear !== undefined;
	return cases.filter(
		(c) =>
			(!filter.movement || c.movement === filter.movement) &&
			(!period || (c.year !== undefined && c.year >= (filter.fromYear ?? -Infinity) && c.year <= (filter.toYear ?? Infinity))),
	);
}

/**
 * The flows of the cases a filter keeps, one per directed country pair whatever the movements on it,
 * largest first (by cases, then key). A case with several origins or destinations counts once in
 * each of its flows.
 */
export function aggregateFlows(
	cases: readonly FlowCase[],
	filter: FlowFilter = {},
): { flows: Flow[]; withoutOrigin: number; kept: number } {
	const kept = filterFlowCases(cases, filter);
	const flows = new Map<string, Flow>();
	const add = (sum: FigureSum, value: number | undefined) => {
		if (value === undefined) return;
		sum.sum += value;
		sum.n += 1;
	};
	for (const c of kept)
		for (const from of new Set(c.from))
			for (const to of new Set(c.to)) {
				if (from === to) continue;
				const key = `${from}-${to}`;
				let flow = flows.get(key);
				if (!flow) {
					const movements = Object.fromEntries(MOVEMENTS.map((m) => [m, 0])) as Record<Movement, number>;
					flow = { key, from, to, cases: 0, movements, ids: [], announced: { sum: 0, n: 0 }, observed: { sum: 0, n: 0 } };
					flows.set(key, flow);
				}
				flow.cases += 1;
				flow.movements[c.movement] += 1;
				flow.ids.push(c.id);
				add(flow.announced, c.announced);
				add(flow.observed, c.observed);
			}
	return {
		flows: [...flows.values()].sort((a, b) => b.cases - a.cases || (a.key < b.key ? -1 : 1)),
		withoutOrigin: kept.filter((c) => c.from.length === 0).length,
		kept: kept.length,
	};
}

/** The years present among the cases, ascending. */
export function flowYears(cases: readonly FlowCase[]): number[] {
	return [...new Set(cases.flatMap((c) => (c.year === undefined ? [] : [c.year])))].sort((a, b) => a - b);
}
