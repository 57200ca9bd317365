/**
 * The content collections. Every field is declared once, in `src/schemas/`; pages, scripts and
 * tests use the types inferred from them. `ORCA_CONTENT` points the build at another content folder
 * (the tests build small fixture corpora that way).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './schemas/case.ts';
import { contextSchema } from './schemas/context.ts';
import { documentSchema } from './schemas/document.ts';
import { sourceSchema } from './schemas/source.ts';
import { textSchema } from './schemas/text.ts';

const root = (process.env.ORCA_CONTENT ?? './content').replace(/\/$/, '');

/** `keyyo/case.yaml` → `keyyo`: a case or document is named by its folder. */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0]!;
/** `sources/silicon-2009.yaml` → `silicon-2009`. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');
/** `cases/keyyo/fr.md` → `cases/keyyo/fr`; `pages/methodology/en.md` → `pages/methodology/en`. */
const textId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
	cases: defineCollection({
		loader: glob({ base: `${root}/cases`, pattern: '*/case.yaml', generateId: folderId }),
		schema: caseSchema,
	}),
	documents: defineCollection({
		loader: glob({ base: `${root}/documents`, pattern: '*/document.yaml', generateId: folderId }),
		schema: documentSchema,
	}),
	texts: defineCollection({
		loader: glob({ base: root, pattern: '{cases,documents,pages}/*/*.{md,mdx}', generateId: textId }),
		schema: textSchema,
	}),
	sources: defineCollection({
		loader: glob({ base: `${root}/sources`, pattern: '*.yaml', generateId: fileId }),
		schema: sourceSchema,
	}),
	context: defineCollection({
		loader: glob({ base: `${root}/context`, pattern: '*.yaml', generateId: fileId }),
		schema: contextSchema,
	}),
};
