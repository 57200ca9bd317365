/**
 * CSL-JSON items for what ORCA cites: its own pages (organisation as author, publication and
 * last-updated dates, stable URL, content version) and the sources of its bibliography. Pure data,
 * no citation library: the formatting lives in `engine.ts`.
 */
import type { Author, Source } from '../../schemas/source.ts';
import type { Lang } from '../../schemas/common.ts';
import { LICENCE } from '../../consts.ts';
import { t } from '../../i18n/index.ts';
import { withoutBase } from '../url.ts';

/** The site name, as the container of every page. */
export const SITE_NAME = 'ORCA';

/** The site's editorial author, credited on every page, in the page's language (one institutional name). */
export function orcaAuthor(lang: Lang): string {
	return `${SITE_NAME} — ${t(lang, 'site.longName')}`;
}

/**
 * A field value on one line: every run of white space (line breaks included) becomes one space.
 * Reference files hold one field per line, so a line break inside a value would end the field.
 */
export function oneLine(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** A CSL date: `date-parts` holds [year, month?, day?] at the precision known. */
export interface CslDate {
	'date-parts': [number[]];
}

/** A CSL name: a person (`family`, `given`) or an organisation (`literal`). */
export type CslName = { family: string; given?: string } | { literal: string };

/** The CSL-JSON fields ORCA writes (CSL 1.0.2 variable names). */
export interface CslItem {
	id: string;
	'citation-key'?: string;
	type: string;
	title?: string;
	/** Page (in the Journal officiel, for an original document). */
	page?: string;
	author?: CslName[];
	'container-title'?: string;
	publisher?: string;
	issued?: CslDate;
	accessed?: CslDate;
	/** Absent only for a document with no official record online. */
	URL?: string;
	version?: string;
	language?: string;
	abstract?: string;
	note?: string;
}

/** `2009-06` → `{ 'date-parts': [[2009, 6]] }`; undefined stays undefined (never invent a date). */
export function cslDate(value: string | undefined): CslDate | undefined {
	if (!value) return undefined;
	return { 'date-parts': [value.split('-').map(Number)] };
}

/** Everything the cite panel and the head metadata need to know about a page. */
export interface CitablePage {
	lang: 'fr' | 'en';
	/** Page title in its language. */
	title: string;
	/** One or two sentences (`citation_abstract`). */
	summary: string;
	/** The page's path as served, base included (`Astro.url.pathname`), e.g. `/orca/fr/cases/keyyo/`. */
	path: string;
	/** First publication on ORCA (YYYY, YYYY-MM or YYYY-MM-DD); defaults to `updated`. */
	published?: string;
	/** Last editorial update. */
	updated?: string;
	/** Short content hash identifying this version of the page (`contentVersion`). */
	version: string;
	/** `Article` for prose pages, `Dataset` for data pages (JSON-LD). */
	workType?: 'article' | 'dataset';
}

/** Absolute canonical URL of a page: its served path on the configured site origin. */
export function canonicalUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/** A BibTeX-safe key (letters, digits, `_`): `citationKey('keyyo-abbeville')` → `keyyo_abbeville`. */
export function bibKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}

/** The key of a page from its path: `/orca/fr/cases/keyyo/` → `orca_fr_cases_keyyo`. */
export function citationKey(path: string, base = '/'): string {
	return bibKey(`orca/${withoutBase(path, base)}`);
}

/** The licence statement written into every download. */
export function licenceNote(lang: 'fr' | 'en'): string {
	return lang === 'fr' ? `Licence : ${LICENCE.name}, ${LICENCE.url}` : `Licence: ${LICENCE.name}, ${LICENCE.url}`;
}

/** The CSL-JSON item of an ORCA page. `accessed` is left out: the reader's browser or reference manager adds it. */
export function pageItem(page: CitablePage, site: URL | string, base = '/'): CslItem {
	const key = citationKey(page.path, base);
	return {
		id: key,
		'citation-key': key,
		type: 'webpage',
		title: oneLine(page.title),
		author: [{ literal: orcaAuthor(page.lang) }],
		'container-title': SITE_NAME,
		issued: cslDate(page.published ?? page.updated),
		URL: canonicalUrl(page.path, site),
		version: page.version,
		language: page.lang,
		abstract: oneLine(page.summary),
		note: [page.updated && `${page.lang === 'fr' ? 'Mis à jour le' : 'Last updated'} ${page.updated}`, licenceNote(page.lang)]
			.filter(Boolean)
			.join('. '),
	};
}

const SOURCE_TYPES: Record<Source['type'], string> = {
	official: 'webpage',
	press: 'article-newspaper',
	company: 'webpage',
	academic: 'article',
	union: 'webpage',
	aggregator: 'article-newspaper',
	blog: 'post-weblog',
};

function cslName(author: Author): CslName {
	return 'literal' in author ? { literal: oneLine(author.literal) } : { family: oneLine(author.family), given: oneLine(author.given) };
}

/** The CSL-JSON item of a bibliography source; its record (not the work) is under ORCA's licence. */
export function sourceItem(id: string, source: Source): CslItem {
	const press = SOURCE_TYPES[source.type] === 'article-newspaper';
	const item: CslItem = {
		id,
		'citation-key': bibKey(id),
		type: SOURCE_TYPES[source.type],
		URL: source.url,
		language: source.language,
		note: [source.via && `via ${oneLine(source.via)}`, `Record: ORCA, ${LICENCE.name}`].filter(Boolean).join('. '),
	};
	if (source.title) item.title = oneLine(source.title);
	if (source.authors.length > 0) item.author = source.authors.map(cslName);
	if (press) item['container-title'] = oneLine(source.publisher);
	else item.publisher = oneLine(source.publisher);
	const issued = cslDate(source.published);
	if (issued) item.issued = issued;
	return item;
}
