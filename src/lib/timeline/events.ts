/**
 * The timeline events: every dated thing in the corpus (a case's steps, a document's publication
 * and answer, a context entry) as one `TimelineEvent` model, shared by the pages, the client
 * timeline and the open data (`/data/events.json`). Pure and deterministic: the same corpus gives
 * the same array, in the same order.
 */
import type { DataCorpus } from '../data-corpus.ts';
import type { Lang, Localized } from '../../schemas/common.ts';
import type { CaseData, CaseEvent } from '../../schemas/case.ts';
import type { Movement } from '../../schemas/vocabulary.ts';
import { LANES, type Lane } from './lanes.ts';
import { comparePartialDates, parsePartialDate, type Precision } from '../dates.ts';
import { label, t } from '../../i18n/index.ts';
import type { Place } from '../places.ts';

export { LANES, type Lane } from './lanes.ts';

/** A place at one end of a move: its country and, when the sources say, its name per language. */
export type EventPlace = Place;

/**
 * A job figure attached to the event that reports it (same date): announced or observed, never
 * summed; `measure` says what it counts, `claimant` who claims it.
 */
export interface EventJobs {
	kind: 'announced' | 'observed';
	measure: CaseData['jobs'][number]['measure'];
	claimant?: CaseData['jobs'][number]['claimant'];
	count: number;
}

/** One dated point or span on a timeline. */
export interface TimelineEvent {
	/** Stable id: `case/<slug>/<n>`, `document/<slug>/published|answered`, `context/<id>`. */
	id: string;
	/** The date as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string;
	/** How precise `date` is; a `year` event covers the whole year. */
	precision: Precision;
	/** First day of the span covered by `date` (UTC, `YYYY-MM-DD`). */
	start: string;
	/** First day after that span (UTC, `YYYY-MM-DD`): `2009` → `2010-01-01`. */
	end: string;
	/** The band the event is drawn in: the movement of the step itself (see `eventMovement`), `policy` or `context`. */
	lane: Lane;
	/** What kind of step: a case event type, `move` (a case dated only as a whole), `published`/`answered`, or a context kind. */
	kind: string;
	/** Who or what: the company, the document's title or the context entry's title, per language. */
	subject: Localized;
	/** What happened, per language. */
	label: Localized;
	/** Where the work left from in this step (cases only; see `eventEnds`). */
	from: EventPlace[];
	/** Where the work went in this step (cases only). */
	to: EventPlace[];
	/** Every country concerned (origin, destination, or a context entry's countries), sorted, unique. */
	countries: string[];
	/** Sector of the case's company, when the event belongs to a case. */
	sector?: string;
	/** Job figures given for this date, when known. */
	jobs: EventJobs[];
	/** The page the event opens, without language: `['cases', slug]` or `['documents', slug]`; absent for context. */
	page?: [collection: 'cases' | 'documents', slug: string];
	/** Ids of the sources that report the event. */
	sources: string[];
}

/** Thrown when an event points at a case or document that is not in the corpus. */
export class TimelineDataError extends Error {
	override name = 'TimelineDataError';
}

const both = (fn: (lang: Lang) => string): Localized => ({ fr: fn('fr'), en: fn('en') });
const day = (d: Date) => d.toISOString().slice(0, 10);

function dated(date: string): Pick<TimelineEvent, 'date' | 'precision' | 'start' | 'end'> {
	const span = parsePartialDate(date);
	return { date, precision: span.precision, start: day(span.start), end: day(span.end) };
}

/**
 * The movement a step of a case belongs to, which decides its lane and its direction:
 * 1. the event's own `movement` when the case file gives one;
 * 2. else, for an `offshored` step of a reshoring case, `offshoring` (the departure the case's
 *    return undoes; in an offshoring or nearshoring case, `offshored` is the case's own move);
 * 3. else the case's own movement.
 */
export function eventMovement(data: Pick<CaseData, 'movement'>, e: Pick<CaseEvent, 'movement' | 'type'>): Movement {
	if (e.movement) return e.movement;
	if (e.type === 'offshored' && data.movement === 'reshoring') return 'offshoring';
	return data.movement;
}

const placeOf = (l: CaseData['from'][number]): EventPlace => (l.place ? { country: l.country, place: l.place } : { country: l.country });

/**
 * Where the work left from and went in one step: the event's own `from` / `to` when given (with the
 * case's place names for the same countries); else, when the step runs against the case's movement
 * (the offshoring step of a return), the case's ends swapped; else the case's own ends.
 */
export function eventEnds(data: CaseData, e: CaseEvent): { from: EventPlace[]; to: EventPlace[] } {
	// Reshoring runs one way, offshoring and nearshoring the other.
	const reversed = (data.movement === 'reshoring') !== (eventMovement(data, e) === 'reshoring');
	const caseFrom = reversed ? data.to : data.from;
	const caseTo = reversed ? data.from : data.to;
	const own = (codes: string[] | undefined, fallback: CaseData['from']) =>
		codes
			? codes.map((country) => {
					const known = [...data.from, ...data.to].find((l) => l.country === country && l.place);
					return known ? placeOf(known) : { country };
				})
			: fallback.map(placeOf);
	return { from: own(e.from, caseFrom), to: own(e.to, caseTo) };
}

function caseEvents(id: string, data: CaseData, title: Localized): TimelineEvent[] {
	const common = {
		subject: { fr: data.company, en: data.company },
		sector: data.sector,
		page: ['cases', id] as ['cases', string],
	};
	const countries = (ends: { from: EventPlace[]; to: EventPlace[] }) =>
		[...new Set([...ends.from, ...ends.to].map((l) => l.country))].sort();
	const jobsOn = (date: string) =>
		data.jobs
			.filter((j) => j.date === date)
			.map(({ kind, measure, claimant, count }) => ({ kind, measure, ...(claimant ? { claimant } : {}), count }));
	// A case whose sources date only the move itself is still placed on the timeline, once.
	if (data.events.length === 0) {
		if (!data.date) return [];
		const ends = { from: data.from.map(placeOf), to: data.to.map(placeOf) };
		return [
			{
				id: `case/${id}/0`,
				...dated(data.date),
				lane: data.movement,
				...common,
				...ends,
				countries: countries(ends),
				kind: 'move',
				label: title,
				jobs: jobsOn(data.date),
				sources: [...data.sources],
			},
		];
	}
	return data.events.map((e, n) => {
		const ends = eventEnds(data, e);
		return {
			id: `case/${id}/${n}`,
			...dated(e.date),
			lane: eventMovement(data, e),
			...common,
			...ends,
			countries: countries(ends),
			kind: e.type,
			label: { ...e.label },
			jobs: jobsOn(e.date),
			sources: [...e.sources],
		};
	});
}

/**
 * A case the sources give no date for (no `date`): it cannot be placed on a time axis, so the
 * timeline lists it apart. `events` counts its dated steps, which the chart does show.
 */
export interface UndatedCase {
	/** The case's id (its slug). */
	id: string;
	/** The case's movement. */
	lane: Movement;
	/** The company, per language. */
	subject: Localized;
	/** The case's title, per language. */
	label: Localized;
	/** Every country of the case, sorted, unique. */
	countries: string[];
	from: string[];
	to: string[];
	sector: string;
	/** Dated steps of the case on the timeline (0 when it is not on the chart at all). */
	events: number;
	page: ['cases', string];
}

/** The cases without a date, by id: what the timeline lists in its "undated" band. */
export function undatedCases(corpus: DataCorpus): UndatedCase[] {
	return corpus.cases
		.filter((c) => !c.data.date)
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((c) => {
			const from = [...new Set(c.data.from.map((l) => l.country))].sort();
			const to = [...new Set(c.data.to.map((l) => l.country))].sort();
			return {
				id: c.id,
				lane: c.data.movement,
				subject: { fr: c.data.company, en: c.data.company },
				label: both((l) => c.text[l].title),
				countries: [...new Set([...from, ...to])].sort(),
				from,
				to,
				sector: c.data.sector,
				events: c.data.events.length,
				page: ['cases', c.id],
			};
		});
}

/** Every event of the corpus, in time order (see `compareEvents`). Throws on a dangling link. */
export function timelineEvents(corpus: DataCorpus): TimelineEvent[] {
	const caseIds = new Set(corpus.cases.map((c) => c.id));
	const documentIds = new Set(corpus.documents.map((d) => d.id));
	const events: TimelineEvent[] = [];

	for (const c of corpus.cases)
		events.push(
			...caseEvents(
				c.id,
				c.data,
				both((l) => c.text[l].title),
			),
		);

	for (const d of corpus.documents) {
		const common = {
			lane: 'policy' as const,
			subject: both((l) => d.text[l].title),
			from: [],
			to: [],
			countries: [],
			jobs: [],
			page: ['documents', d.id] as ['documents', string],
			sources: [...d.data.sources],
		};
		const page = (p?: number) => (l: Lang) => (p ? `, ${t(l, 'doc.page', { page: p })}` : '');
		const { published, answered, ministryAnswering } = d.data;
		events.push({
			id: `document/${d.id}/published`,
			...dated(published.date),
			...common,
			kind: 'published',
			label: both((l) => label(l, 'documentKind', d.data.kind) + page(published.page)(l)),
		});
		if (answered)
			events.push({
				id: `document/${d.id}/answered`,
				...dated(answered.date),
				...common,
				kind: 'answered',
				label: both(
					(l) =>
						(ministryAnswering ? t(l, 'timeline.doc.answerBy', { ministry: ministryAnswering[l] }) : t(l, 'timeline.doc.answered')) +
						page(answered.page)(l),
				),
			});
	}

	for (const c of corpus.context) {
		for (const slug of c.data.relatedCases)
			if (!caseIds.has(slug)) throw new TimelineDataError(`context "${c.id}": related case "${slug}" is not in the corpus`);
		for (const slug of c.data.relatedDocuments)
			if (!documentIds.has(slug)) throw new TimelineDataError(`context "${c.id}": related document "${slug}" is not in the corpus`);
		events.push({
			id: `context/${c.id}`,
			...dated(c.data.date),
			lane: 'context',
			kind: c.data.kind,
			subject: { ...c.data.title },
			label: { ...c.data.summary },
			from: [],
			to: [],
			countries: [...new Set(c.data.countries)].sort(),
			jobs: [],
			sources: [...c.data.sources],
		});
	}
	return events.map(ordered).sort(compareEvents);
}

/** The same event with its keys in the documented order, so that the JSON reads the same for every kind. */
function ordered(e: TimelineEvent): TimelineEvent {
	const { id, date, precision, start, end, lane, kind, subject, label, from, to, countries, sector, jobs, page, sources } = e;
	return {
		id,
		date,
		precision,
		start,
		end,
		lane,
		kind,
		subject,
		label,
		from,
		to,
		countries,
		...(sector ? { sector } : {}),
		jobs,
		...(page ? { page } : {}),
		sources,
	};
}

/** Time order (a year before the months inside it), then lane order, then id: a total, stable order. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return comparePartialDates(a.date, b.date) || LANES.indexOf(a.lane) - LANES.indexOf(b.lane) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The events of one case, for its own mini timeline; throws when the case is not in the corpus. */
export function caseTimeline(events: TimelineEvent[], corpus: DataCorpus, slug: string): TimelineEvent[] {
	if (!corpus.cases.some((c) => c.id === slug)) throw new TimelineDataError(`case "${slug}" is not in the corpus`);
	return events.filter((e) => e.page?.[0] === 'cases' && e.page[1] === slug);
}
