/**
 * The data dictionary, read off a JSON Schema (itself derived from the Zod schemas): every field
 * with its type, whether it is always present and its allowed values. Descriptions come from the
 * schemas' JSDoc (`FieldDocs`), labels of values from the UI dictionaries, so the page and the
 * schema cannot drift apart.
 */
import type { Lang } from '../schemas/common.ts';

/** A field's description: the English of its JSDoc and the French of its `@fr` tag (absent if none). */
export type FieldDoc = { en: string; fr?: string };

/** Field path (`jobs[].kind`, `from[].place.fr`) → its description. */
export type FieldDocs = ReadonlyMap<string, FieldDoc>;

/** The description of the field at `path` in `lang`, or '' when the schema gives none. */
export const fieldDescription = (docs: FieldDocs, path: string, lang: Lang): string => docs.get(path)?.[lang] ?? '';

/** A description cut at its backticks, to show the code spans as code: "in `currency`" → "in ", code "currency". */
export function codeSpans(text: string): { text: string; code: boolean }[] {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((span) => span.text !== '');
}

/** The subset of JSON Schema that z.toJSONSchema produces for the content schemas. */
export interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: (string | number | boolean)[];
	const?: unknown;
	anyOf?: JsonSchema[];
	pattern?: string;
	format?: string;
	minimum?: number;
	exclusiveMinimum?: number;
	default?: unknown;
	description?: string;
	[key: string]: unknown;
}

/** One field of a record, named by its path: `jobs[].kind`. */
export interface DictionaryField {
	path: string;
	/** `string`, `integer`, `number`, `boolean`, `object`, `array`, or `a | b` for unions. */
	type: string;
	/** For arrays: the type of their items. */
	itemType?: string;
	/** Always present in the record (possibly empty for arrays). */
	required: boolean;
	enum?: (string | number | boolean)[];
	pattern?: string;
	minimum?: number;
	/** Depth in the record (0 = top level), for indentation. */
	depth: number;
}

const typeOf = (s: JsonSchema): string => {
	if (s.anyOf) return [...new Set(s.anyOf.map(typeOf))].join(' | ');
	if (s.const !== undefined) return typeof s.const;
	return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
};

/** Every field of an object schema, depth first, in schema order; union members are merged. */
export function schemaFields(schema: JsonSchema, prefix = '', depth = 0): DictionaryField[] {
	const fields: DictionaryField[] = [];
	const required = new Set(schema.required ?? []);
	for (const [name, raw] of Object.entries(schema.properties ?? {})) {
		const path = prefix ? `${prefix}.${name}` : name;
		const items = raw.type === 'array' ? raw.items : undefined;
		const target = items ?? raw;
		const enumValues =
			target.enum ?? (target.anyOf?.every((a) => a.const !== undefined) ? target.anyOf.map((a) => a.const as string) : undefined);
		fields.push({
			path,
			type: typeOf(raw),
			...(items ? { itemType: typeOf(items) } : {}),
			required: required.has(name),
			...(enumValues ? { enum: enumValues } : {}),
			...(target.pattern ? { pattern: target.pattern } : {}),
			...(target.minimum !== undefined ? { minimum: target.minimum } : {}),
			...(target.exclusiveMinimum !== undefined ? { minimum: target.exclusiveMinimum } : {}),
			depth,
		});
		const childPrefix = items ? `${path}[]` : path;
		const objects = target.anyOf ? target.anyOf.filter((a) => a.properties) : target.properties ? [target] : [];
		const seen = new Set<string>();
		for (const object of objects)
			for (const field of schemaFields(object, childPrefix, depth + 1))
				if (!seen.has(field.path)) {
					seen.add(field.path);
					// A field of one union member is not always present.
					fields.push(objects.length > 1 ? { ...field, required: false } : field);
				}
	}
	return fields;
}

/** The label group of a field's allowed values (`movement` → `movement.reshoring`), if it has one. */
export const VALUE_GROUPS: Record<string, string> = {
	sector: 'sector',
	function: 'function',
	operator: 'operator',
	movement: 'movement',
	scope: 'scope',
	status: 'status',
	motives: 'motive',
	confidence: 'confidence',
	'jobs[].kind': 'jobs',
	'jobs[].measure': 'measure',
	'jobs[].claimant': 'claimant',
	'jobs[].movement': 'movement',
	'events[].movement': 'movement',
	'events[].type': 'event',
};
