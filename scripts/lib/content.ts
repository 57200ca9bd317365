/**
 * Loads and validates `content/` with plain Node (no Astro), using the same schemas and integrity
 * checks as the build, so that the data scripts run on their own: `node scripts/<x>.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { caseSchema } from '../../src/schemas/case.ts';
import { contextSchema } from '../../src/schemas/context.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { textSchema, type TextData } from '../../src/schemas/text.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { checkCorpus, ContentError, type ContentIssue } from '../../src/lib/integrity.ts';
import type { DataCorpus } from '../../src/lib/data-corpus.ts';

/** The corpus as plain data, with each entry's file path (see src/lib/data-corpus.ts). */
export type PlainCorpus = { [K in keyof DataCorpus]: (DataCorpus[K][number] & { filePath: string })[] };

const listDirs = (dir: string) =>
	existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
const listFiles = (dir: string, ext: RegExp) =>
	existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).sort() : [];

/** The YAML front matter of a Markdown file. */
function frontmatter(text: string): unknown {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return match ? parseYaml(match[1]!) : {};
}

/** Reads the content folder; throws a ContentError listing every problem, with file and field. */
export function loadContent(root = process.env.ORCA_CONTENT ?? 'content'): PlainCorpus {
	const issues: ContentIssue[] = [];
	const validate = <S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> | undefined => {
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		for (const issue of result.error.issues)
			issues.push({ file, field: issue.path.join('.') || '(file)', message: issue.message });
		return undefined;
	};
	const readYaml = (file: string) => parseYaml(readFileSync(file, 'utf8'), { schema: 'core' }) as unknown;

	const texts: { id: string; filePath: string; data: TextData }[] = [];
	for (const kind of ['cases', 'documents', 'pages'])
		for (const slug of listDirs(join(root, kind)))
			for (const file of listFiles(join(root, kind, slug), /\.mdx?$/)) {
				const filePath = join(root, kind, slug, file);
				const data = validate(textSchema, frontmatter(readFileSync(filePath, 'utf8')), filePath);
				if (data) texts.push({ id: `${kind}/${slug}/${file.replace(/\.mdx?$/, '')}`, filePath, data });
			}

	// Entries that failed validation still count as present, so that their prose is not reported as orphaned.
	const invalid: { id: string; filePath: string; data: Record<string, never> }[] = [];
	const folderEntries = <S extends z.ZodType>(kind: string, file: string, schema: S) =>
		listDirs(join(root, kind))
			.filter((slug) => existsSync(join(root, kind, slug, file)))
			.flatMap((slug) => {
				const filePath = join(root, kind, slug, file);
				const data = validate(schema, readYaml(filePath), filePath);
				if (data === undefined) invalid.push({ id: slug, filePath, data: {} });
				return data === undefined ? [] : [{ id: slug, filePath, data: data as z.infer<S> }];
			});
	const fileEntries = <S extends z.ZodType>(kind: string, schema: S) =>
		listFiles(join(root, kind), /\.ya?ml$/).flatMap((file) => {
			const filePath = join(root, kind, file);
			const data = validate(schema, readYaml(filePath), filePath);
			return data === undefined ? [] : [{ id: file.replace(/\.ya?ml$/, ''), filePath, data: data as z.infer<S> }];
		});

	const cases = folderEntries('cases', 'case.yaml', caseSchema);
	const badCases = invalid.splice(0);
	const documents = folderEntries('documents', 'document.yaml', documentSchema);
	const badDocuments = invalid.splice(0);
	const sources = fileEntries('sources', sourceSchema);
	const context = fileEntries('context', contextSchema);
	issues.push(
		...checkCorpus(
			{ cases: [...cases, ...badCases], documents: [...documents, ...badDocuments], sources, context, texts },
			root,
		),
	);
	if (issues.length > 0) throw new ContentError(issues);

	const textOf = (kind: string, id: string) => {
		const get = (lang: Lang) => texts.find((t) => t.id === `${kind}/${id}/${lang}`)!.data;
		return { fr: get('fr'), en: get('en') };
	};
	return {
		cases: cases.map((c) => ({ ...c, text: textOf('cases', c.id) })),
		documents: documents.map((d) => ({ ...d, text: textOf('documents', d.id) })),
		sources,
		context,
	};
}
