/** The Atom feed of each language, `/fr/feed.xml` and `/en/feed.xml`: new and changed cases and documents. */
import { MEDIA_TYPES } from '../../lib/media-types.ts';
import type { APIRoute } from 'astro';
import { langPaths, LICENCE } from '../../consts.ts';
import type { Lang } from '../../schemas/common.ts';
import { getCorpus } from '../../build/corpus.ts';
import { changeLog, corpusRecords, type LogEntry } from '../../lib/history.ts';
import { atomFeed } from '../../lib/feed.ts';
import { orcaAuthor } from '../../lib/cite/csl.ts';
import { pageUrl, pathWithBase } from '../../lib/url.ts';
import { t } from '../../i18n/index.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const lang = params.lang as Lang;
	const entries = changeLog(corpusRecords(await getCorpus(), lang));
	const title = (e: LogEntry) => e.record.title[lang];
	const xml = atomFeed({
		lang,
		site: site!,
		selfPath: pathWithBase(`${lang}/feed.xml`),
		alternatePath: pageUrl(lang, 'whats-new'),
		homePath: pageUrl(lang),
		recordPath: (e) => pageUrl(lang, e.record.collection, e.record.id),
		entries,
		rights: `${LICENCE.name} ${LICENCE.url}`,
		text: {
			title: t(lang, 'feed.title'),
			subtitle: t(lang, 'feed.subtitle'),
			author: orcaAuthor(lang),
			entryTitle: (e) =>
				e.state.event === 'published'
					? t(lang, e.record.collection === 'cases' ? 'feed.entry.cases' : 'feed.entry.documents', { title: title(e) })
					: t(lang, e.state.event === 'changed' ? 'feed.entry.changed' : 'feed.entry.updated', { title: title(e) }),
			entrySummary: (e) =>
				e.state.event === 'changed'
					? e.state.note![lang]
					: t(lang, e.state.event === 'published' ? 'feed.summary.published' : 'feed.summary.updated'),
		},
	});
	return new Response(xml, { headers: { 'Content-Type': MEDIA_TYPES.xml } });
};
