/**
 * The corpus as the pages use it: every collection (validated and cross-checked by the content
 * reader, src/build/content.ts, when the collections load) joined and sorted once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import { sourceFields } from '../lib/integrity.ts';
import { comparePartialDates } from '../lib/dates.ts';
import type { DataCorpus } from '../lib/data-corpus.ts';

type Prose = CollectionEntry<'texts'>;

/** A case with its prose in each language. */
export interface Case {
	id: string;
	data: CollectionEntry<'cases'>['data'];
	text: Record<Lang, Prose>;
}

/** A policy document with its prose in each language. */
export interface PolicyDocument {
	id: string;
	data: CollectionEntry<'documents'>['data'];
	text: Record<Lang, Prose>;
}

export interface Corpus {
	/** Cases, newest first (undated last), then by company. */
	cases: Case[];
	/** Documents, newest first. */
	documents: PolicyDocument[];
	sources: Map<string, CollectionEntry<'sources'>['data']>;
	context: CollectionEntry<'context'>[];
	/** Editorial pages (`content/pages/<name>/<lang>.md`), by name. */
	pages: Map<string, Record<Lang, Prose>>;
}

function withTexts<T extends { id: string }>(collection: 'cases' | 'documents', entry: T, texts: Map<string, Prose>) {
	const text = (lang: Lang) => texts.get(`${collection}/${entry.id}/${lang}`)!;
	return { ...entry, text: { fr: text('fr'), en: text('en') } };
}

async function load(): Promise<Corpus> {
	const [cases, documents, texts, sources, context] = await Promise.all([
		getCollection('cases'),
		getCollection('documents'),
		getCollection('texts'),
		getCollection('sources'),
		getCollection('context'),
	]);
	const textById = new Map(texts.map((t) => [t.id, t]));
	const newestFirst = (a?: string, b?: string) => comparePartialDates(b, a) || 0;
	return {
		cases: cases
			.map((c) => withTexts('cases', { id: c.id, data: c.data }, textById))
			.sort((a, b) => {
				if (!a.data.date !== !b.data.date) return a.data.date ? -1 : 1;
				return newestFirst(a.data.date, b.data.date) || a.data.company.localeCompare(b.data.company, 'fr') || a.id.localeCompare(b.id);
			}),
		documents: documents
			.map((d) => withTexts('documents', { id: d.id, data: d.data }, textById))
			.sort((a, b) => newestFirst(a.data.published.date, b.data.published.date) || a.id.localeCompare(b.id)),
		sources: new Map(sources.sort((a, b) => a.id.localeCompare(b.id)).map((s) => [s.id, s.data])),
		context: context.sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id)),
		pages: new Map(
			[...new Set(texts.filter((t) => t.id.startsWith('pages/')).map((t) => t.id.split('/')[1]!))].map((name) => [
				name,
				{ fr: textById.get(`pages/${name}/fr`)!, en: textById.get(`pages/${name}/en`)! },
			]),
		),
	};
}

let corpus: Promise<Corpus> | undefined;

/** The whole corpus, loaded and checked once per build. */
export function getCorpus(): Promise<Corpus> {
	corpus ??= load();
	return corpus;
}

let dataCorpus: Promise<DataCorpus> | undefined;

/** The corpus as plain data for the data scripts (`src/lib/open-data/`), in the same order; built once per build. */
export function getDataCorpus(): Promise<DataCorpus> {
	dataCorpus ??= getCorpus().then(({ cases, documents, sources, context }) => {
		const plain = <T>(e: { id: string; data: T; text: Record<Lang, Prose> }) => ({
			id: e.id,
			data: e.data,
			text: { fr: e.text.fr.data, en: e.text.en.data },
		});
		return {
			cases: cases.map(plain),
			documents: documents.map(plain),
			sources: [...sources].map(([id, data]) => ({ id, data })),
			context: context.map((c) => ({ id: c.id, data: c.data })),
		};
	});
	return dataCorpus;
}

/** All source ids an entry cites anywhere (its list, figures, quotes, events), in first-cited order. */
export function citedSources(data: { sources: readonly string[] }): string[] {
	return [...new Set([...data.sources, ...sourceFields(data).flatMap((f) => f.ids)])];
}
