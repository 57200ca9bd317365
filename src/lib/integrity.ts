/**
 * Cross-file checks that a single schema cannot make: every reference resolves, every case and
 * document has its prose in both languages and a consistent history (dates of `changes`). Pure, so that tests reach it without Astro.
 */
import { LANGS } from '../schemas/common.ts';
import { comparableUrl } from './url.ts';
import { comparePartialDates } from './dates.ts';

/** The minimum the checks need to know about an entry. */
export interface EntryRef<T> {
	id: string;
	/** Path of the file, relative to the project root. */
	filePath?: string;
	data: T;
}

interface Referencing {
	sources?: readonly string[];
	relatedCases?: readonly string[];
	relatedDocuments?: readonly string[];
	[key: string]: unknown;
}

export interface CorpusInput {
	cases: EntryRef<Referencing>[];
	documents: EntryRef<Referencing>[];
	context: EntryRef<Referencing>[];
	sources: EntryRef<unknown>[];
	/** Prose entries, with ids `cases/<slug>/<lang>`, `documents/<slug>/<lang>` or `pages/<name>/<lang>`. */
	texts: EntryRef<unknown>[];
}

/** One problem: the file, the field and what was expected. */
export interface ContentIssue {
	file: string;
	field: string;
	message: string;
}

/** One issue as the build, `npm run data` and `npm run content:check` print it: `  file: field "x": message`. */
export const issueLine = (issue: ContentIssue) => `  ${issue.file}: field "${issue.field}": ${issue.message}`;

/** Thrown when content is not publishable; its message lists every issue, one per line. */
export class ContentError extends Error {
	readonly issues: ContentIssue[];
	constructor(issues: ContentIssue[]) {
		super(`ORCA content is invalid (${issues.length} problem${issues.length > 1 ? 's' : ''}):\n` + issues.map(issueLine).join('\n'));
		this.name = 'ContentError';
		this.issues = issues;
	}
}

/** Every `sources` array inside `value`, with its path (`jobs[0].sources`). */
export function sourceFields(value: unknown, path = ''): { field: string; ids: readonly string[] }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => sourceFields(item, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const field = path ? `${path}.${key}` : key;
		if (key === 'sources' && Array.isArray(child) && child.every((id) => typeof id === 'string'))
			return [{ field, ids: child as string[] }];
		return sourceFields(child, field);
	});
}

/** Every list of plain values inside `value` that holds one value twice, with the repeated item's path. */
export function repeatedItems(value: unknown, path = ''): { field: string; item: string }[] {
	if (Array.isArray(value)) {
		const seen = new Set<string>();
		const repeats: { field: string; item: string }[] = [];
		value.forEach((item, i) => {
			if (item !== null && typeof item === 'object') repeats.push(...repeatedItems(item, `${path}[${i}]`));
			else if (seen.has(String(item))) repeats.push({ field: `${path}[${i}]`, item: String(item) });
			else seen.add(String(item));
		});
		return repeats;
	}
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => repeatedItems(child, path ? `${path}.${key}` : key));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Problems with a record's dates, as `[field, message]`: change dates must be whole days, not before
 * the first publication, not after `updated`, oldest first; `firstPublished` not after `updated`.
 * Reads untyped data (a record that failed its schema is skipped field by field).
 */
export function historyProblems(data: Record<string, unknown>): [field: string, message: string][] {
	const problems: [string, string][] = [];
	const updated = typeof data.updated === 'string' ? data.updated : undefined;
	const firstPublished = typeof data.firstPublished === 'string' ? data.firstPublished : undefined;
	if (!updated) return problems;
	const after = (a: string, b: string) => comparePartialDates(a, b) > 0;
	if (firstPublished && after(firstPublished, updated))
		problems.push([
			'firstPublished',
			`first published ${firstPublished}, after the last update (updated: ${updated}); expected a date on or before it`,
		]);
	const start = firstPublished ?? updated;
	const changes = Array.isArray(data.changes) ? (data.changes as { date?: unknown }[]) : [];
	let previous: string | undefined;
	changes.forEach((change, i) => {
		const date = typeof change?.date === 'string' ? change.date : undefined;
		if (!date) return;
		const field = `changes[${i}].date`;
		if (!DAY.test(date)) problems.push([field, `expected the day of the change, YYYY-MM-DD, got "${date}"`]);
		else if (after(start, date))
			problems.push([
				field,
				firstPublished
					? `change dated ${date}, before the first publication (firstPublished: ${firstPublished}); expected ${firstPublished} or later`
					: `change dated ${date}, but the record has no firstPublished (so it counts as first published on its updated date, ${updated}); set firstPublished to the date it was first published`,
			]);
		else if (after(date, updated))
			problems.push([
				field,
				`change dated ${date}, after the last update (updated: ${updated}); expected ${updated} or earlier, or set updated to ${date}`,
			]);
		else if (previous && after(previous, date))
			problems.push([field, `change dated ${date}, before the change listed above it (${previous}); expected the changes oldest first`]);
		previous = date;
	});
	return problems;
}

function describe(known: Set<string>): string {
	const sample = [...known].sort().slice(0, 3).join(', ');
	return sample ? ` (e.g. ${sample})` : ' (there are none)';
}

/** All the issues of a corpus; an empty list means it can be published. */
export function checkCorpus(corpus: CorpusInput, root = 'content'): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const ids = {
		sources: new Set(corpus.sources.map((s) => s.id)),
		cases: new Set(corpus.cases.map((c) => c.id)),
		documents: new Set(corpus.documents.map((d) => d.id)),
	};
	const texts = new Set(corpus.texts.map((t) => t.id));

	// One bibliography: a URL is one source, cited everywhere by the same id. URLs are compared once
	// normalised (case of scheme and host, default port, fragment, trailing slash).
	const byUrl = new Map<string, { id: string; url: string }>();
	for (const source of corpus.sources) {
		const url = (source.data as { url?: string }).url;
		if (!url || !URL.canParse(url)) continue;
		const key = comparableUrl(url);
		const first = byUrl.get(key);
		if (first === undefined) byUrl.set(key, { id: source.id, url });
		else
			issues.push({
				file: source.filePath ?? `${root}/sources/${source.id}.yaml`,
				field: 'url',
				message:
					`same URL as source "${first.id}"${first.url === url ? '' : ` ("${first.url}" and "${url}" are one page)`}; ` +
					`expected one file per source: cite "${first.id}" instead`,
			});
	}

	const checkRefs = (entry: EntryRef<Referencing>, fallbackFile: string, self?: 'cases' | 'documents') => {
		const file = entry.filePath ?? fallbackFile;
		for (const { field, item } of repeatedItems(entry.data))
			issues.push({ file, field, message: `"${item}" is listed twice; expected each item once` });
		const own = self === 'cases' ? entry.data.relatedCases : self === 'documents' ? entry.data.relatedDocuments : undefined;
		(own ?? []).forEach((id, i) => {
			if (id === entry.id)
				issues.push({
					file,
					field: `${self === 'cases' ? 'relatedCases' : 'relatedDocuments'}[${i}]`,
					message: `"${id}" is this record itself; expected other ${self}`,
				});
		});
		for (const { field, ids: refs } of sourceFields(entry.data)) {
			refs.forEach((id, i) => {
				if (!ids.sources.has(id))
					issues.push({
						file,
						field: `${field}[${i}]`,
						message: `unknown source id "${id}"; expected the name of a file in ${root}/sources/ without .yaml${describe(ids.sources)}`,
					});
			});
		}
		for (const collection of ['cases', 'documents'] as const) {
			const field = collection === 'cases' ? 'relatedCases' : 'relatedDocuments';
			(entry.data[field] ?? []).forEach((id, i) => {
				if (!ids[collection].has(id))
					issues.push({
						file,
						field: `${field}[${i}]`,
						message: `unknown ${collection === 'cases' ? 'case' : 'document'} "${id}"; expected a folder name in ${root}/${collection}/${describe(ids[collection])}`,
					});
			});
		}
	};

	for (const [collection, entries] of [
		['cases', corpus.cases],
		['documents', corpus.documents],
	] as const) {
		const yaml = collection === 'cases' ? 'case.yaml' : 'document.yaml';
		const formerOwner = new Map<string, string>();
		for (const entry of entries) {
			((entry.data.formerIds as readonly string[] | undefined) ?? []).forEach((former, i) => {
				const file = entry.filePath ?? `${root}/${collection}/${entry.id}/${yaml}`;
				const owner = formerOwner.get(former);
				if (ids[collection].has(former))
					issues.push({
						file,
						field: `formerIds[${i}]`,
						message: `"${former}" is a published ${collection.slice(0, -1)}; expected a slug no longer in use`,
					});
				else if (owner !== undefined)
					issues.push({
						file,
						field: `formerIds[${i}]`,
						message: `"${former}" already redirects to "${owner}"; expected each former slug once`,
					});
				else formerOwner.set(former, entry.id);
			});
			checkRefs(entry, `${root}/${collection}/${entry.id}/${yaml}`, collection);
			for (const [field, message] of historyProblems(entry.data))
				issues.push({ file: entry.filePath ?? `${root}/${collection}/${entry.id}/${yaml}`, field, message });
			for (const lang of LANGS) {
				if (!texts.has(`${collection}/${entry.id}/${lang}`))
					issues.push({
						file: `${root}/${collection}/${entry.id}/${lang}.md`,
						field: 'title',
						message: `missing ${lang === 'fr' ? 'French' : 'English'} text; expected a ${lang}.md file with title, summary and prose`,
					});
			}
		}
	}
	const pageNames = new Set(corpus.texts.filter((t) => t.id.startsWith('pages/')).map((t) => t.id.split('/')[1]!));
	for (const name of pageNames)
		for (const lang of LANGS)
			if (!texts.has(`pages/${name}/${lang}`))
				issues.push({
					file: `${root}/pages/${name}/${lang}.md`,
					field: 'title',
					message: `missing ${lang === 'fr' ? 'French' : 'English'} text; every page exists in fr and en`,
				});
	for (const entry of corpus.context) checkRefs(entry, `${root}/context/${entry.id}.yaml`);

	for (const text of corpus.texts) {
		const [collection, slug, lang] = text.id.split('/') as [string, string, string];
		const file = text.filePath ?? `${root}/${text.id}.md`;
		if (!(LANGS as readonly string[]).includes(lang))
			issues.push({ file, field: '(file name)', message: `expected fr.md or en.md, got "${lang}"` });
		else if (collection !== 'pages' && !ids[collection as 'cases' | 'documents']?.has(slug))
			issues.push({
				file,
				field: '(folder)',
				message: `prose without facts; expected ${root}/${collection}/${slug}/${collection === 'cases' ? 'case' : 'document'}.yaml beside it`,
			});
	}
	return issues;
}
