/**
 * The reference of every citable page as files next to it (`<page>/cite.bib`, `cite.ris`, `cite.json`)
 * and, on document pages, the reference of the document itself (`<page>/cite-original.*`): one route
 * per file in `astro dev`; in `astro build`, one list of them all, which `src/build/cite-files.ts`
 * writes out as the same files when the build is done.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basePath, withoutBase } from '../lib/url.ts';
import { citablePages, originalCitations } from '../build/cite-pages.ts';
import { licenceNote, pageItem, type CslItem } from '../lib/cite/csl.ts';
import { LICENCE } from '../consts.ts';
import { referenceType } from '../lib/media-types.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/formats.ts';
import { CITE_FILES, type CiteFile } from '../integrations/cite-files.ts';

const FORMATS = {
	bib: { type: referenceType('bib'), write: (item: CslItem, licence: string) => toBibtex([item], item.title ?? item.id, licence) },
	ris: { type: referenceType('ris'), write: (item: CslItem) => toRis([item]) },
	json: { type: referenceType('json'), write: (item: CslItem) => toCslJson([item]) },
};
type Ext = keyof typeof FORMATS;
/** Set by the cite-files integration: true in `astro build`, where one list of every file is rendered. */
declare const __ORCA_CITE_FILES_LIST__: boolean | undefined;
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
	const files = [...pages, ...originals].flatMap(({ path, item, name, licence }) =>
		EXTS.map((ext) => ({ citeFile: `${withoutBase(path)}${name}.${ext}`, item, licence, ext })),
	);
	if (typeof __ORCA_CITE_FILES_LIST__ === 'boolean' && __ORCA_CITE_FILES_LIST__)
		return [{ params: { citeFile: CITE_FILES }, props: { files } }];
	return files.map((file) => ({ params: { citeFile: file.citeFile }, props: file }));
}) satisfies GetStaticPaths;

type File = { item: CslItem; licence: string; ext: Ext };
const body = ({ item, licence, ext }: File) => FORMATS[ext].write(item, licence);

export const GET: APIRoute = ({ props }) => {
	if ('files' in props) {
		const files = (props as { files: Array<File & { citeFile: string }> }).files;
		return new Response(JSON.stringify(files.map((file): CiteFile => [file.citeFile, body(file)])), {
			headers: { 'Content-Type': 'application/json' },
		});
	}
	const file = props as File;
	return new Response(body(file), { headers: { 'Content-Type': FORMATS[file.ext].type } });
};
