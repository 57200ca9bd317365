/**
 * The authors' manual, read where it is written: the JSDoc comment of every field in the Zod schemas
 * of `src/schemas/`, found with the TypeScript parser (no type checking), keyed by the field's path
 * (`jobs[].kind`, `from[].place.fr`). The comment is in English; an `@fr` tag in the same comment
 * gives the French. The content JSON Schemas, the scaffolds of `content:new`, the published JSON
 * Schemas and the data dictionary page take their field descriptions from here, so each description
 * is written once, in the schema file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { FieldDoc } from '../lib/data-dictionary.ts';

/** Field path → its documentation in English and, when the comment has an `@fr` tag, in French. */
export type SchemaDocs = Map<string, FieldDoc>;

/** What an expression of a schema file builds, as far as documentation goes. */
type Shape =
	| { type: 'object'; fields: { name: string; doc?: string; value: Shape }[] }
	| { type: 'array'; items: Shape }
	| { type: 'union'; members: Shape[] }
	| { type: 'leaf' };

const LEAF: Shape = { type: 'leaf' };

/** The text of the last `/** … *\/` comment before `node`, on one line. */
export function jsDocOf(node: ts.Node, text: string): string | undefined {
	const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
	const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
	if (!last) return undefined;
	return text
		.slice(last.pos + 3, last.end - 2)
		.split('\n')
		.map((line) => line.replace(/^\s*\*?\s?/, '').trim())
		.filter(Boolean)
		.join(' ');
}

/** A field's comment split at its `@fr` tag: `The figure. @fr Le chiffre.` → { en: 'The figure.', fr: 'Le chiffre.' }. */
export function fieldDoc(comment: string): FieldDoc {
	const [en = '', fr] = comment.split(/\s*@fr\s+/);
	return fr ? { en, fr } : { en };
}

/** Reads schema files on demand and resolves the names they declare or import. */
class SchemaSources {
	readonly #files = new Map<string, ts.SourceFile>();

	file(path: string): ts.SourceFile {
		let file = this.#files.get(path);
		if (!file) {
			file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
			this.#files.set(path, file);
		}
		return file;
	}

	/** The top-level `const` named `name` in `path`, following `import { name } from './x.ts'`. */
	declaration(path: string, name: string): { file: ts.SourceFile; declaration: ts.VariableDeclaration } | undefined {
		const file = this.file(path);
		for (const statement of file.statements) {
			if (ts.isVariableStatement(statement))
				for (const declaration of statement.declarationList.declarations)
					if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return { file, declaration };
			if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
				const named = statement.importClause?.namedBindings;
				const specifier = statement.moduleSpecifier.text;
				if (!named || !ts.isNamedImports(named) || !specifier.startsWith('.')) continue;
				const element = named.elements.find((e) => e.name.text === name);
				if (element) return this.declaration(join(dirname(path), specifier), (element.propertyName ?? element.name).text);
			}
		}
		return undefined;
	}

	/** What `expression` (in `file`) builds: objects of documented fields, arrays, unions, or leaves. */
	shape(expression: ts.Expression, file: ts.SourceFile): Shape {
		if (ts.isParenthesizedExpression(expression)) return this.shape(expression.expression, file);
		if (ts.isIdentifier(expression)) {
			const found = this.declaration(file.fileName, expression.text);
			return found?.declaration.initializer ? this.shape(found.declaration.initializer, found.file) : LEAF;
		}
		if (!ts.isCallExpression(expression)) return LEAF;
		const callee = expression.expression;
		const [first, second] = expression.arguments;
		if (ts.isIdentifier(callee) && callee.text === 'fields' && first) return this.object(first, file);
		if (!ts.isPropertyAccessExpression(callee)) return LEAF;
		const method = callee.name.text;
		const onZ = ts.isIdentifier(callee.expression) && callee.expression.text === 'z';
		if (onZ) {
			if ((method === 'object' || method === 'strictObject') && first) return this.object(first, file);
			if (method === 'array' && first) return { type: 'array', items: this.shape(first, file) };
			if (method === 'union' && first && ts.isArrayLiteralExpression(first))
				return { type: 'union', members: first.elements.map((e) => this.shape(e, file)) };
			if (method === 'preprocess' && second) return this.shape(second, file);
			return LEAF;
		}
		// `x.extend({ … })` adds fields; any other method (`.optional()`, `.min(1)`, `.default([])`) keeps x's shape.
		const base = this.shape(callee.expression, file);
		if (method === 'extend' && first && base.type === 'object') {
			const added = this.object(first, file);
			return added.type === 'object' ? { type: 'object', fields: [...base.fields, ...added.fields] } : base;
		}
		return base;
	}

	/** The documented fields of an object literal `{ … }`. */
	object(literal: ts.Expression, file: ts.SourceFile): Shape {
		if (!ts.isObjectLiteralExpression(literal)) return LEAF;
		const fields = literal.properties.flatMap((p) => {
			if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return [];
			const doc = jsDocOf(p, file.text);
			return [{ name: p.name.text, ...(doc ? { doc } : {}), value: this.shape(p.initializer, file) }];
		});
		return { type: 'object', fields };
	}
}

function collect(shape: Shape, prefix: string, docs: SchemaDocs): void {
	if (shape.type === 'array') collect(shape.items, `${prefix}[]`, docs);
	else if (shape.type === 'union') for (const member of shape.members) collect(member, prefix, docs);
	else if (shape.type === 'object')
		for (const field of shape.fields) {
			const path = prefix ? `${prefix}.${field.name}` : field.name;
			if (field.doc && !docs.has(path)) docs.set(path, fieldDoc(field.doc));
			collect(field.value, path, docs);
		}
}

/** The documentation of every field of the schema exported as `name` from `file` (a schema source file). */
export function schemaDocs(file: string, name: string): SchemaDocs {
	const sources = new SchemaSources();
	const found = sources.declaration(file, name);
	if (!found?.declaration.initializer) throw new Error(`${file}: no schema named ${name}`);
	const docs: SchemaDocs = new Map();
	collect(sources.shape(found.declaration.initializer, found.file), '', docs);
	return docs;
}

/** The path of a schema source file (`case.ts`), found from here whether this module runs from `src/build/` or bundled into the build. */
export function schemaFile(name: string): string {
	for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
		const path = join(dir, 'src/schemas', name);
		if (existsSync(path)) return path;
	}
	return resolve('src/schemas', name);
}

let publishedCaseDocs: SchemaDocs | undefined;

/** The documentation of every field of a published case record (`cases.json` → `cases[]`), in both languages. */
export function caseRecordDocs(): SchemaDocs {
	publishedCaseDocs ??= schemaDocs(schemaFile('open-data.ts'), 'caseRecord');
	return publishedCaseDocs;
}

/** The first JSDoc comment of a schema file: what the file's records are. */
export function moduleDoc(file: string): string | undefined {
	const source = new SchemaSources().file(file);
	const first = source.statements[0];
	return first ? jsDocOf(first, source.text) : undefined;
}
