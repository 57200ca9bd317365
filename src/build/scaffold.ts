/**
 * `npm run content:new`: the files of a new record, with every field of its schema present and
 * documented in YAML comments (the schema's JSDoc, through the content JSON Schemas), required
 * fields set to the placeholder that the content reader refuses until it is replaced, optional
 * fields commented out.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LANGS, slug } from '../schemas/common.ts';
import { PARTIAL_DATE_PATTERN } from '../lib/open-data/schema.ts';
import type { JsonSchema } from '../lib/data-dictionary.ts';
import { CONTENT_FILE_SCHEMAS, SCHEMA_DIR, contentJsonSchema } from './content-schemas.ts';
import { displayPath, formerPaths, PLACEHOLDER } from './content.ts';

/** The records `content:new` can start: where they go and whether they have prose in each language. */
export const RECORD_TYPES = {
	case: { folder: 'cases', facts: 'case.yaml', texts: true },
	document: { folder: 'documents', facts: 'document.yaml', texts: true },
	source: { folder: 'sources', facts: undefined, texts: false },
	context: { folder: 'context', facts: undefined, texts: false },
} as const;
export type RecordType = keyof typeof RECORD_TYPES;

/** A request `content:new` refuses: the message says why and what was expected. */
export class ScaffoldError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ScaffoldError';
	}
}

/** Longest comment line, indentation included. */
const WIDTH = 100;

interface Line {
	indent: number;
	text: string;
	/** A documentation comment (as opposed to a field, or a field commented out). */
	doc: boolean;
}

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English' };

/** `text` cut into comment lines of at most WIDTH characters at `indent`. */
function commentLines(text: string, indent: number): Line[] {
	const lines: Line[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (current && indent + 2 + current.length + 1 + word.length > WIDTH) {
			lines.push({ indent, text: `# ${current}`, doc: true });
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) lines.push({ indent, text: `# ${current}`, doc: true });
	return lines;
}

const isDate = (s: JsonSchema) => s.anyOf?.some((member) => member.pattern === PARTIAL_DATE_PATTERN) ?? false;

/** What the comment says besides the field's documentation: allowed values, date format, optional. */
function hints(schema: JsonSchema, required: boolean): string {
	const items = schema.type === 'array' ? schema.items : undefined;
	const values = (items ?? schema).enum;
	const said = (words: readonly unknown[]) => words.every((w) => schema.description?.includes(String(w)));
	const forms = items?.anyOf?.filter((m) => m.properties).length ?? 0;
	return [
		values && !said(values) ? `${items ? 'A list of' : 'One of'}: ${values.join(', ')}.` : '',
		isDate(items ?? schema) && !said(['YYYY']) ? 'Written YYYY, YYYY-MM or YYYY-MM-DD.' : '',
		items && !items.properties && !items.anyOf && !values ? 'A list, written [first, second].' : '',
		forms > 1 ? `Each item takes one of the ${forms} forms below.` : '',
		required ? '' : 'Optional (uncomment to use).',
	]
		.filter(Boolean)
		.join(' ');
}

/** The object members of an array's items (one, or each member of a union). */
const itemObjects = (schema: JsonSchema) =>
	schema.type === 'array' && schema.items
		? schema.items.properties
			? [schema.items]
			: (schema.items.anyOf ?? []).filter((m) => m.properties)
		: [];

/** `name: value` (or `name:` and a nested block) for one field, without its documentation. */
function valueLines(name: string, schema: JsonSchema, required: boolean, indent: number): Line[] {
	if (schema.properties) return [{ indent, text: `${name}:`, doc: false }, ...objectLines(schema, indent + 2)];
	const objects = itemObjects(schema);
	if (objects.length > 0) {
		const lines: Line[] = [{ indent, text: `${name}:`, doc: false }];
		for (const object of objects) {
			const item = objectLines(object, indent + 4);
			const first = item.findIndex((l) => !l.doc);
			// The item's dash goes on its first field; the comments above it line up with the dash.
			item.forEach((line, i) => {
				if (i < first) line.indent = indent + 2;
				if (i === first) Object.assign(line, { indent: indent + 2, text: `- ${line.text}` });
			});
			lines.push(...item);
		}
		return lines;
	}
	const value =
		schema.type === 'array' ? `[${PLACEHOLDER}]` : !required && schema.default !== undefined ? JSON.stringify(schema.default) : PLACEHOLDER;
	return [{ indent, text: `${name}: ${value}`, doc: false }];
}

/** Every field of an object schema, each after its documentation; optional fields commented out. */
function objectLines(schema: JsonSchema, indent: number, spaced = false): Line[] {
	const required = new Set(schema.required ?? []);
	const lines: Line[] = [];
	for (const [name, field] of Object.entries(schema.properties ?? {})) {
		const isRequired = required.has(name);
		if (spaced && lines.length > 0) lines.push({ indent: 0, text: '', doc: true });
		lines.push(...commentLines([field.description ?? '', hints(field, isRequired)].filter(Boolean).join(' '), indent));
		const value = valueLines(name, field, isRequired, indent);
		// Commented out at the field's own indentation, so that removing one `# ` gives the block back.
		lines.push(...(isRequired ? value : value.map((l) => ({ indent, text: `# ${' '.repeat(l.indent - indent)}${l.text}`, doc: l.doc }))));
	}
	return lines;
}

const render = (lines: Line[]) => lines.map((l) => (l.text ? `${' '.repeat(l.indent)}${l.text}` : '')).join('\n');

/** The files of a new record `id` of `recordType` in the content folder `root`: paths and texts. Refuses a bad or taken id. */
export function scaffoldFiles(
	recordType: string,
	id: string,
	root: string,
	schemaDir = resolve(SCHEMA_DIR),
): { path: string; text: string }[] {
	if (!Object.hasOwn(RECORD_TYPES, recordType))
		throw new ScaffoldError(`unknown record type "${recordType}"; expected one of: ${Object.keys(RECORD_TYPES).join(', ')}`);
	const record = RECORD_TYPES[recordType as RecordType];
	const what = record.facts ? 'slug' : 'id';
	if (!slug.safeParse(id).success)
		throw new ScaffoldError(
			`"${id}" is not a valid ${what}; expected lower-case letters a-z, digits and single hyphens, e.g. acme-rabat-lille`,
		);
	if (!existsSync(join(root, record.folder)))
		throw new ScaffoldError(
			`no folder ${displayPath(join(root, record.folder))}; expected a content folder with cases/, documents/, sources/, context/ and pages/`,
		);
	const target = record.facts ? join(root, record.folder, id) : join(root, record.folder, `${id}.yaml`);
	if (existsSync(target)) throw new ScaffoldError(`${displayPath(target)} already exists; choose another ${what}`);
	if (formerPaths(root).includes(`${record.folder}/${id}/`))
		throw new ScaffoldError(`"${id}" is a former ${what} of a merged or renamed record (its formerIds); choose another ${what}`);

	const factsPath = record.facts ? join(target, record.facts) : target;
	const jsonSchema = (name: string) => {
		const file = CONTENT_FILE_SCHEMAS.find((f) => f.name === name);
		if (!file) throw new Error(`no content schema named ${name}`);
		return contentJsonSchema(file);
	};
	const facts = jsonSchema(recordType);
	const modeline = relative(dirname(factsPath), join(schemaDir, `${recordType}.schema.json`))
		.split('\\')
		.join('/');
	const check = `npm run content:check ${displayPath(target)}`;
	const header = [
		{ indent: 0, text: `# yaml-language-server: $schema=${modeline}`, doc: true },
		...commentLines(facts.description ?? '', 0),
		...commentLines(
			`Replace every ${PLACEHOLDER} with what the sources say. Fields shown commented out (# name: …) are optional: uncomment ` +
				'those the sources support and delete the others. Then check with:',
			0,
		),
		{ indent: 0, text: `#   ${check}`, doc: true },
	];
	const files = [{ path: factsPath, text: `${render([...header, { indent: 0, text: '', doc: true }, ...objectLines(facts, 0, true)])}\n` }];
	if (record.texts) {
		const front = jsonSchema('text');
		for (const lang of LANGS) {
			const intro = commentLines(
				`The ${LANGUAGE_NAMES[lang]} text of this ${recordType}, in the site's own words: the fields below, then the prose after the closing ---, ` +
					`in place of ${PLACEHOLDER}.`,
				0,
			);
			const text = `---\n${render([...intro, ...objectLines(front, 0)])}\n---\n\n${PLACEHOLDER}\n`;
			files.push({ path: join(target, `${lang}.md`), text });
		}
	}
	return files;
}

/** Writes the files of a new record; returns their paths as the author would type them. */
export function writeScaffold(recordType: string, id: string, root: string, schemaDir?: string): string[] {
	const files = scaffoldFiles(recordType, id, root, schemaDir);
	for (const file of files) {
		mkdirSync(dirname(file.path), { recursive: true });
		writeFileSync(file.path, file.text, { flag: 'wx' });
	}
	return files.map((f) => displayPath(f.path));
}
