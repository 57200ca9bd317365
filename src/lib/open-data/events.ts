/** `events.json`: the timeline's events in the same envelope as `cases.json` (version, licence, citation). */
import type { DataCorpus } from '../data-corpus.ts';
import type { EventsFile } from '../../schemas/open-data.ts';
import { timelineEvents } from '../timeline/events.ts';
import { envelope } from './cases.ts';

/** The content of `events.json`. */
export function eventsFileData(corpus: DataCorpus): EventsFile {
	const events = timelineEvents(corpus);
	return { ...envelope(corpus, 'events', 'ORCA — timeline events / événements de la chronologie', events.length), events };
}

/** `events.json`, pretty-printed with a final newline. */
export const eventsJson = (corpus: DataCorpus) => `${JSON.stringify(eventsFileData(corpus), null, '\t')}\n`;
