/** The words the client timeline needs, resolved at build time so that no dictionary ships to the browser. */
import type { TimelineEvent } from './events.ts';
import type { Lang } from '../../schemas/common.ts';
import { countryName, hasKey, label, LOCALES, t } from '../../i18n/index.ts';
import { JOB_MEASURES } from '../../schemas/vocabulary.ts';
import { pageUrl } from '../url.ts';

export interface TimelineLabels {
	/** Intl locale for dates (`fr-FR`). */
	locale: string;
	/** Prefix of page links in this language, base included (`/orca/fr/`). */
	pagePrefix: string;
	lanes: Record<string, string>;
	kinds: Record<string, string>;
	sectors: Record<string, string>;
	countries: Record<string, string>;
	/** What a job figure counts (`measure.*`, `unspecified` for a figure without a measure). */
	measures: Record<string, string>;
	strings: Record<
		| 'shown'
		| 'none'
		| 'position'
		| 'cluster'
		| 'clusterHint'
		| 'groupHint'
		| 'groupTitle'
		| 'jobs'
		| 'open'
		| 'announced'
		| 'observed'
		| 'copied'
		| 'copyFailed'
		| 'chart'
		| 'undatedShown'
		| 'openPage'
		| 'close',
		string
	>;
}

/** The label of an event kind: a case step, a whole move, a publication or answer, or a context kind. */
export function kindLabel(lang: Lang, kind: string): string {
	if (kind === 'move') return t(lang, 'timeline.case.move');
	if (kind === 'published' || kind === 'answered') return t(lang, `timeline.doc.${kind}`);
	if (hasKey(`event.${kind}`)) return label(lang, 'event', kind);
	return label(lang, 'contextKind', kind);
}

/** Everything the client needs to label `events` in `lang`. */
export function timelineLabels(lang: Lang, events: readonly TimelineEvent[]): TimelineLabels {
	const uniq = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
	return {
		locale: LOCALES[lang],
		pagePrefix: pageUrl(lang),
		lanes: Object.fromEntries(uniq(events.map((e) => e.lane)).map((l) => [l, t(lang, `timeline.lane.${l}` as 'timeline.lane.policy')])),
		kinds: Object.fromEntries(uniq(events.map((e) => e.kind)).map((k) => [k, kindLabel(lang, k)])),
		sectors: Object.fromEntries(uniq(events.map((e) => e.sector)).map((s) => [s, label(lang, 'sector', s)])),
		countries: Object.fromEntries(uniq(events.flatMap((e) => [...e.countries])).map((c) => [c, countryName(lang, c)])),
		measures: Object.fromEntries([...JOB_MEASURES, 'unspecified'].map((m) => [m, label(lang, 'measure', m)])),
		strings: {
			shown: t(lang, 'timeline.shown'),
			none: t(lang, 'timeline.none'),
			position: t(lang, 'timeline.position'),
			cluster: t(lang, 'timeline.cluster'),
			clusterHint: t(lang, 'timeline.clusterHint'),
			groupHint: t(lang, 'timeline.groupHint'),
			groupTitle: t(lang, 'timeline.groupTitle'),
			jobs: t(lang, 'timeline.jobs'),
			open: t(lang, 'timeline.open'),
			announced: t(lang, 'jobs.announced'),
			observed: t(lang, 'jobs.observed'),
			copied: t(lang, 'timeline.copied'),
			copyFailed: t(lang, 'timeline.copyFailed'),
			chart: t(lang, 'timeline.chart'),
			undatedShown: t(lang, 'timeline.undatedShown'),
			openPage: t(lang, 'timeline.openPage'),
			close: t(lang, 'timeline.close'),
		},
	};
}
