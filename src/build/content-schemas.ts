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

/** One sort of content file: its Zod schema, where that schema is written, and which files it checks. */
export interface ContentFileSchema {
	/** `case` → `.vscode/schemas/case.schema.json`, written in `src/schemas/case.ts` as `caseSchema`. */
	name: string;
	title: string;
	schema: z.ZodType;
	/** The schema's source file, whose JSDoc documents each field, and the name it is exported under. */
	source: { file: string; name: string };
	/** Globs of the content files it describes, relative to the project root. */
	globs: string[];
}

/** Name, Zod schema, title and globs of every sort of content file; `case` is `caseSchema` in `src/schemas/case.ts`. */
const CONTENT_FILES: [name: string, schema: z.ZodType, title: string, globs: string[]][] = [
	['case', caseSchema, 'ORCA case (content/cases/<slug>/case.yaml)', ['content/cases/*/case.yaml']],
	['document', documentSchema, 'ORCA policy document (content/documents/<slug>/document.yaml)', ['content/documents/*/document.yaml']],
	['source', sourceSchema, 'ORCA source (content/sources/<id>.yaml)', ['content/sources/*.yaml']],
	['context', contextSchema, 'ORCA context entry (content/context/<id>.yaml)', ['content/context/*.yaml']],
	[
		'text',
		textSchema,
		'ORCA text front matter (content/*/<slug>/fr.md, en.md)',
		['content/cases/*/*.md', 'content/documents/*/*.md', 'content/pages/*/*.md'],
	],
];

/** Every sort of content file with a schema. */
export const CONTENT_FILE_SCHEMAS: ContentFileSchema[] = CONTENT_FILES.map(([name, schema, title, globs]) => ({
	name,
	title,
	schema,
	source: { file: schemaFile(`${name}.ts`), name: `${name}Schema` },
	globs,
}));

/** The JSON Schema of one sort of content file, every field described by its JSDoc (in English). */
export function contentJsonSchema(file: ContentFileSchema): JsonSchema {
	const docs = schemaDocs(file.source.file, file.source.name);
	const { $schema, ...json } = jsonSchemaOf(file.schema, (path) => docs.get(path)?.en, { io: 'input', target: 'draft-7' });
	const description = moduleDoc(file.source.file);
	return { $schema, title: file.title, ...(description ? { description } : {}), ...json };
}

/** The schema files to commit: path (relative to the project root) and text. */
export function contentSchemaFiles(): { path: string; text: string }[] {
	return CONTENT_FILE_SCHEMAS.map((file) => ({
		path: `${SCHEMA_DIR}/${file.name}.schema.json`,
		text: `${JSON.stringify(contentJsonSchema(file), null, '\t')}\n`,
	}));
}
