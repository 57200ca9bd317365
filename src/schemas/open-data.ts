/**
 * The open-data downloads (`/data/…`): what every file carries besides its records. The JSON
 * Schemas published with the data are derived from these and the content schemas (never by hand).
 */
import { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { CLAIMANTS, JOB_MEASURES } from './vocabulary.ts';
import { httpUrl, localized, partialDate, slug } from './common.ts';

/** The version of a download: the latest editorial update and a hash of the whole content. */
export const dataVersion = z.object({
	/** Date of the latest editorial update of any case or document (`updated`). */
	date: partialDate,
	/** First 12 hex digits of the SHA-256 of the content: changes whenever any fact or text changes. */
	hash: z.string().regex(/^[0-9a-f]{12}$/),
});
export type DataVersion = z.infer<typeof dataVersion>;

/** The licence under which the data may be reused. */
export const dataLicence = z.object({
	/** Short name, e.g. `CC BY 4.0`. */
	name: z.string().min(1),
	/** The licence text. */
	url: httpUrl,
});

/** A case as published: its id, title and summary in both languages, and every validated fact. */
export const caseRecord = caseSchema.extend({
	/**
	 * The case's id, also its URL slug: `/en/cases/<id>/`.
	 * @fr Identifiant du cas, qui est aussi son adresse : `/fr/cases/<id>/`.
	 */
	id: slug,
	/**
	 * Title, per language.
	 * @fr Titre, par langue.
	 */
	title: localized,
	/**
	 * One or two sentences, per language.
	 * @fr Résumé en une ou deux phrases, par langue.
	 */
	summary: localized,
});
export type CaseRecord = z.infer<typeof caseRecord>;

/** `cases.json`: every case with the version and licence of the download. */
export const casesFile = z.object({
	/** Always `cases`. */
	dataset: z.literal('cases'),
	/** Title of the data set. */
	title: z.string(),
	version: dataVersion,
	licence: dataLicence,
	/** How to cite the data set. */
	citation: z.string(),
	/** Number of cases in `cases`. */
	count: z.number().int().nonnegative(),
	/** Cases, ordered by id. */
	cases: z.array(caseRecord),
});
export type CasesFile = z.infer<typeof casesFile>;

/** A place at one end of a step: its country and, when the sources say, its name per language. */
const eventPlace = z.object({
	/** ISO 3166-1 alpha-2 code. */
	country: z.string(),
	/** Town or site, per language. */
	place: localized.optional(),
});

/** One dated point or span of the timeline (`events.json` → `events[]`). */
export const timelineEventRecord = z.object({
	/** Stable id: `case/<slug>/<n>`, `document/<slug>/published|answered`, `context/<id>`. */
	id: z.string(),
	/** The date as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: partialDate,
	/** How precise `date` is; a `year` event covers the whole year. */
	precision: z.enum(['year', 'month', 'day']),
	/** First day of the span covered by `date` (UTC, `YYYY-MM-DD`). */
	start: z.string(),
	/** First day after that span (UTC, `YYYY-MM-DD`). */
	end: z.string(),
	/** The band the event is drawn in: the movement of the step itself, `policy` or `context`. */
	lane: z.enum(['reshoring', 'nearshoring', 'offshoring', 'policy', 'context']),
	/** What kind of step: a case event type, `move` (a case dated only as a whole), `published`/`answered`, or a context kind. */
	kind: z.string(),
	/** Who or what: the company, the document's title or the context entry's title, per language. */
	subject: localized,
	/** What happened, per language. */
	label: localized,
	/** Where the work left from in this step (cases only). */
	from: z.array(eventPlace),
	/** Where the work went in this step (cases only). */
	to: z.array(eventPlace),
	/** Every country concerned, sorted, unique. */
	countries: z.array(z.string()),
	/** Sector of the case's company, when the event belongs to a case. */
	sector: z.string().optional(),
	/** Job figures given for this date: announced or observed, with what they count; never summed. */
	jobs: z.array(
		z.object({
			kind: z.enum(['announced', 'observed']),
			measure: z.enum(JOB_MEASURES),
			claimant: z.enum(CLAIMANTS).optional(),
			count: z.number().int().nonnegative(),
		}),
	),
	/** The page the event opens, without language: `["cases", slug]` or `["documents", slug]`; absent for context. */
	page: z.tuple([z.enum(['cases', 'documents']), slug]).optional(),
	/** Ids of the sources that report the event. */
	sources: z.array(z.string()),
});

/** `events.json`: every timeline event with the same version, licence and citation as `cases.json`. */
export const eventsFile = z.object({
	/** Always `events`. */
	dataset: z.literal('events'),
	/** Title of the data set. */
	title: z.string(),
	version: dataVersion,
	licence: dataLicence,
	/** How to cite the data set. */
	citation: z.string(),
	/** Number of events in `events`. */
	count: z.number().int().nonnegative(),
	/** Events in time order, then lane, then id. */
	events: z.array(timelineEventRecord),
});
export type EventsFile = z.infer<typeof eventsFile>;
