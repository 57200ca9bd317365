/** The reference of every citable page as files next to it: `<page>/cite.bib`, `cite.ris`, `cite.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basePath } from '../lib/url.ts';
import { citablePages } from '../lib/cite/pages.ts';
import { licenceNote, pageItem, type CitablePage } from '../lib/cite/csl.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/formats.ts';

const FORMATS = {
	bib: { type: 'application/x-bibtex; charset=utf-8', write: (p: CitablePage, site: URL) => toBibtex([pageItem(p, site, basePath())], p.title, licenceNote(p.lang)) },
	ris: { type: 'application/x-research-info-systems; charset=utf-8', write: (p: CitablePage, site: URL) => toRis([pageItem(p, site, basePath())]) },
	json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: (p: CitablePage, site: URL) => toCslJson([pageItem(p, site, basePath())]) },
};

export const getStaticPaths = (async () => {
	const pages = await citablePages();
	return pages.flatMap((page) =>
		(Object.keys(FORMATS) as Array<keyof typeof FORMATS>).map((ext) => ({
			params: { citeFile: `${page.path.slice(basePath().length)}cite.${ext}` },
			props: { page, ext },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { page, ext } = props as { page: CitablePage; ext: keyof typeof FORMATS };
	const format = FORMATS[ext];
	return new Response(format.write(page, site!), { headers: { 'Content-Type': format.type } });
};
