/** The prose of a case or document in one language: `fr.md` / `en.md` in its folder. */
import { z } from 'astro/zod';
import { fields, line, partialDate } from './common.ts';

export const textSchema = fields({
	/** Page title in this language. */
	title: line.max(160, { error: (issue) => `expected at most 160 characters, got ${String(issue.input).length}` }),
	/** One or two sentences shown in lists, search results and metadata. */
	summary: line.max(400, { error: (issue) => `expected at most 400 characters, got ${String(issue.input).length}` }),
	/** Editorial pages only (methodology): date of the last update (YYYY-MM-DD), shown and cited as the page's version date. Cases and documents keep theirs in their YAML. */
	updated: partialDate.optional(),
});
export type TextData = z.infer<typeof textSchema>;
