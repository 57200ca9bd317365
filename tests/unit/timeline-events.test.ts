import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/build/content.ts';
import { caseTimeline, eventMovement, LANES, TimelineDataError, timelineEvents, undatedCases } from '../../src/lib/timeline/events.ts';
import { eventsFileData } from '../../src/lib/open-data/events.ts';
import { casesFileData } from '../../src/lib/open-data/cases.ts';
import { eventsFile } from '../../src/schemas/open-data.ts';
import { syntheticCorpus } from '../../scripts/bench/_timeline-synthetic.ts';
import type { DataCorpus } from '../../src/lib/data-corpus.ts';

/** A one-case corpus whose case has the given events and date. */
function corpusWith(
	events: { date: string; type?: string; movement?: string; from?: string[]; to?: string[] }[],
	date?: string,
): DataCorpus {
	const base = syntheticCorpus(1, 0);
	const c = base.cases[0]!;
	c.data = {
		...c.data,
		movement: 'reshoring',
		sector: 'telecom',
		date,
		from: [{ country: 'MA', place: { fr: 'Casablanca', en: 'Casablanca' } }],
		to: [{ country: 'FR' }],
		jobs: [{ kind: 'announced', measure: 'created', count: 40, date: '2010-05', sources: ['s'] }],
		events: events.map(({ type, movement, ...e }, i) => ({
			...e,
			type: (type ?? 'other') as 'other',
			...(movement ? { movement: movement as 'offshoring' } : {}),
			label: { fr: `fr ${i}`, en: `en ${i}` },
			sources: ['s'],
		})),
	};
	return base;
}

describe('timelineEvents: the data script', () => {
	test('a year-only event is the whole year, not 1 January; a month is the whole month', () => {
		const [year, month, day] = timelineEvents(corpusWith([{ date: '2009' }, { date: '2010-05' }, { date: '2011-02-28' }]));
		expect(year).toMatchObject({ date: '2009', precision: 'year', start: '2009-01-01', end: '2010-01-01' });
		expect(month).toMatchObject({ date: '2010-05', precision: 'month', start: '2010-05-01', end: '2010-06-01' });
		expect(day).toMatchObject({ date: '2011-02-28', precision: 'day', start: '2011-02-28', end: '2011-03-01' });
	});

	test('sorts in time order, a year before the months inside it, whatever the input order', () => {
		const events = timelineEvents(corpusWith([{ date: '2010-05' }, { date: '2012' }, { date: '2010' }, { date: '2009-12-31' }]));
		expect(events.map((e) => e.date)).toEqual(['2009-12-31', '2010', '2010-05', '2012']);
		// The id keeps the position in the case file, so links stay stable when events are re-sorted.
		expect(events.map((e) => e.id)).toEqual(['case/synthetic-1/3', 'case/synthetic-1/2', 'case/synthetic-1/0', 'case/synthetic-1/1']);
	});

	test('is deterministic and keeps the case facts: lane, places, countries, sector, jobs on their date, page, sources', () => {
		const corpus = corpusWith([{ date: '2010-05', type: 'announced' }]);
		const a = timelineEvents(corpus);
		expect(JSON.stringify(timelineEvents(corpus))).toBe(JSON.stringify(a));
		expect(a[0]).toMatchObject({
			lane: 'reshoring',
			kind: 'announced',
			subject: { fr: 'Synthetic company 1', en: 'Synthetic company 1' },
			label: { fr: 'fr 0', en: 'en 0' },
			from: [{ country: 'MA', place: { fr: 'Casablanca', en: 'Casablanca' } }],
			to: [{ country: 'FR' }],
			countries: ['FR', 'MA'],
			jobs: [{ kind: 'announced', measure: 'created', count: 40 }],
			page: ['cases', 'synthetic-1'],
			sources: ['s'],
		});
	});

	test('a case with no events gives one "move" event at its date, or none when undated', () => {
		const dated = timelineEvents(corpusWith([], '2010-05'));
		expect(dated).toHaveLength(1);
		expect(dated[0]).toMatchObject({ kind: 'move', date: '2010-05', jobs: [{ kind: 'announced', measure: 'created', count: 40 }] });
		expect(timelineEvents(corpusWith([]))).toEqual([]);
	});

	test('each step sits in the lane of what it is: its own movement, else an "offshored" step of a return is offshoring, else the case\'s', () => {
		const [offshored, returned, explicit] = timelineEvents(
			corpusWith([
				{ date: '2003', type: 'offshored' },
				{ date: '2010', type: 'relocated' },
				{ date: '2012', type: 'opened', movement: 'nearshoring', from: ['FR'], to: ['TN'] },
			]),
		);
		// The case is a return from Morocco (MA → FR); its 2003 departure went the other way, FR → MA.
		expect(offshored).toMatchObject({
			lane: 'offshoring',
			from: [{ country: 'FR' }],
			to: [{ country: 'MA', place: { fr: 'Casablanca', en: 'Casablanca' } }],
			countries: ['FR', 'MA'],
		});
		expect(returned).toMatchObject({
			lane: 'reshoring',
			from: [{ country: 'MA', place: { fr: 'Casablanca', en: 'Casablanca' } }],
			to: [{ country: 'FR' }],
		});
		expect(explicit).toMatchObject({ lane: 'nearshoring', from: [{ country: 'FR' }], to: [{ country: 'TN' }], countries: ['FR', 'TN'] });
		// In an offshoring case, "offshored" is the case's own move.
		expect(eventMovement({ movement: 'offshoring' }, { type: 'offshored' })).toBe('offshoring');
		expect(eventMovement({ movement: 'nearshoring' }, { type: 'offshored' })).toBe('nearshoring');
		expect(eventMovement({ movement: 'reshoring' }, { type: 'announced' })).toBe('reshoring');
		expect(eventMovement({ movement: 'offshoring' }, { type: 'other', movement: 'reshoring' })).toBe('reshoring');
	});

	test('cases without a date are listed apart, with their dated steps counted', () => {
		expect(undatedCases(corpusWith([], '2010'))).toEqual([]);
		expect(undatedCases(corpusWith([{ date: '2003', type: 'offshored' }]))).toEqual([
			{
				id: 'synthetic-1',
				lane: 'reshoring',
				subject: { fr: 'Synthetic company 1', en: 'Synthetic company 1' },
				label: { fr: 'Synthetic company 1', en: 'Synthetic company 1' },
				countries: ['FR', 'MA'],
				from: ['MA'],
				to: ['FR'],
				sector: 'telecom',
				events: 1,
				page: ['cases', 'synthetic-1'],
			},
		]);
	});

	test('an event whose case is missing is a clear error', () => {
		const corpus = corpusWith([{ date: '2010' }]);
		expect(() => caseTimeline(timelineEvents(corpus), corpus, 'no-such-case')).toThrow(
			new TimelineDataError('case "no-such-case" is not in the corpus'),
		);
		corpus.context.push({
			id: 'covid',
			data: {
				kind: 'crisis',
				date: '2020-03',
				title: { fr: 'a', en: 'a' },
				summary: { fr: 'b', en: 'b' },
				countries: [],
				figures: [],
				series: [],
				relatedCases: ['gone'],
				relatedDocuments: [],
				sources: ['s'],
			},
		});
		expect(() => timelineEvents(corpus)).toThrow(/context "covid": related case "gone" is not in the corpus/);
	});

	test('a context entry is a context-lane event without a page, with its countries', () => {
		const corpus = corpusWith([{ date: '2010' }]);
		corpus.context.push({
			id: 'covid',
			data: {
				kind: 'crisis',
				date: '2020-03',
				title: { fr: 'Covid-19', en: 'COVID-19' },
				summary: { fr: 'r', en: 's' },
				countries: ['MA', 'FR', 'MA'],
				figures: [],
				series: [],
				relatedCases: ['synthetic-1'],
				relatedDocuments: [],
				sources: ['s'],
			},
		});
		const event = timelineEvents(corpus).find((e) => e.lane === 'context')!;
		expect(event).toMatchObject({
			id: 'context/covid',
			kind: 'crisis',
			date: '2020-03',
			start: '2020-03-01',
			end: '2020-04-01',
			subject: { en: 'COVID-19' },
			label: { en: 's' },
			countries: ['FR', 'MA'],
		});
		expect(event.page).toBeUndefined();
	});

	test('the real corpus: case events, document publication and answer in the policy lane', () => {
		const corpus = loadContent('content');
		const events = timelineEvents(corpus);
		const doc = events.filter((e) => e.lane === 'policy' && e.page?.join('/') === 'documents/qe-15-10719');
		expect(doc.map((e) => [e.kind, e.date])).toEqual([
			['published', '2018-07-17'],
			['answered', '2018-08-14'],
		]);
		expect(doc[0]!.label.fr).toBe('Question écrite, page 6253');
		expect(doc[1]!.label.en).toBe('Answer from the ministry (Economy and Finance), page 7347');
		expect(doc[0]!.page).toEqual(['documents', 'qe-15-10719']);
		expect(caseTimeline(events, corpus, 'phone-marketing-dreux').map((e) => e.date)).toEqual(['2009', '2009-06', '2019']);
		// Keyyo's sources date no step and the case has no date: it is not on the timeline.
		expect(caseTimeline(events, corpus, 'keyyo-casablanca-abbeville')).toEqual([]);
		for (const e of events) expect(LANES).toContain(e.lane);
	});

	test('events.json has the envelope of cases.json: the same version, licence and citation, and a schema that reads it', () => {
		const corpus = loadContent('tests/fixtures/good');
		const data = eventsFileData(corpus);
		const cases = casesFileData(corpus);
		expect(data.dataset).toBe('events');
		expect(data.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(data.version).toEqual(cases.version);
		expect(data.citation).toBe(cases.citation);
		expect(data.count).toBe(data.events.length);
		expect(eventsFile.safeParse(data).success).toBe(true);
	});

	test('a large synthetic corpus stays in order', () => {
		const events = timelineEvents(syntheticCorpus(100, 20));
		expect(events).toHaveLength(2000);
		for (let i = 1; i < events.length; i++) expect(events[i - 1]!.start <= events[i]!.start).toBe(true);
	});
});
