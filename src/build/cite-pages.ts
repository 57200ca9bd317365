/**
 * The citable pages of the site, built from the corpus: each page type turns its entry into a
 * `CitablePage` here, and `citablePages()` lists them all for the per-page downloads
 * (`<page>/cite.bib|ris|json`). A new page type with a cite panel adds itself to that list.
 */
import type { Lang } from '../schemas/common.ts';
import { LANGS } from '../schemas/common.ts';
import { getCorpus, type Case, type Corpus, type PolicyDocument } from './corpus.ts';
import { basePath, pageUrl } from '../lib/url.ts';
import { t } from '../i18n/index.ts';
import { citationKey, type CitablePage, type CslItem } from '../lib/cite/csl.ts';
import { originalItem } from '../lib/cite/original.ts';
import { contentVersion } from '../lib/cite/version.ts';

/** A case or document page. */
export function entryCitation(collection: 'cases' | 'documents', entry: Case | PolicyDocument, lang: Lang): CitablePage {
	const known = citationsOf.get(entry) ?? citationsOf.set(entry, new Map()).get(entry)!;
	const key = `${collection}/${lang}`;
	if (!known.has(key)) known.set(key, newEntryCitation(collection, entry, lang));
	return { ...known.get(key)! };
}

/** Each entry's citation, by collection and language: the page and the reference files both ask (hashing is the cost). */
const citationsOf = new WeakMap<Case | PolicyDocument, Map<string, CitablePage>>();

function newEntryCitation(collection: 'cases' | 'documents', entry: Case | PolicyDocument, lang: Lang): CitablePage {
	const text = entry.text[lang];
	return {
		lang,
		title: text.data.title,
		summary: text.data.summary,
		path: pageUrl(lang, collection, entry.id),
		published: entry.data.firstPublished,
		updated: entry.data.updated,
		version: contentVersion(entry.data, text.data, text.body),
	};
}

/**
 * The reference of the document a document page is about (`original.ts`), keyed after the page
 * (`orca_fr_documents_<slug>_original`), with the page's link only when it is an official record
 * (a source of type `official` at that URL), as the page itself says.
 */
export function documentOriginal(entry: PolicyDocument, lang: Lang, sources: Corpus['sources']): CslItem {
	const link = [...sources.values()].find((s) => s.url === entry.data.officialUrl);
	const key = `${citationKey(pageUrl(lang, 'documents', entry.id), basePath())}_original`;
	return originalItem(entry.data, lang, key, link?.type === 'official' ? entry.data.officialUrl : undefined);
}

/** Every document page's original-document reference, with the page's path (for `<page>/cite-original.*`). */
export async function originalCitations(): Promise<Array<{ path: string; lang: Lang; item: CslItem }>> {
	const corpus = await getCorpus();
	return LANGS.flatMap((lang) =>
		corpus.documents.map((d) => ({ path: pageUrl(lang, 'documents', d.id), lang, item: documentOriginal(d, lang, corpus.sources) })),
	);
}

/** The newest `updated` date of the corpus: the version date of pages built from all of it. */
export function corpusUpdated(corpus: Pick<Corpus, 'cases' | 'documents'>): string | undefined {
	return [...corpus.cases, ...corpus.documents]
		.map((e) => e.data.updated)
		.sort()
		.at(-1);
}

/** An editorial page (`content/pages/<name>/`), e.g. the methodology. */
export function editorialCitation(corpus: Corpus, name: string, lang: Lang): CitablePage {
	const text = corpus.pages.get(name)![lang];
	return {
		lang,
		title: text.data.title,
		summary: text.data.summary,
		path: pageUrl(lang, name),
		updated: text.data.updated ?? corpusUpdated(corpus),
		version: contentVersion(text.data, text.body),
	};
}

/** The sources page: the whole bibliography. */
export function sourcesCitation(corpus: Corpus, lang: Lang): CitablePage {
	return {
		lang,
		title: t(lang, 'sources.title'),
		summary: t(lang, 'sources.summary'),
		path: pageUrl(lang, 'sources'),
		updated: corpusUpdated(corpus),
		version: contentVersion(corpus.sources),
	};
}

/** The pages drawn from the whole corpus, with their title and lead strings. */
const CORPUS_PAGES = {
	timeline: { title: 'timeline.title', summary: 'timeline.lead', workType: 'article' },
	figures: { title: 'fig.title', summary: 'fig.lead', workType: 'article' },
	data: { title: 'data.title', summary: 'data.lead', workType: 'dataset' },
} as const;

const corpusVersions = new WeakMap<Corpus, string>();

/** The version of the pages drawn from the whole corpus: its records' data, hashed once per corpus. */
function corpusVersion(corpus: Corpus): string {
	let version = corpusVersions.get(corpus);
	if (!version) {
		version = contentVersion(
			corpus.cases.map((c) => c.data),
			corpus.documents.map((d) => d.data),
			corpus.context.map((c) => c.data),
		);
		corpusVersions.set(corpus, version);
	}
	return version;
}

/** A page drawn from the whole corpus (timeline, figures, data): versioned by the corpus it shows. */
export function corpusPageCitation(corpus: Corpus, name: keyof typeof CORPUS_PAGES, lang: Lang): CitablePage {
	const page = CORPUS_PAGES[name];
	return {
		lang,
		title: t(lang, page.title),
		summary: t(lang, page.summary),
		path: pageUrl(lang, name),
		updated: corpusUpdated(corpus),
		version: corpusVersion(corpus),
		workType: page.workType,
	};
}

/** Every page that carries a cite panel, in both languages. */
export async function citablePages(): Promise<CitablePage[]> {
	const corpus = await getCorpus();
	return LANGS.flatMap((lang) => [
		...corpus.cases.map((c) => entryCitation('cases', c, lang)),
		...corpus.documents.map((d) => entryCitation('documents', d, lang)),
		editorialCitation(corpus, 'methodology', lang),
		sourcesCitation(corpus, lang),
		...(['timeline', 'figures', 'data'] as const).map((name) => corpusPageCitation(corpus, name, lang)),
	]);
}
