/** Small text helpers the client timeline shares with the pages (no dictionary: labels come resolved). */
import type { TimelineEvent } from './events.ts';
import type { TimelineLabels } from './labels.ts';

/** The page an event opens, in the labels' language; undefined for context entries. */
export function eventHref(labels: Pick<TimelineLabels, 'pagePrefix'>, e: Pick<TimelineEvent, 'page'>): string | undefined {
	return e.page ? `${labels.pagePrefix}${e.page[0]}/${e.page[1]}/` : undefined;
}
