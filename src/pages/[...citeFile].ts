/**
 * The reference of every citable page as files next to it (`<page>/cite.bib`, `cite.ris`, `cite.json`)
 * and, on document pages, the reference of the document itself (`<page>/cite-original.*`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basePath, withoutBase } from '../lib/url.ts';
import { citablePages, originalCitations } from '../build/cite-pages.ts';
import { licenceNote, pageItem, type CslItem } from '../lib/cite/csl.ts';
import { LICENCE } from '../consts.ts';
import { referenceType } from '../lib/media-types.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/formats.ts';
import { cacheKey } from '../build/page-keys.ts';

const FORMATS = {
	bib: { type: referenceType('bib'), write: (item: CslItem, licence: string) => toBibtex([item], item.title ?? item.id, licence) },
	ris: { type: referenceType('ris'), write: (item: CslItem) => toRis([item]) },
	json: { type: referenceType('json'), write: (item: CslItem) => toCslJson([item]) },
};
type Ext = keyof typeof FORMATS;
const EXTS = Object.keys(FORMATS) as Ext[];

export const getStaticPaths = (async () => {
	const site = import.meta.env.SITE;
	const pages = (await citablePages()).map((page) => ({
		path: page.path,
		item: pageItem(page, site, basePath()),
		name: 'cite',
		licence: licenceNote(page.lang),
	}));
	// The document itself is not ORCA's: only its bibliographic record is under ORCA's licence.
	const record = `Bibliographic record by ORCA, ${LICENCE.name} (${LICENCE.url})`;
	const originals = (await originalCitations()).map(({ path, item }) => ({ path, item, name: 'cite-original', licence: record }));
	return [...pages, ...originals].flatMap(({ path, item, name, licence }) =>
		EXTS.map((ext) => ({
			params: { citeFile: `${withoutBase(path)}${name}.${ext}` },
			props: { item, licence, ext },
			// The file is written from its props alone: unchanged props, the previous build's file (Astro's incremental build).
			cacheKey: cacheKey(item, licence, ext),
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { item, licence, ext } = props as { item: CslItem; licence: string; ext: Ext };
	const format = FORMATS[ext];
	return new Response(format.write(item, licence), { headers: { 'Content-Type': format.type } });
};
