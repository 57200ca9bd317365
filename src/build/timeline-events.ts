/** The corpus's timeline events, computed once per build for every page that draws a timeline. */
import { getDataCorpus } from './corpus.ts';
import { timelineEvents, type TimelineEvent } from '../lib/timeline/events.ts';
import { pathWithBase } from '../lib/url.ts';

/** Where the timeline page's script reads the events: the open-data file of the same events. */
export const EVENTS_URL = () => pathWithBase('data/events.json');

let events: Promise<TimelineEvent[]> | undefined;
let byCase: Promise<Map<string, TimelineEvent[]>> | undefined;

/** Every event of the corpus, in time order (see src/lib/timeline/events.ts). */
export function getTimelineEvents(): Promise<TimelineEvent[]> {
	events ??= getDataCorpus().then(timelineEvents);
	return events;
}

/** The events of one case page, in time order (what `caseTimeline()` returns), grouped once for all pages. */
export async function getCaseTimeline(slug: string): Promise<TimelineEvent[]> {
	byCase ??= getTimelineEvents().then((all) =>
		Map.groupBy(
			all.filter((e) => e.page?.[0] === 'cases'),
			(e) => e.page![1],
		),
	);
	return (await byCase).get(slug) ?? [];
}
