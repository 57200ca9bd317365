/**
 * Keys of Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): a page that
 * `getStaticPaths()` returns with a `cacheKey` is copied from the previous build when its key, the
 * code it imports and the Markdown it renders are unchanged. So a key is a digest of everything the
 * page reads from the corpus besides its own rendered text: a page that reads more must say so here,
 * or a rebuild keeps it stale (tests/build/incremental.test.ts compares a rebuild with a cold build).
 * Pages drawn from the whole corpus (lists, timeline, figures, data, feeds) have no key: they are
 * rendered at every build.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../schemas/common.ts';
import { citedSources, getCorpus, type Case, type PolicyDocument } from './corpus.ts';
import { getCaseTimeline } from './timeline-events.ts';

/** A digest of JSON-serialisable values. */
export function cacheKey(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/**
 * The key of a case or document page: the entry and its prose in both languages, the sources it
 * cites, the title and summary of the related cases and documents it links to, the source at a
 * document's official URL (which makes the link "official") and a case's timeline events.
 */
export async function entryPageKey(kind: 'cases' | 'documents', entry: Case | PolicyDocument, lang: Lang): Promise<string> {
	const corpus = await getCorpus();
	const prose = (e: Case | PolicyDocument) => ({ fr: [e.text.fr.data, e.text.fr.body], en: [e.text.en.data, e.text.en.body] });
	const related = [
		...entry.data.relatedCases.map((id) => corpus.cases.find((c) => c.id === id)),
		...entry.data.relatedDocuments.map((id) => corpus.documents.find((d) => d.id === id)),
	].map((e) => e && [e.id, e.text[lang].data.title, e.text[lang].data.summary]);
	const sources = citedSources(entry.data).map((id) => [id, corpus.sources.get(id)]);
	const official =
		'officialUrl' in entry.data
			? [...corpus.sources].find(([, s]) => s.url === (entry.data as PolicyDocument['data']).officialUrl)
			: undefined;
	const events = kind === 'cases' ? await getCaseTimeline(entry.id) : [];
	return cacheKey(kind, lang, entry.id, entry.data, prose(entry), sources, related, official, events);
}
