/** A context event or statistic (a law in force, COVID-19, sector employment): `content/context/<id>.yaml`. */
import { z } from 'astro/zod';
import { countryCode, fields, localized, partialDate, slug } from './common.ts';
import { sourceIds } from './case.ts';
import { CONTEXT_KINDS, SERIES, SERIES_MEASURES, SERIES_QUALIFIERS, SERIES_UNITS } from './vocabulary.ts';

/**
 * One point of a series drawn on the figures page (adviser pay, offshore share), as its source
 * states it: never converted, never computed. A range stays a range (`value` to `upTo`).
 */
export const seriesPoint = fields({
	/** Which series the point belongs to. */
	series: z.enum(SERIES),
	/** What is measured, from the series' own list (see `SERIES_MEASURES`). */
	measure: z.enum([...new Set(Object.values(SERIES_MEASURES).flat())] as [string, ...string[]]),
	/** The year or date the value refers to, at the source's precision. */
	date: partialDate,
	/** True when the source gives no date and `date` is inferred from what it refers to (say how in `note`). */
	dateInferred: z.boolean().default(false),
	/** The country the pay is earned in (required for `adviser-pay`). */
	country: countryCode.optional(),
	/** The value as the source states it; the low end when the source gives a range. */
	value: z.number(),
	/** The high end, when the source gives a range (`19 to 23%`). */
	upTo: z.number().optional(),
	/** `about` or `nearly` when the source says so. */
	qualifier: z.enum(SERIES_QUALIFIERS).optional(),
	/** The unit as the source states it: a currency (`EUR`, `MAD`, `TND`) or `percent`. */
	unit: z.enum(SERIES_UNITS),
	/** True when the source says the amount is monthly. */
	perMonth: z.boolean().default(false),
	/** The same amount in another currency, only when the source itself gives it (`4 000 DH (360 euros)`). */
	equivalent: fields({
		/** The amount as the source gives it. */
		value: z.number(),
		/** Its currency. */
		unit: z.enum(SERIES_UNITS),
	}).optional(),
	/** Who states the figure (a study and who relays it, a newspaper, a company), per language. */
	statedBy: localized,
	/** What a reader must know to read the point (scope, inferred date, what the source adds). */
	note: localized.optional(),
	/** Where the value is read. */
	sources: sourceIds,
}).superRefine((point, ctx) => {
	const allowed: readonly string[] = SERIES_MEASURES[point.series];
	if (!allowed.includes(point.measure))
		ctx.addIssue({
			code: 'custom',
			path: ['measure'],
			message: `measure "${point.measure}" does not belong to series "${point.series}"; expected one of: ${allowed.join(', ')}`,
		});
	if (point.series === 'adviser-pay' && point.unit === 'percent')
		ctx.addIssue({ code: 'custom', path: ['unit'], message: 'adviser-pay is an amount: expected a currency (EUR, MAD, TND)' });
	if (point.series === 'adviser-pay' && !point.country)
		ctx.addIssue({ code: 'custom', path: ['country'], message: 'adviser-pay needs the country the pay is earned in' });
	if (point.series === 'offshore-share' && point.unit !== 'percent')
		ctx.addIssue({ code: 'custom', path: ['unit'], message: 'offshore-share is a share: expected percent' });
	if (point.upTo !== undefined && point.upTo <= point.value)
		ctx.addIssue({ code: 'custom', path: ['upTo'], message: `upTo (${point.upTo}) must be above value (${point.value})` });
});
export type SeriesPoint = z.infer<typeof seriesPoint>;

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
	/** Points of a series drawn on the figures page (adviser pay, offshore share), each as its source states it. */
	series: z.array(seriesPoint).default([]),
	/** Slugs of related cases. */
	relatedCases: z.array(slug).default([]),
	/** Slugs of related documents. */
	relatedDocuments: z.array(slug).default([]),
	/** Where this is reported. */
	sources: sourceIds,
});
export type ContextData = z.infer<typeof contextSchema>;
