/**
 * The case list's no-JavaScript filter rules (see `filterCss`), as a stylesheet of the site's own
 * origin, so the Content-Security-Policy needs no inline style.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../build/corpus.ts';
import { caseRow, filterCss } from '../lib/case-table.ts';

export const GET: APIRoute = async () => {
	const { cases } = await getCorpus();
	const rows = cases.map((c) => caseRow('fr', c.id, c.text.fr.data.title, c.data));
	return new Response(`${filterCss(rows)}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
