/** JSON Schemas of the downloads, derived from the Zod schemas with z.toJSONSchema (never by hand). */
import { z } from 'astro/zod';
import { countryCode, httpUrl, partialDate } from '../../schemas/common.ts';
import { casesFile, eventsFile } from '../../schemas/open-data.ts';
import type { FieldDocs, JsonSchema } from '../data-dictionary.ts';

/** The pattern of a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); the schema also checks the calendar. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
/** The pattern of an ISO 3166-1 alpha-2 code; the schema also checks that the country exists. */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';

/** The pattern of an absolute http(s) URL (`httpUrl`); the schema also checks that it parses. */
export const URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+\\.\\S+$';

/**
 * A Zod schema as JSON Schema (2020-12), with patterns for refined strings and English descriptions.
 * `io: 'output'` describes the data as published; `'input'` describes a content file as written
 * (fields with a default may be left out, a year may be an unquoted number). `target: 'draft-7'`
 * suits editors' YAML language servers, some of which know no later draft.
 */
export function jsonSchemaOf(
	schema: z.ZodType,
	describe: (path: string) => string | undefined = () => undefined,
	{ io = 'output', target = 'draft-2020-12' }: { io?: 'input' | 'output'; target?: 'draft-2020-12' | 'draft-7' } = {},
): JsonSchema {
	const json = z.toJSONSchema(schema, {
		io,
		target,
		override: ({ zodSchema, jsonSchema }) => {
			if ((zodSchema as unknown) === partialDate) {
				const text = { type: 'string', pattern: PARTIAL_DATE_PATTERN };
				if (io === 'output') Object.assign(jsonSchema, text);
				else {
					delete jsonSchema.type;
					Object.assign(jsonSchema, { anyOf: [text, { type: 'integer', minimum: 1900, maximum: 2100 }] });
				}
			}
			if ((zodSchema as unknown) === countryCode) Object.assign(jsonSchema, { pattern: COUNTRY_PATTERN });
			if ((zodSchema as unknown) === httpUrl) Object.assign(jsonSchema, { pattern: URL_PATTERN });
		},
	}) as JsonSchema;
	const walk = (node: JsonSchema, prefix: string) => {
		for (const [name, child] of Object.entries(node.properties ?? {})) {
			const path = prefix ? `${prefix}.${name}` : name;
			const text = describe(path);
			if (text) child.description = text;
			if (child.items) walk(child.items, `${path}[]`);
			for (const member of child.items?.anyOf ?? child.anyOf ?? []) walk(member, child.items ? `${path}[]` : path);
			walk(child, path);
		}
	};
	walk(json, '');
	return json;
}

/** The JSON Schema of one case record (`cases.json` → `cases[]`), its fields described by `docs` (in English). */
export function caseRecordJsonSchema(docs: FieldDocs): JsonSchema {
	const file = casesFileJsonSchema(docs);
	return file.properties!.cases!.items!;
}

/** The JSON Schema of `cases.json` as a whole; `docs` describes the fields of a case record. */
export function casesFileJsonSchema(docs: FieldDocs): JsonSchema {
	const json = jsonSchemaOf(casesFile, (path) => (path.startsWith('cases[].') ? docs.get(path.slice('cases[].'.length))?.en : undefined));
	return { $schema: json.$schema, title: 'ORCA cases.json', ...json };
}

/** `schema/cases.schema.json`. */
export const casesSchemaJson = (docs: FieldDocs) => `${JSON.stringify(casesFileJsonSchema(docs), null, '\t')}\n`;
/** `schema/case.schema.json`: one case record. */
export const caseSchemaJson = (docs: FieldDocs) =>
	`${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'ORCA case', ...caseRecordJsonSchema(docs) }, null, '\t')}\n`;

/** `schema/events.schema.json`: `events.json` as a whole. */
export const eventsSchemaJson = () => {
	const json = jsonSchemaOf(eventsFile);
	return `${JSON.stringify({ $schema: json.$schema, title: 'ORCA events.json', ...json }, null, '\t')}\n`;
};
