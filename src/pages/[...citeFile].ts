/**
 * The reference of every citable page as files next to it (`<page>/cite.bib`, `cite.ris`, `cite.json`)
 * and, on document pages, the reference of the document itself (`<page>/cite-original.*`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basePath } from '../lib/url.ts';
import { citablePages, originalCitations } from '../lib/cite/pages.ts';
import { licenceNote, pageItem, type CslItem } from '../lib/cite/csl.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/formats.ts';

const FORMATS = {
	bib: { type: 'application/x-bibtex; charset=utf-8', write: (item: CslItem, lang: 'fr' | 'en') => toBibtex([item], item.title ?? item.id, licenceNote(lang)) },
	ris: { type: 'application/x-research-info-systems; charset=utf-8', write: (item: CslItem) => toRis([item]) },
	json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: (item: CslItem) => toCslJson([item]) },
};
type Ext = keyof typeof FORMATS;
const EXTS = Object.keys(FORMATS) as Ext[];

export const getStaticPaths = (async () => {
	const site = import.meta.env.SITE;
	const pages = (await citablePages()).map((page) => ({ path: page.path, lang: page.lang, item: pageItem(page, site, basePath()), name: 'cite' }));
	const originals = (await originalCitations()).map((o) => ({ ...o, name: 'cite-original' }));
	return [...pages, ...originals].flatMap(({ path, lang, item, name }) =>
		EXTS.map((ext) => ({ params: { citeFile: `${path.slice(basePath().length)}${name}.${ext}` }, props: { item, lang, ext } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { item, lang, ext } = props as { item: CslItem; lang: 'fr' | 'en'; ext: Ext };
	const format = FORMATS[ext];
	return new Response(format.write(item, lang), { headers: { 'Content-Type': format.type } });
};
