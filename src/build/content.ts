/**
 * The one content reader: reads `content/` with plain Node, refuses anything it does not know, and
 * validates every file with the schemas and the integrity checks. The build (its collections'
 * loader, `src/content.config.ts`) and `npm run data` both call it, so they accept and refuse
 * exactly the same inputs with the same messages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { caseSchema } from '../schemas/case.ts';
import { contextSchema } from '../schemas/context.ts';
import { documentSchema } from '../schemas/document.ts';
import { sourceSchema } from '../schemas/source.ts';
import { textSchema, type TextData } from '../schemas/text.ts';
import { LANGS, type Lang } from '../schemas/common.ts';
import { checkCorpus, ContentError, type ContentIssue } from '../lib/integrity.ts';
import type { DataCorpus } from '../lib/data-corpus.ts';

export { ContentError, type ContentIssue };

/** Largest accepted file: a YAML file of facts, a Markdown text. Larger is an authoring mistake. */
export const MAX_BYTES = { yaml: 100_000, markdown: 200_000 } as const;

/** Editorial pages the site cannot be built without. */
export const REQUIRED_PAGES = ['methodology'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The value `npm run content:new` writes in every field the author must fill (and as the text of a
 * new page). The reader refuses it wherever it is left, so no schema needs to know about it.
 */
export const PLACEHOLDER = 'TODO';

/** The fields of a parsed YAML value (`to.0.country`, named as the schemas' issues name them) whose value is the placeholder. */
export function placeholderFields(value: unknown, path: readonly (string | number)[] = []): string[] {
	if (value === PLACEHOLDER) return [path.join('.') || '(file)'];
	if (Array.isArray(value)) return value.flatMap((item, i) => placeholderFields(item, [...path, i]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => placeholderFields(child, [...path, key]));
}

/** Files that tools leave in folders and that are not content: passed over. Any other name is read or refused. */
const IGNORED = new Set(['.gitkeep', '.DS_Store']);

/** One validated file: its id, where it is, its data as the schema gives it back, and its prose. */
export interface ContentEntry<T> {
	id: string;
	/** Path as the author would type it: relative to the working folder, or absolute outside it. */
	filePath: string;
	data: T;
	/** Markdown body (texts only). */
	body?: string;
}

/** Every collection of the content folder, validated. */
export interface ContentFiles {
	cases: ContentEntry<z.infer<typeof caseSchema>>[];
	documents: ContentEntry<z.infer<typeof documentSchema>>[];
	sources: ContentEntry<z.infer<typeof sourceSchema>>[];
	context: ContentEntry<z.infer<typeof contextSchema>>[];
	/** Prose, with ids `cases/<slug>/<lang>`, `documents/<slug>/<lang>`, `pages/<name>/<lang>`. */
	texts: ContentEntry<TextData>[];
}

/** The corpus as plain data, with each entry's file path (see src/lib/data-corpus.ts). */
export type PlainCorpus = { [K in keyof DataCorpus]: (DataCorpus[K][number] & { filePath: string })[] };

/** `content/x.yaml` stays as is; a path outside the working folder is made absolute. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), resolve(path));
	return rel.startsWith('..') || rel === '' ? resolve(path) : rel;
}

/**
 * Reads and checks the whole content folder. Returns the files and every problem found; an empty
 * `issues` list means the content can be published.
 */
export function readContent(root = process.env.ORCA_CONTENT ?? 'content'): { files: ContentFiles; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const shownRoot = displayPath(root);
	const files: ContentFiles = { cases: [], documents: [], sources: [], context: [], texts: [] };
	const problem = (path: string, field: string, message: string) => issues.push({ file: displayPath(path), field, message });

	if (!existsSync(root) || !statSync(root).isDirectory()) {
		problem(
			root,
			'(folder)',
			'the content folder does not exist; expected a folder with cases/, documents/, sources/, context/ and pages/',
		);
		return { files, issues };
	}

	/** Entries of a folder, sorted; names that are not plain names are reported, never read. */
	const list = (dir: string) =>
		existsSync(dir)
			? readdirSync(dir, { withFileTypes: true })
					.filter((d) => !IGNORED.has(d.name))
					.sort((a, b) => (a.name < b.name ? -1 : 1))
			: [];

	/** The file's text, if it is UTF-8 and not too large. */
	const readText = (path: string, limit: number): string | undefined => {
		const bytes = readFileSync(path);
		if (bytes.length > limit) {
			problem(path, '(file)', `file of ${bytes.length} bytes; expected at most ${limit} bytes`);
			return undefined;
		}
		try {
			return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		} catch {
			problem(path, '(file)', 'the file is not valid UTF-8; expected a text file saved as UTF-8');
			return undefined;
		}
	};

	/** YAML read with the core schema (dates and numbers-with-dashes stay strings), as one mapping. */
	const parseYaml = (path: string, text: string, what: string, lineOffset = 0): Record<string, unknown> | undefined => {
		const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
		if (doc.errors.length > 0) {
			for (const error of doc.errors) {
				const line = error.linePos?.[0]?.line;
				const where = line === undefined ? '' : ` at line ${line + lineOffset}`;
				const what_ = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
				problem(path, '(yaml)', `YAML syntax error${where}: ${what_}; expected ${what}`);
			}
			return undefined;
		}
		if (doc.contents === null) {
			problem(path, '(file)', `the file is empty; expected ${what}`);
			return undefined;
		}
		if (!isMap(doc.contents)) {
			const got = Array.isArray(doc.toJS()) ? 'a list' : `a single value (${JSON.stringify(doc.toJS())})`;
			problem(path, '(file)', `got ${got}; expected ${what}`);
			return undefined;
		}
		return doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
	};

	/** The value checked by `schema`; a placeholder left in a field is reported instead of what the schema says of it. */
	const validate = <S extends z.ZodType>(schema: S, value: unknown, path: string): z.infer<S> | undefined => {
		const unfilled = placeholderFields(value);
		for (const field of unfilled) problem(path, field, `placeholder ${PLACEHOLDER} not filled`);
		const result = schema.safeParse(value);
		if (result.success) return unfilled.length === 0 ? result.data : undefined;
		for (const issue of result.error.issues) {
			const field = [...issue.path, ...(issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : [])].join('.');
			if (!unfilled.includes(field)) problem(path, field || '(file)', issue.message);
		}
		return undefined;
	};

	const readYamlFile = <S extends z.ZodType>(schema: S, path: string, what: string) => {
		const text = readText(path, MAX_BYTES.yaml);
		const value = text === undefined ? undefined : parseYaml(path, text, what);
		return value === undefined ? undefined : validate(schema, value, path);
	};

	// Files that failed validation still count as present, so that they are not also reported missing.
	const invalidTexts: ContentEntry<Record<string, never>>[] = [];
	const readMarkdown = (path: string, id: string) => {
		const text = readText(path, MAX_BYTES.markdown);
		if (text === undefined) return void invalidTexts.push({ id, filePath: displayPath(path), data: {} });
		const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
		if (!match) {
			problem(path, '(front matter)', 'no front matter; expected the file to start with a --- block holding title and summary');
			return void invalidTexts.push({ id, filePath: displayPath(path), data: {} });
		}
		const front = parseYaml(path, match[1]!, 'a front matter mapping with title and summary', 1);
		const data = front === undefined ? undefined : validate(textSchema, front, path);
		const body = text.slice(match[0].length).trim();
		if (body === PLACEHOLDER)
			problem(path, '(text)', `placeholder ${PLACEHOLDER} not filled; expected the text of the page below the front matter`);
		if (data) files.texts.push({ id, filePath: displayPath(path), data, body });
		else invalidTexts.push({ id, filePath: displayPath(path), data: {} });
	};

	/** Whether a folder or file name may become part of a URL or an id. */
	const slugName = (path: string, name: string, what: string) => {
		if (SLUG.test(name)) return true;
		problem(path, '(name)', `"${name}" is not a valid ${what}; expected lower-case letters a-z, digits and single hyphens`);
		return false;
	};

	// Records that are a folder each: the facts file and its prose in both languages.
	const folders = [
		['cases', 'case.yaml', caseSchema, 'a mapping of case fields (see src/schemas/case.ts)'],
		['documents', 'document.yaml', documentSchema, 'a mapping of document fields (see src/schemas/document.ts)'],
		['pages', undefined, undefined, ''],
	] as const;
	const invalid: { cases: string[]; documents: string[] } = { cases: [], documents: [] };
	for (const [collection, factsFile, schema, what] of folders) {
		for (const folder of list(join(root, collection))) {
			const dir = join(root, collection, folder.name);
			if (!folder.isDirectory()) {
				problem(
					dir,
					'(file)',
					`unexpected file; expected one folder per ${collection === 'pages' ? 'page' : collection.slice(0, -1)} in ${shownRoot}/${collection}/`,
				);
				continue;
			}
			if (!slugName(dir, folder.name, 'folder name')) continue;
			const allowed = new Set([...(factsFile ? [factsFile] : []), ...LANGS.map((l) => `${l}.md`)]);
			for (const file of list(dir)) {
				const path = join(dir, file.name);
				if (allowed.has(file.name) && file.isFile()) continue;
				const hint = file.name.endsWith('.mdx')
					? 'MDX is not accepted (it can run code); expected a plain Markdown file, ' + file.name.replace(/\.mdx$/, '.md')
					: file.name.endsWith('.yml')
						? `expected the extension .yaml (${file.name.replace(/\.yml$/, '.yaml')})`
						: `expected only ${[...allowed].join(', ')}`;
				problem(path, '(file)', `unexpected ${file.isDirectory() ? 'folder' : 'file'}; ${hint}`);
			}
			if (factsFile && schema) {
				const path = join(dir, factsFile);
				if (!existsSync(path)) {
					problem(
						path,
						'(file)',
						`missing ${factsFile}; expected the facts of ${collection === 'cases' ? 'the case' : 'the document'} beside its prose`,
					);
					continue;
				}
				const data = readYamlFile(schema, path, what);
				if (data === undefined) invalid[collection].push(folder.name);
				else (files[collection] as ContentEntry<unknown>[]).push({ id: folder.name, filePath: displayPath(path), data });
			}
			for (const lang of LANGS) {
				const path = join(dir, `${lang}.md`);
				if (existsSync(path)) readMarkdown(path, `${collection}/${folder.name}/${lang}`);
			}
		}
	}

	// Records that are a file each.
	const flat = [
		['sources', sourceSchema, 'a mapping of source fields (see src/schemas/source.ts)'],
		['context', contextSchema, 'a mapping of context fields (see src/schemas/context.ts)'],
	] as const;
	const invalidFlat = new Set<string>();
	for (const [collection, schema, what] of flat) {
		for (const file of list(join(root, collection))) {
			const path = join(root, collection, file.name);
			if (!file.isFile() || !file.name.endsWith('.yaml')) {
				const hint = file.name.endsWith('.yml')
					? `expected the extension .yaml (${file.name.replace(/\.yml$/, '.yaml')})`
					: 'expected <id>.yaml files only';
				problem(path, '(file)', `unexpected ${file.isDirectory() ? 'folder' : 'file'}; ${hint}`);
				continue;
			}
			const id = file.name.slice(0, -'.yaml'.length);
			if (!slugName(path, id, 'file name')) continue;
			const data = readYamlFile(schema, path, what);
			// A file that failed validation still counts as present, so that references to it are not also reported.
			(files[collection] as ContentEntry<unknown>[]).push({ id, filePath: displayPath(path), data: data ?? {} });
			if (data === undefined) invalidFlat.add(`${collection}/${id}`);
		}
	}

	for (const top of list(root)) {
		if (['cases', 'documents', 'pages', 'sources', 'context'].includes(top.name) && top.isDirectory()) continue;
		problem(
			join(root, top.name),
			'(file)',
			'unexpected entry; expected only the folders cases/, documents/, sources/, context/ and pages/',
		);
	}
	if (files.cases.length + invalid.cases.length === 0)
		problem(join(root, 'cases'), '(folder)', 'no case found; expected at least one folder cases/<slug>/ with case.yaml, fr.md and en.md');
	// A required page missing in one language only is reported by the integrity checks below.
	for (const name of REQUIRED_PAGES)
		for (const lang of LANGS)
			if (LANGS.every((l) => !existsSync(join(root, 'pages', name, `${l}.md`))))
				problem(
					join(root, 'pages', name, `${lang}.md`),
					'(file)',
					`missing required page; expected the ${name} page in ${lang === 'fr' ? 'French' : 'English'}`,
				);

	// Records that failed validation still count as present, so that their prose is not reported as orphaned.
	const present = (collection: 'cases' | 'documents') => [
		...files[collection],
		...invalid[collection].map((id) => ({
			id,
			filePath: displayPath(join(root, collection, id, collection === 'cases' ? 'case.yaml' : 'document.yaml')),
			data: {},
		})),
	];
	issues.push(
		...checkCorpus(
			{
				cases: present('cases'),
				documents: present('documents'),
				sources: files.sources,
				context: files.context,
				texts: [...files.texts, ...invalidTexts],
			},
			shownRoot,
		),
	);
	for (const collection of ['sources', 'context'] as const)
		(files[collection] as ContentEntry<unknown>[]) = files[collection].filter((e) => !invalidFlat.has(`${collection}/${e.id}`));
	return { files, issues };
}

/** Reads the content folder as plain data; throws a ContentError listing every problem, with file and field. */
export function loadContent(root = process.env.ORCA_CONTENT ?? 'content'): PlainCorpus {
	const { files, issues } = readContent(root);
	if (issues.length > 0) throw new ContentError(issues);
	const texts = new Map(files.texts.map((t) => [t.id, t.data]));
	const withText = <T>(collection: string, e: ContentEntry<T>) => ({
		id: e.id,
		filePath: e.filePath,
		data: e.data,
		text: Object.fromEntries(LANGS.map((l) => [l, texts.get(`${collection}/${e.id}/${l}`)!])) as Record<Lang, TextData>,
	});
	return {
		cases: files.cases.map((c) => withText('cases', c)),
		documents: files.documents.map((d) => withText('documents', d)),
		sources: files.sources.map(({ id, filePath, data }) => ({ id, filePath, data })),
		context: files.context.map(({ id, filePath, data }) => ({ id, filePath, data })),
	};
}

/**
 * The paths (`cases/<former>/`) of every merged or renamed record, for the sitemap to leave out.
 * Reads only the facts files that name `formerIds`; the full check is `readContent()`'s.
 */
export function formerPaths(root = process.env.ORCA_CONTENT ?? 'content'): string[] {
	const paths: string[] = [];
	for (const [collection, file] of [
		['cases', 'case.yaml'],
		['documents', 'document.yaml'],
	] as const) {
		const dir = join(root, collection);
		if (!existsSync(dir)) continue;
		for (const slug of readdirSync(dir)) {
			const path = join(dir, slug, file);
			if (!existsSync(path)) continue;
			const text = readFileSync(path, 'utf8');
			// Most records have no former identifier (`formerIds: []` or no field): no need to parse them.
			if (!text.includes('formerIds') || /^formerIds:[ \t]*\[[ \t]*\][ \t]*(?:#.*)?$/m.test(text)) continue;
			const former = (parseDocument(text, { schema: 'core' }).toJS() as { formerIds?: unknown } | null)?.formerIds;
			if (Array.isArray(former)) paths.push(...former.map((id) => `${collection}/${String(id)}/`));
		}
	}
	return paths;
}
