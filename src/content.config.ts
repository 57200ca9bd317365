/**
 * The content collections. Every field is declared once, in `src/schemas/`; pages, scripts and
 * tests use the types inferred from them. Every collection is filled by the one content reader
 * (`src/build/content.ts`), the same that `npm run data` uses. `ORCA_CONTENT` points the build at
 * another content folder (the tests build small fixture corpora that way).
 */
import { defineCollection } from 'astro:content';
import { caseSchema } from './schemas/case.ts';
import { contextSchema } from './schemas/context.ts';
import { documentSchema } from './schemas/document.ts';
import { sourceSchema } from './schemas/source.ts';
import { textSchema } from './schemas/text.ts';
import { contentLoader } from './build/content-loader.ts';

export const collections = {
	cases: defineCollection({ loader: contentLoader('cases'), schema: caseSchema }),
	documents: defineCollection({ loader: contentLoader('documents'), schema: documentSchema }),
	texts: defineCollection({ loader: contentLoader('texts'), schema: textSchema }),
	sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema }),
	context: defineCollection({ loader: contentLoader('context'), schema: contextSchema }),
};
