/** What the figures page's charts and map draw (`/fr/figures/data.json`), read by their scripts. */
import type { APIRoute } from 'astro';
import { getDataCorpus } from '../../../build/corpus.ts';
import { figurePayloads } from '../../../lib/figures.ts';
import { langPaths } from '../../../consts.ts';
import type { Lang } from '../../../schemas/common.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(figurePayloads(params.lang as Lang, await getDataCorpus())), {
		headers: { 'Content-Type': 'application/json' },
	});
