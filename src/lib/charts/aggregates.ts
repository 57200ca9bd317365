/**
 * The numbers behind the figures, computed from the corpus. Missing values are never counted as
 * zero: each aggregate says how many cases it leaves out and why. Announced and observed job
 * figures are kept apart (an announcement is not an outcome), and only comparable figures are
 * added up: jobs moved, created or cut (src/lib/job-figures.ts). Head counts (`site-staff`,
 * `company-staff`) and figures without a `measure` are never summed or compared.
 */
import type { DataCorpus } from '../data-corpus.ts';
import { MOVEMENTS, type Movement } from '../../schemas/vocabulary.ts';
import { yearOf } from '../dates.ts';
import type { FlowCase } from './flows.ts';
import { caseJobFigure, latestComparable } from '../job-figures.ts';
import { eventMovement } from '../timeline/events.ts';

/** One bar segment: a value for a year and a movement. */
export interface YearMovementValue {
	year: number;
	movement: Movement;
	value: number;
	/** Cases behind the value. */
	cases: number;
}

const byYearMovement = (rows: YearMovementValue[]) =>
	rows.sort((a, b) => a.year - b.year || MOVEMENTS.indexOf(a.movement) - MOVEMENTS.indexOf(b.movement));

function accumulate(entries: { year: number; movement: Movement; value: number; id: string }[]): YearMovementValue[] {
	const cells = new Map<string, YearMovementValue & { ids: Set<string> }>();
	for (const e of entries) {
		const key = `${e.year}|${e.movement}`;
		const cell = cells.get(key) ?? { year: e.year, movement: e.movement, value: 0, cases: 0, ids: new Set<string>() };
		cell.value += e.value;
		cell.ids.add(e.id);
		cell.cases = cell.ids.size;
		cells.set(key, cell);
	}
	return byYearMovement([...cells.values()].map(({ ids: _, ...cell }) => cell));
}

/**
 * Dated events of the cases' own timelines, per year and per movement of the step itself (an
 * offshoring step in the story of a return counts as offshoring: see `eventMovement`).
 */
export function eventsByYear(corpus: DataCorpus): { rows: YearMovementValue[]; events: number; casesWithoutEvents: number } {
	const entries = corpus.cases.flatMap((c) =>
		c.data.events.map((e) => ({ year: yearOf(e.date), movement: eventMovement(c.data, e), value: 1, id: c.id })),
	);
	return {
		rows: accumulate(entries),
		events: entries.length,
		casesWithoutEvents: corpus.cases.filter((c) => c.data.events.length === 0).length,
	};
}

/**
 * Jobs of one kind per year and movement: the sum, over the cases, of each case's latest
 * comparable figure of that kind (jobs moved, created or cut: `latestComparable`), in the year of
 * the figure (or of the case when the figure is undated). Head counts and figures without a measure
 * are never added. Cases without such a figure, or without any year, are counted apart, never as
 * zero: `withoutFigure` have no figure of that kind at all, `notComparable` have only head counts or
 * figures whose measure is not stated.
 */
export function jobsByYear(
	corpus: DataCorpus,
	kind: 'announced' | 'observed',
): { rows: YearMovementValue[]; counted: number; withoutFigure: number; notComparable: number; undated: number } {
	let withoutFigure = 0;
	let notComparable = 0;
	let undated = 0;
	const entries: { year: number; movement: Movement; value: number; id: string }[] = [];
	for (const c of corpus.cases) {
		const figure = latestComparable(c.data.jobs, kind);
		const date = figure?.date ?? c.data.date;
		if (!figure) {
			if (c.data.jobs.some((j) => j.kind === kind)) notComparable += 1;
			else withoutFigure += 1;
		} else if (!date) undated += 1;
		else entries.push({ year: yearOf(date), movement: c.data.movement, value: figure.count, id: c.id });
	}
	return { rows: accumulate(entries), counted: entries.length, withoutFigure, notComparable, undated };
}

/** A country's number of cases; `other` gathers the countries past the top N. */
export interface CountryCount {
	country: string;
	cases: number;
	/** For `other`: how many countries it gathers. */
	countries?: number;
}

/**
 * Countries of origin (`from`) or destination (`to`) by number of cases, the top `n` and the rest
 * as `other`. A case counts once per country it names; cases naming none are counted apart.
 */
export function topCountries(corpus: DataCorpus, end: 'from' | 'to', n = 8): { rows: CountryCount[]; withoutCountry: number } {
	const counts = new Map<string, number>();
	for (const c of corpus.cases)
		for (const country of new Set(c.data[end].map((l) => l.country))) counts.set(country, (counts.get(country) ?? 0) + 1);
	const sorted = [...counts]
		.map(([country, cases]) => ({ country, cases }))
		.sort((a, b) => b.cases - a.cases || (a.country < b.country ? -1 : 1));
	const top = sorted.slice(0, sorted.length > n + 1 ? n : n + 1);
	const rest = sorted.slice(top.length);
	const rows: CountryCount[] =
		rest.length > 0 ? [...top, { country: 'other', cases: rest.reduce((s, r) => s + r.cases, 0), countries: rest.length }] : top;
	return { rows, withoutCountry: corpus.cases.filter((c) => c.data[end].length === 0).length };
}

/** The cost of a move divided by its jobs, in the currency reported (never converted). */
export interface CostPerJob {
	id: string;
	company: string;
	movement: Movement;
	amount: number;
	currency: string;
	approximate: boolean;
	jobs: number;
	/** What the figure counts: moved, created or cut. */
	measure: string;
	/** Which figure the jobs are: the latest observed comparable one when there is one, else the latest announced (`caseJobFigure`). */
	basis: 'observed' | 'announced';
	perJob: number;
}

/**
 * Cost per job for every case with a cost and a non-zero comparable job figure (`caseJobFigure`:
 * jobs moved, created or cut, observed else announced; never a head count); by currency, then
 * highest first.
 */
export function costPerJob(corpus: DataCorpus): { rows: CostPerJob[]; withoutCost: number; withoutJobs: number } {
	const rows: CostPerJob[] = [];
	let withoutJobs = 0;
	for (const c of corpus.cases) {
		const cost = c.data.cost;
		if (!cost) continue;
		const figure = caseJobFigure(c.data.jobs);
		if (!figure || figure.count === 0) {
			withoutJobs += 1;
			continue;
		}
		rows.push({
			id: c.id,
			company: c.data.company,
			movement: c.data.movement,
			amount: cost.amount,
			currency: cost.currency,
			approximate: cost.approximate,
			jobs: figure.count,
			measure: figure.measure!,
			basis: figure.kind,
			perJob: Math.round(cost.amount / figure.count),
		});
	}
	rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0) || b.perJob - a.perJob || (a.id < b.id ? -1 : 1));
	return { rows, withoutCost: corpus.cases.filter((c) => !c.data.cost).length, withoutJobs };
}

/**
 * What the flow map needs of each case, ordered by id: its latest comparable announced and observed
 * figures (jobs moved, created or cut; never a head count), so that the map's widths add like with like.
 */
export function flowCases(corpus: DataCorpus): FlowCase[] {
	return [...corpus.cases]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((c) => ({
			id: c.id,
			company: c.data.company,
			movement: c.data.movement,
			...(c.data.date ? { year: yearOf(c.data.date) } : {}),
			from: c.data.from.map((l) => l.country),
			to: c.data.to.map((l) => l.country),
			...(latestComparable(c.data.jobs, 'announced') ? { announced: latestComparable(c.data.jobs, 'announced')!.count } : {}),
			...(latestComparable(c.data.jobs, 'observed') ? { observed: latestComparable(c.data.jobs, 'observed')!.count } : {}),
		}));
}
