/**
 * A case: one company's move of customer-contact work. The facts live in
 * `content/cases/<slug>/case.yaml`; the prose in `fr.md` and `en.md` beside it (see `text.ts`).
 */
import { z } from 'astro/zod';
import { change, countryCode, fields, line, localized, partialDate, slug } from './common.ts';
import {
	CLAIMANTS,
	CONFIDENCES,
	EVENT_TYPES,
	JOB_MEASURES,
	FUNCTIONS,
	MOTIVES,
	MOVEMENTS,
	OPERATORS,
	SCOPES,
	SECTORS,
	STATUSES,
} from './vocabulary.ts';

/** Source ids (file names in `content/sources/`, without `.yaml`); at least one. */
export const sourceIds = z.array(slug).min(1, { error: 'expected at least one source id' });

/** One end of a move: a country and, when known, a place. */
const location = fields({
	/** ISO 3166-1 alpha-2 code. */
	country: countryCode,
	/** Town or site, per language (`Abbeville (Somme)`); omit when the sources do not say. */
	place: localized.optional(),
});

/** A number of jobs, always dated and sourced: an announcement is not an outcome. */
const jobFigure = fields({
	/** `announced` (a plan or promise) or `observed` (a reported head count). */
	kind: z.enum(['announced', 'observed']),
	/**
	 * What the figure counts: `moved` (jobs transferred from the origin to the destination),
	 * `created` (positions created at the destination), `cut` (positions cut at the origin),
	 * `site-staff` (head count of one site at a date) or `company-staff` (head count of a company or
	 * group). Only moved, created and cut figures are ever added up; head counts are context.
	 */
	measure: z.enum(JOB_MEASURES, { error: `expected what the figure counts: one of ${JOB_MEASURES.join(', ')}` }),
	/**
	 * The movement the figure belongs to, when it is not the case's own (the jobs an earlier
	 * offshoring step sent abroad, in the story of a return): it is then counted with that movement.
	 */
	movement: z.enum(MOVEMENTS).optional(),
	/** Who makes the claim, when the figure is someone's claim: company, union, government, press (estimate). */
	claimant: z.enum(CLAIMANTS).optional(),
	/** The figure as the source gives it. */
	count: z.number().int().nonnegative(),
	/** When the figure was given or observed. */
	date: partialDate.optional(),
	/** What the figure counts, per language, when it needs saying (`staff of the Dreux site`). */
	note: localized.optional(),
	/** Where the figure comes from. */
	sources: sourceIds,
});

/** A short quote in its original language, attributed and sourced. */
const quote = fields({
	/** The exact words, in the original language, kept short. */
	text: line.max(300),
	/** Language of the quote (`fr`, `en`). */
	lang: z.string().regex(/^[a-z]{2}$/),
	/** Who said it. */
	speaker: line,
	/** The speaker's role at the time, per language. */
	role: localized.optional(),
	/** Where the quote was published. */
	sources: sourceIds,
});

/** A dated step of the case's own story. */
export const caseEvent = fields({
	/** When it happened, at the precision the source gives. */
	date: partialDate,
	/** What kind of step it is. */
	type: z.enum(EVENT_TYPES),
	/**
	 * The movement this step belongs to, when it is not the case's own (an offshoring step in the
	 * story of a return is `offshoring`); the timeline draws the step in that lane.
	 */
	movement: z.enum(MOVEMENTS).optional(),
	/** Where the work left from in this step, when it differs from the case's origin (ISO codes). */
	from: z.array(countryCode).optional(),
	/** Where the work went in this step, when it differs from the case's destination (ISO codes). */
	to: z.array(countryCode).optional(),
	/** What happened, in a short phrase per language. */
	label: localized,
	/** Where this is reported. */
	sources: sourceIds,
});

export const caseSchema = fields({
	/** The company whose customer contact moved. */
	company: line,
	/** The group the company belongs to, when relevant. */
	group: line.optional(),
	/** Sector of the company (closed list). */
	sector: z.enum(SECTORS),
	/** Business function that moved (closed list). */
	function: z.enum(FUNCTIONS),
	/** Whether the company runs the work itself or through an outsourcer. */
	operator: z.enum(OPERATORS),
	/** The outsourcer's name when `operator` is `provider`. */
	provider: line.optional(),
	/** reshoring | offshoring | nearshoring. */
	movement: z.enum(MOVEMENTS),
	/** Whether all of the activity moved or only part. */
	scope: z.enum(SCOPES),
	/** Where the work left from: one or more places; empty when the sources do not say. */
	from: z.array(location).default([]),
	/** Where the work went: one or more places, at least the country. */
	to: z.array(location).min(1, { error: 'expected at least one destination country' }),
	/** When the move happened or was announced, at the precision the sources give; omit when unknown. */
	date: partialDate.optional(),
	/** How far the move is known to have happened. */
	status: z.enum(STATUSES),
	/** Job figures, each announced or observed, dated and sourced. Never summed. */
	jobs: z.array(jobFigure).default([]),
	/** Cost of the move as reported. */
	cost: z
		.object({
			/** Amount in `currency`. */
			amount: z.number().positive(),
			/** ISO 4217 code, e.g. EUR. */
			currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as EUR' }),
			/** True when the source gives an approximate figure ("about €150,000"). */
			approximate: z.boolean().default(false),
			/** Where the figure comes from. */
			sources: sourceIds,
		})
		.optional(),
	/** Documented reasons for the move (closed list). */
	motives: z.array(z.enum(MOTIVES)).default([]),
	/** Short attributed quotes in their original language. */
	quotes: z.array(quote).default([]),
	/** The case's own timeline, in any order (sorted when shown). */
	events: z.array(caseEvent).default([]),
	/** Every source that supports the case (the page's bibliography). */
	sources: sourceIds,
	/** Slugs of related cases. */
	relatedCases: z.array(slug).default([]),
	/** Slugs of related policy documents. */
	relatedDocuments: z.array(slug).default([]),
	/** single-source | corroborated | official-record. */
	confidence: z.enum(CONFIDENCES),
	/** Date this page was first published on ORCA (YYYY-MM-DD), cited as its publication date; defaults to `updated`. */
	firstPublished: partialDate.optional(),
	/** Slugs this case was published under before (a merged or renamed page): their URLs redirect here. */
	formerIds: z.array(slug).default([]),
	/** Later changes to this record, oldest first: each dated, in both languages. */
	changes: z.array(change).default([]),
	/** Date of the last editorial update of this case (YYYY-MM-DD). */
	updated: partialDate,
});
export type CaseData = z.infer<typeof caseSchema>;
export type CaseEvent = z.infer<typeof caseEvent>;
export type Location = z.infer<typeof location>;
