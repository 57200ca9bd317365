/** A context event or statistic (a law in force, COVID-19, sector employment): `content/context/<id>.yaml`. */
import { z } from 'astro/zod';
import { countryCode, fields, localized, partialDate, slug } from './common.ts';
import { sourceIds } from './case.ts';
import { CONTEXT_KINDS } from './vocabulary.ts';

export const contextSchema = fields({
	/** What kind of context it is. */
	kind: z.enum(CONTEXT_KINDS),
	/** When it happened or what date the figure refers to. */
	date: partialDate,
	/** A short title per language. */
	title: localized,
	/** One or two sentences per language, in the site's own words. */
	summary: localized,
	/** Countries concerned. */
	countries: z.array(countryCode).default([]),
	/** Figures, when the entry is a statistic: each as published, with what it counts. */
	figures: z
		.array(
			fields({
				/** The value as published (a count, an amount, a percentage). */
				value: z.number(),
				/** What it counts, per language (`jobs in French call centres`, `% of calls`). */
				unit: localized,
				/** The date the figure refers to, when it differs from the entry's date. */
				date: partialDate.optional(),
				/** Where this figure comes from. */
				sources: sourceIds,
			}),
		)
		.default([]),
	/** Slugs of related cases. */
	relatedCases: z.array(slug).default([]),
	/** Slugs of related documents. */
	relatedDocuments: z.array(slug).default([]),
	/** Where this is reported. */
	sources: sourceIds,
});
export type ContextData = z.infer<typeof contextSchema>;
