/**
 * A policy record (written question, bill, law, report, statement, label). Facts in
 * `content/documents/<slug>/document.yaml`; prose in `fr.md` and `en.md` beside it.
 */
import { z } from 'astro/zod';
import { change, fields, httpUrl, line, localized, partialDate, slug } from './common.ts';
import { sourceIds } from './case.ts';
import { DOCUMENT_KINDS } from './vocabulary.ts';

/** A publication in an official journal: its date and, when known, its page. */
const publication = fields({
	/** Date of publication, at the precision known. */
	date: partialDate,
	/** Page number in the Journal officiel, when known. */
	page: z.number().int().positive().optional(),
});

export const documentSchema = fields({
	/** Kind of record (closed list). */
	kind: z.enum(DOCUMENT_KINDS),
	/** Official number, e.g. `10719`. */
	number: line.optional(),
	/** Legislature or parliamentary term, e.g. `15`. */
	legislature: line.optional(),
	/** Chamber or institution, per language (`Assemblée nationale` / `National Assembly`). */
	chamber: localized,
	/** Author of the question or text. */
	author: z
		.object({
			/** Full name. */
			name: line,
			/** Constituency, per language. */
			constituency: localized.optional(),
			/** Political group at the time. */
			group: line.optional(),
		})
		.optional(),
	/** Ministry to which the question was put, per language. */
	ministryAsked: localized.optional(),
	/** Ministry that answered, per language. */
	ministryAnswering: localized.optional(),
	/** Official rubric or topic, per language. */
	topic: localized.optional(),
	/** Publication of the question or text. */
	published: publication,
	/** Publication of the answer, for questions. */
	answered: publication.optional(),
	/** Link to the official record. */
	officialUrl: httpUrl,
	/** Every source that supports this page. */
	sources: sourceIds,
	/** Slugs of related cases. */
	relatedCases: z.array(slug).default([]),
	/** Slugs of related documents. */
	relatedDocuments: z.array(slug).default([]),
	/** Date this page was first published on ORCA (YYYY-MM-DD), cited as its publication date; defaults to `updated`. */
	firstPublished: partialDate.optional(),
	/** Slugs this document was published under before (a merged or renamed page): their URLs redirect here. */
	formerIds: z.array(slug).default([]),
	/** Later changes to this record, oldest first: each dated, in both languages. */
	changes: z.array(change).default([]),
	/** Date of the last editorial update (YYYY-MM-DD). */
	updated: partialDate,
});
export type DocumentData = z.infer<typeof documentSchema>;
