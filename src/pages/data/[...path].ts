/** The open-data files at stable URLs (`/data/cases.csv` …), made by the same functions as `npm run data`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataCorpus } from '../../build/corpus.ts';
import { caseRecordDocs } from '../../build/schema-docs.ts';
import { DATASETS, mediaType } from '../../lib/open-data/index.ts';

export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { path: d.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const dataset = DATASETS.find((d) => d.path === params.path)!;
	return new Response(dataset.build(await getDataCorpus(), caseRecordDocs()), { headers: { 'Content-Type': mediaType(dataset.path) } });
};
