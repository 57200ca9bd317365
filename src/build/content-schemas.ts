/**
 * JSON Schemas of the content files as authors write them (`case.yaml`, `document.yaml`, a source,
 * a context entry, the front matter of a Markdown text), derived from the Zod schemas with
 * `jsonSchemaOf` and described with the schemas' own JSDoc (`schema-docs.ts`). `npm run
 * content:schemas` writes them to `.vscode/schemas/`, where `.vscode/settings.json` hands them to
 * editors; a test keeps the committed files equal to what this module derives.
 */
import type { z } from 'astro/zod';
import { caseSchema } from '../schemas/case.ts';
import { contextSchema } from '../schemas/context.ts';
import { documentSchema } from '../schemas/document.ts';
import { sourceSchema } from '../schemas/source.ts';
import { textSchema } from '../schemas/text.ts';
import { jsonSchemaOf } from '../lib/open-data/schema.ts';
import type { JsonSchema } from '../lib/data-dictionary.ts';
import { moduleDoc, schemaDocs, schemaFile } from './schema-docs.ts';

/** Where the committed schemas live, relative to the project root. */
export const SCHEMA_DIR = '.vscode/schemas';

/** One kind of content file: its Zod schema, where that schema is written, and which files it checks. */
export interface ContentFileKind {
	/** `case` → `.vscode/schemas/case.schema.json`. */
	name: string;
	title: string;
	schema: z.ZodType;
	/** The schema's source file, whose JSDoc documents each field, and the name it is exported under. */
	source: { file: string; name: string };
	/** Globs of the content files it describes, relative to the project root. */
	globs: string[];
}

/** Every kind of content file with a schema. */
export const CONTENT_FILE_KINDS: ContentFileKind[] = [
	{
		name: 'case',
		title: 'ORCA case (content/cases/<slug>/case.yaml)',
		schema: caseSchema,
		source: { file: schemaFile('case.ts'), name: 'caseSchema' },
		globs: ['content/cases/*/case.yaml'],
	},
	{
		name: 'document',
		title: 'ORCA policy document (content/documents/<slug>/document.yaml)',
		schema: documentSchema,
		source: { file: schemaFile('document.ts'), name: 'documentSchema' },
		globs: ['content/documents/*/document.yaml'],
	},
	{
		name: 'source',
		title: 'ORCA source (content/sources/<id>.yaml)',
		schema: sourceSchema,
		source: { file: schemaFile('source.ts'), name: 'sourceSchema' },
		globs: ['content/sources/*.yaml'],
	},
	{
		name: 'context',
		title: 'ORCA context entry (content/context/<id>.yaml)',
		schema: contextSchema,
		source: { file: schemaFile('context.ts'), name: 'contextSchema' },
		globs: ['content/context/*.yaml'],
	},
	{
		name: 'text',
		title: 'ORCA text front matter (content/*/<slug>/fr.md, en.md)',
		schema: textSchema,
		source: { file: schemaFile('text.ts'), name: 'textSchema' },
		globs: ['content/cases/*/*.md', 'content/documents/*/*.md', 'content/pages/*/*.md'],
	},
];

/** The JSON Schema of one kind of content file, every field described by its JSDoc. */
export function contentJsonSchema(kind: ContentFileKind): JsonSchema {
	const docs = schemaDocs(kind.source.file, kind.source.name);
	const { $schema, ...json } = jsonSchemaOf(kind.schema, (path) => docs.get(path)?.en, { io: 'input', target: 'draft-7' });
	const description = moduleDoc(kind.source.file);
	return { $schema, title: kind.title, ...(description ? { description } : {}), ...json };
}

/** The schema files to commit: path (relative to the project root) and text. */
export function contentSchemaFiles(): { path: string; text: string }[] {
	return CONTENT_FILE_KINDS.map((kind) => ({
		path: `${SCHEMA_DIR}/${kind.name}.schema.json`,
		text: `${JSON.stringify(contentJsonSchema(kind), null, '\t')}\n`,
	}));
}
