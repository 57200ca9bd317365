/** A bibliographic source, one file per source in `content/sources/<id>.yaml`. */
import { z } from 'astro/zod';
import { fields, httpUrl, line, partialDate } from './common.ts';
import { SOURCE_TYPES } from './vocabulary.ts';

/** A person (`family`, `given`) or an organisation (`literal`) credited as author. */
const author = z.union([
	fields({
		/** Family name, e.g. `Robillart`. */
		family: line,
		/** Given name(s), e.g. `Olivier`. */
		given: line,
	}),
	fields({
		/** An organisation credited as author, e.g. `Assemblée nationale`. */
		literal: line,
	}),
]);
export type Author = z.infer<typeof author>;

export const sourceSchema = fields({
	/** Title as published, in its original language; omit when the page shows none (never make one up). */
	title: line.optional(),
	/** Who published it: newspaper, institution, company, website. */
	publisher: line,
	/** Authors in order; empty when the page names none. */
	authors: z.array(author).default([]),
	/** Where the source can be read. */
	url: httpUrl,
	/** An archived copy (a web-archive URL), required in practice where the source moved or died. */
	archived: httpUrl.optional(),
	/** Publication date at the precision the page gives; omit when unknown. */
	published: partialDate.optional(),
	/** Language of the source, as a BCP 47 tag (`fr`, `en`). */
	language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language tag such as fr or en' }),
	/** Kind of publisher: official, press, company, academic, union, aggregator, blog. */
	type: z.enum(SOURCE_TYPES),
	/** A repost of another outlet's article, named here (e.g. an aggregator copy). */
	via: line.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
