/** `/data/events.json`: every timeline event as open data, with its version and licence (CC BY 4.0). */
import type { APIRoute } from 'astro';
import { getDataCorpus } from '../../lib/corpus.ts';
import { eventsDataset } from '../../../scripts/data/events.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(eventsDataset(await getDataCorpus()), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
