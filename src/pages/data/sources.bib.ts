/** The whole bibliography, at a stable URL: `/data/sources.bib`. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/corpus.ts';
import { BIBLIOGRAPHY_TYPES, bibliographyFile } from '../../lib/cite/bibliography.ts';

export const GET: APIRoute = async () => {
	const { sources } = await getCorpus();
	return new Response(bibliographyFile('bib', sources), { headers: { 'Content-Type': BIBLIOGRAPHY_TYPES.bib } });
};
