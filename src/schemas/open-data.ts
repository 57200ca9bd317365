/**
 * The open-data downloads (`/data/…`): what every file carries besides its records. The JSON
 * Schemas published with the data are derived from these and the content schemas (never by hand).
 */
import { z } from 'astro/zod';
import { caseSchema } from './case.ts';
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
	/** The case's id, also its URL slug: `/fr/cases/<id>/`. */
	id: slug,
	/** Title per language. */
	title: localized,
	/** One or two sentences per language. */
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
