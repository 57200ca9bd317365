/** A context event or statistic (a law in force, COVID-19, sector employment): `content/context/<id>.yaml`. */
import { z } from 'astro/zod';
import { countryCode, localized, partialDate } from './common.ts';
import { sourceIds } from './case.ts';
import { CONTEXT_KINDS } from './vocabulary.ts';

export const contextSchema = z.object({
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
	/** A figure, when the event is a statistic. */
	figure: z
		.object({
			/** The value as published. */
			value: z.number(),
			/** What it counts, per language (`jobs in French call centres`). */
			unit: localized,
		})
		.optional(),
	/** Where this is reported. */
	sources: sourceIds,
});
export type ContextData = z.infer<typeof contextSchema>;
