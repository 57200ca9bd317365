/**
 * Head metadata for reference managers (Zotero's embedded-metadata conventions: `citation_*`,
 * Dublin Core) and schema.org JSON-LD for search engines. No COinS: it would override the tags.
 */
import { LICENCE } from '../../consts.ts';
import { canonicalUrl, oneLine, orcaAuthor, SITE_NAME, type CitablePage } from './csl.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Author } from '../../schemas/source.ts';
import { basePath } from '../url.ts';

/** One `<meta>` tag: `name` (or `property` for Open Graph) and `content`. */
export interface MetaTag {
	name: string;
	content: string;
}

/**
 * An author as `citation_author` wants it: "Family, Given" for a person. Zotero's Embedded Metadata
 * translator splits a name without a comma at its last space (first name "ORCA — Observatoire …",
 * last name "d'appels") and has no single-field mode for these tags; a name with a comma is read as
 * "Last, First", so an organisation is written with a trailing comma and comes through whole, as
 * the last name with no first name.
 */
export function citationAuthor(author: Author): string {
	return 'literal' in author ? `${oneLine(author.literal)},` : `${author.family}, ${author.given}`;
}

/**
 * The citation meta tags of a page (canonical, `og:site_name` — Zotero's website title — and
 * `DC.rights` are written by the layout). `DC.type` is a Zotero item type, which Zotero takes as is
 * (`webpage`, `dataset`); without it `citation_title` makes Zotero guess a journal article.
 */
export function citationMeta(page: CitablePage, site: URL | string): MetaTag[] {
	const url = canonicalUrl(page.path, site);
	const published = page.published ?? page.updated;
	const author = orcaAuthor(page.lang);
	const tags: MetaTag[] = [
		{ name: 'DC.type', content: page.workType === 'dataset' ? 'dataset' : 'webpage' },
		{ name: 'DC.title', content: page.title },
		{ name: 'DC.creator', content: author },
		{ name: 'DC.publisher', content: SITE_NAME },
		{ name: 'DC.language', content: page.lang },
		{ name: 'citation_title', content: page.title },
		{ name: 'citation_author', content: citationAuthor({ literal: author }) },
	];
	if (published) tags.push({ name: 'citation_date', content: published }, { name: 'DC.date', content: published });
	tags.push(
		{ name: 'citation_public_url', content: url },
		{ name: 'citation_language', content: page.lang },
		{ name: 'citation_abstract', content: page.summary },
	);
	if (page.updated) tags.push({ name: 'DCTERMS.modified', content: page.updated });
	tags.push({ name: 'DCTERMS.license', content: LICENCE.url });
	return tags;
}

type JsonLd = Record<string, unknown>;

const organisation = (lang: Lang): JsonLd => ({ '@type': 'Organization', name: orcaAuthor(lang), alternateName: SITE_NAME });

/** schema.org `Article` for a prose page (case, document, methodology …). */
export function articleJsonLd(page: CitablePage, site: URL | string): JsonLd {
	const url = canonicalUrl(page.path, site);
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: page.title,
		description: page.summary,
		inLanguage: page.lang,
		url,
		mainEntityOfPage: url,
		author: organisation(page.lang),
		publisher: organisation(page.lang),
		...(page.published || page.updated ? { datePublished: page.published ?? page.updated } : {}),
		...(page.updated ? { dateModified: page.updated } : {}),
		version: page.version,
		license: LICENCE.url,
		isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL(basePath(), site).href },
	};
}

/** A downloadable file of a dataset: its URL (absolute) and media type. */
export interface Distribution {
	url: string;
	encodingFormat: string;
}

/** schema.org `Dataset` for a data page, with its downloads (`distribution`). */
export function datasetJsonLd(page: CitablePage, site: URL | string, distribution: Distribution[] = []): JsonLd {
	const { '@type': _article, headline, mainEntityOfPage: _main, ...rest } = articleJsonLd(page, site);
	return {
		...rest,
		'@type': 'Dataset',
		name: headline,
		creator: organisation(page.lang),
		distribution: distribution.map((d) => ({ '@type': 'DataDownload', contentUrl: d.url, encodingFormat: d.encodingFormat })),
	};
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so it cannot close the script. */
export function jsonLdScript(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
