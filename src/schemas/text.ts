/** The prose of a case or document in one language: `fr.md` / `en.md` in its folder. */
import { z } from 'astro/zod';

export const textSchema = z.object({
	/** Page title in this language. */
	title: z.string().min(1).max(160),
	/** One or two sentences shown in lists, search results and metadata. */
	summary: z.string().min(1).max(400),
});
export type TextData = z.infer<typeof textSchema>;
