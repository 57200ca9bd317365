/**
 * The closed lists of the content model. Labels live in the UI dictionaries
 * (`src/i18n/*.json`, keys `movement.*`, `motive.*` …); a test checks that every value has one.
 */

/** Direction of a case: back home, far away, or to a nearby lower-cost country. */
export const MOVEMENTS = ['reshoring', 'offshoring', 'nearshoring'] as const;
export type Movement = (typeof MOVEMENTS)[number];

/** Whether the whole activity moved or only part of it. */
export const SCOPES = ['total', 'partial', 'unknown'] as const;

/** How far the move is known to have happened. */
export const STATUSES = ['announced', 'implemented', 'reversed', 'unknown'] as const;

/** The business function that moved. */
export const FUNCTIONS = [
	'customer-service',
	'telesales',
	'technical-support',
	'reservations',
	'back-office',
	'collections',
	'several',
] as const;

/** Who runs the work: the company itself or an outsourcer. */
export const OPERATORS = ['in-house', 'provider', 'unknown'] as const;

/** Economic sector of the company whose customers are served. */
export const SECTORS = [
	'telecom',
	'energy',
	'banking-insurance',
	'retail',
	'transport-travel',
	'public-services',
	'technology',
	'media',
	'outsourcing',
	'health',
	'other',
] as const;

/** Documented reasons given for a move. */
export const MOTIVES = [
	'service-quality',
	'customer-complaints',
	'labour-cost',
	'brand-image',
	'political-pressure',
	'regulation',
	'data-protection',
	'disruption',
	'automation',
	'proximity',
	'language-skills',
	'opening-hours',
	'activity-peaks',
	'recruitment',
	'public-aid',
	'cultural-fit',
	'consolidation',
] as const;

/**
 * What a job figure counts. Only `moved`, `created` and `cut` figures are comparable and may be
 * added up; `site-staff` and `company-staff` are head counts, shown as context only.
 */
export const JOB_MEASURES = ['moved', 'created', 'cut', 'site-staff', 'company-staff'] as const;
export type JobMeasure = (typeof JOB_MEASURES)[number];

/** Who makes a claim about a figure, when it is someone's claim rather than a count the source made. */
export const CLAIMANTS = ['company', 'union', 'government', 'press'] as const;

/** How well a case is established. */
export const CONFIDENCES = ['single-source', 'corroborated', 'official-record'] as const;

/** Kinds of step in a case's own timeline. */
export const EVENT_TYPES = [
	'offshored',
	'announced',
	'opened',
	'relocated',
	'closed',
	'acquired',
	'jobs-observed',
	'statement',
	'other',
] as const;

/** Kinds of publisher, used to weigh a source. */
export const SOURCE_TYPES = ['official', 'press', 'company', 'academic', 'union', 'aggregator', 'blog'] as const;

/** Kinds of policy record. */
export const DOCUMENT_KINDS = [
	'written-question',
	'oral-question',
	'bill',
	'law',
	'report',
	'ministerial-statement',
	'proposed-rule',
	'public-funding',
	'label',
] as const;

/** Kinds of context event. */
export const CONTEXT_KINDS = ['law', 'crisis', 'statistic', 'market', 'research'] as const;

/** Series drawn from statistics entries on the figures page (`series` of a context entry). */
export const SERIES = ['adviser-pay', 'offshore-share'] as const;
export type SeriesId = (typeof SERIES)[number];

/**
 * What a point of a series measures, as its source defines it. Adviser pay: a salary (gross, net,
 * or not said), a starting salary, or what an adviser costs the employer (salary plus charges).
 * Offshore share: the share of outsourcers' revenue, activity, full-time equivalents, staff,
 * positions or production centres located offshore — different definitions, never one line.
 */
export const SERIES_MEASURES = {
	'adviser-pay': ['gross-salary', 'net-average-salary', 'salary', 'starting-salary', 'employer-cost'],
	'offshore-share': ['revenue', 'activity', 'fte', 'staff', 'positions', 'production-centres'],
} as const satisfies Record<SeriesId, readonly string[]>;
export type SeriesMeasure = (typeof SERIES_MEASURES)[SeriesId][number];

/** Units of a series point: an ISO 4217 currency as the source states it, or a percentage. */
export const SERIES_UNITS = ['EUR', 'MAD', 'TND', 'percent'] as const;

/** How the source qualifies a value: `about` (environ), `nearly` (près de, proche de). */
export const SERIES_QUALIFIERS = ['about', 'nearly'] as const;
