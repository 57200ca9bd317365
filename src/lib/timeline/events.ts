/** The corpus's timeline events, computed once per build for every page that draws a timeline. */
import { getDataCorpus } from '../corpus.ts';
import { timelineEvents, type TimelineEvent } from '../../../scripts/data/events.ts';

let events: Promise<TimelineEvent[]> | undefined;

/** Every event of the corpus, in time order (see scripts/data/events.ts). */
export function getTimelineEvents(): Promise<TimelineEvent[]> {
	events ??= getDataCorpus().then(timelineEvents);
	return events;
}
