import { describe, expect, test } from 'vitest';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { byDate, changeLog, recordStates, type LoggedRecord } from '../../src/lib/history.ts';
import { contentVersion } from '../../src/lib/cite/version.ts';
import { atomFeed, type FeedInput } from '../../src/lib/feed.ts';
import { checkCorpus, type CorpusInput } from '../../src/lib/integrity.ts';
import { archivedCopy } from '../../src/lib/archive.ts';
import { newIssueUrl } from '../../src/lib/report.ts';

/** A case with two changes, as the good fixture corpus has it. */
const acme = {
	company: 'Acme',
	firstPublished: '2026-10-01',
	changes: [
		{ date: '2026-10-15', note: { fr: 'Effectif annoncé relu dans la source.', en: 'Announced head count checked against the source.' } },
		{ date: '2026-11-01', note: { fr: 'Date du retour précisée.', en: 'Date of the return made more precise.' } },
	],
	updated: '2026-11-01',
};
const prose = [{ title: 'Acme comes back to Lille' }, 'Text.'];

describe('record history', () => {
	test('lists the first publication, then each change, oldest first', () => {
		const states = recordStates(acme, ...prose);
		expect(states.map(({ event, date, note }) => ({ event, date, note: note?.en }))).toEqual([
			{ event: 'published', date: '2026-10-01', note: undefined },
			{ event: 'changed', date: '2026-10-15', note: 'Announced head count checked against the source.' },
			{ event: 'changed', date: '2026-11-01', note: 'Date of the return made more precise.' },
		]);
	});
	test('each state has its own eight-digit version; the last one is the page version', () => {
		const versions = recordStates(acme, ...prose).map((s) => s.version);
		for (const v of versions) expect(v).toMatch(/^[0-9a-f]{8}$/);
		expect(new Set(versions).size).toBe(3);
		expect(versions[2]).toBe(contentVersion(acme, ...prose));
	});
	test('without firstPublished, the record counts as first published on its updated date', () => {
		const states = recordStates({ updated: '2026-11-22', changes: [] }, 'x');
		expect(states.map((s) => [s.event, s.date])).toEqual([['published', '2026-11-22']]);
		expect(states[0]!.version).toBe(contentVersion({ updated: '2026-11-22', changes: [] }, 'x'));
	});
	test('an update later than every noted state is listed without a note, as the current version', () => {
		const data = { firstPublished: '2026-10-01', changes: [], updated: '2026-11-22' };
		const states = recordStates(data);
		expect(states.map((s) => [s.event, s.date])).toEqual([
			['published', '2026-10-01'],
			['updated', '2026-11-22'],
		]);
		expect(states[1]!.version).toBe(contentVersion(data));
	});
});

const record = (collection: 'cases' | 'documents', id: string, data: Parameters<typeof recordStates>[0]): LoggedRecord => ({
	collection,
	id,
	title: { fr: `Titre ${id}`, en: `Title ${id}` },
	states: recordStates(data),
});

describe('change log', () => {
	const records = [
		record('cases', 'acme', acme),
		record('documents', 'qe-1', { updated: '2026-11-01', changes: [] }),
		record('cases', 'same-day', {
			firstPublished: '2026-09-01',
			updated: '2026-09-01',
			changes: [{ date: '2026-09-01', note: { fr: 'Coquille corrigée.', en: 'Typo fixed.' } }],
		}),
	];
	test('is newest first; a day lists cases before documents, and a record’s later state first', () => {
		expect(changeLog(records).map((e) => `${e.state.date} ${e.record.id} ${e.state.event} ${e.key}`)).toEqual([
			'2026-11-01 acme changed 2026-11-01',
			'2026-11-01 qe-1 published 2026-11-01',
			'2026-10-15 acme changed 2026-10-15',
			'2026-10-01 acme published 2026-10-01',
			'2026-09-01 same-day changed 2026-09-01-2',
			'2026-09-01 same-day published 2026-09-01',
		]);
	});
	test('groups by date', () => {
		expect(byDate(changeLog(records)).map((g) => [g.date, g.entries.length])).toEqual([
			['2026-11-01', 2],
			['2026-10-15', 1],
			['2026-10-01', 1],
			['2026-09-01', 2],
		]);
	});
});

describe('Atom feed', () => {
	const input = (): FeedInput => ({
		lang: 'en',
		site: new URL('https://orca.example.org'),
		selfPath: '/orca/en/feed.xml',
		alternatePath: '/orca/en/whats-new/',
		homePath: '/orca/en/',
		recordPath: (e) => `/orca/en/${e.record.collection}/${e.record.id}/`,
		entries: changeLog([record('cases', 'acme', acme)]),
		rights: 'CC BY 4.0',
		text: {
			title: 'ORCA — What’s new',
			subtitle: 'New & changed records',
			author: "ORCA — Observatoire de la relocalisation des centres d'appels",
			entryTitle: (e) => `${e.state.event}: ${e.record.title.en} <b>`,
			entrySummary: (e) => e.state.note?.en ?? 'First publication of the record.',
		},
	});
	const parse = (xml: string) => {
		const errors: string[] = [];
		const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
			xml,
			'application/xml',
		);
		expect(errors).toEqual([]);
		return doc;
	};
	const NS = 'http://www.w3.org/2005/Atom';

	test('is well-formed Atom 1.0 with the required feed elements', () => {
		const doc = parse(atomFeed(input()));
		const feed = doc.documentElement!;
		expect(feed.namespaceURI).toBe(NS);
		expect(feed.localName).toBe('feed');
		expect(feed.getAttribute('xml:lang')).toBe('en');
		const child = (name: string) => [...feed.getElementsByTagNameNS(NS, name)].filter((n) => n.parentNode === feed);
		expect(child('id')[0]!.textContent).toBe('tag:orca.example.org,2026:en/feed');
		expect(child('title')[0]!.textContent).toBe('ORCA — What’s new');
		expect(child('updated')[0]!.textContent).toBe('2026-11-01T00:00:00Z');
		expect(child('author')[0]!.getElementsByTagNameNS(NS, 'name')[0]!.textContent).toBe(
			"ORCA — Observatoire de la relocalisation des centres d'appels",
		);
		expect(child('subtitle')[0]!.textContent).toBe('New & changed records');
		expect(child('link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')])).toEqual([
			['self', 'https://orca.example.org/orca/en/feed.xml'],
			['alternate', 'https://orca.example.org/orca/en/whats-new/'],
		]);
	});
	test('has one entry per state, newest first, each with id, title, updated, link and what changed', () => {
		const entries = [...parse(atomFeed(input())).getElementsByTagNameNS(NS, 'entry')];
		const field = (e: Element, name: string) => e.getElementsByTagNameNS(NS, name)[0]?.textContent;
		expect(
			entries.map((e) => ({
				id: field(e, 'id'),
				title: field(e, 'title'),
				updated: field(e, 'updated'),
				published: field(e, 'published'),
				link: e.getElementsByTagNameNS(NS, 'link')[0]!.getAttribute('href'),
				rel: e.getElementsByTagNameNS(NS, 'link')[0]!.getAttribute('rel'),
				summary: field(e, 'summary'),
			})),
		).toEqual([
			{
				id: 'tag:orca.example.org,2026:en/cases/acme/2026-11-01',
				title: 'changed: Title acme <b>',
				updated: '2026-11-01T00:00:00Z',
				published: undefined,
				link: 'https://orca.example.org/orca/en/cases/acme/',
				rel: 'alternate',
				summary: 'Date of the return made more precise.',
			},
			{
				id: 'tag:orca.example.org,2026:en/cases/acme/2026-10-15',
				title: 'changed: Title acme <b>',
				updated: '2026-10-15T00:00:00Z',
				published: undefined,
				link: 'https://orca.example.org/orca/en/cases/acme/',
				rel: 'alternate',
				summary: 'Announced head count checked against the source.',
			},
			{
				id: 'tag:orca.example.org,2026:en/cases/acme/2026-10-01',
				title: 'published: Title acme <b>',
				updated: '2026-10-01T00:00:00Z',
				published: '2026-10-01T00:00:00Z',
				link: 'https://orca.example.org/orca/en/cases/acme/',
				rel: 'alternate',
				summary: 'First publication of the record.',
			},
		]);
	});
	test('the same content gives the same bytes', () => {
		expect(atomFeed(input())).toBe(atomFeed(input()));
	});
});

describe('history checks', () => {
	const FILE = 'content/cases/acme/case.yaml';
	const corpus = (data: Record<string, unknown>): CorpusInput => ({
		sources: [{ id: 's1', data: {} }],
		cases: [{ id: 'acme', filePath: FILE, data: { sources: ['s1'], ...data } }],
		documents: [],
		context: [],
		texts: ['cases/acme/fr', 'cases/acme/en'].map((id) => ({ id, data: {} })),
	});
	const note = { fr: 'x', en: 'x' };
	test('a consistent history passes', () => {
		expect(checkCorpus(corpus({ ...acme }))).toEqual([]);
	});
	test.each([
		[
			'firstPublished after updated',
			{ firstPublished: '2026-12-01', updated: '2026-11-01', changes: [] },
			'firstPublished',
			'first published 2026-12-01, after the last update (updated: 2026-11-01); expected a date on or before it',
		],
		[
			'a change that is not a whole day',
			{ firstPublished: '2026-10-01', updated: '2026-11-01', changes: [{ date: '2026-10', note }] },
			'changes[0].date',
			'expected the day of the change, YYYY-MM-DD, got "2026-10"',
		],
		[
			'a change before the first publication',
			{ firstPublished: '2026-10-01', updated: '2026-11-01', changes: [{ date: '2026-09-30', note }] },
			'changes[0].date',
			'change dated 2026-09-30, before the first publication (firstPublished: 2026-10-01); expected 2026-10-01 or later',
		],
		[
			'a change without firstPublished',
			{ updated: '2026-11-01', changes: [{ date: '2026-10-15', note }] },
			'changes[0].date',
			'change dated 2026-10-15, but the record has no firstPublished (so it counts as first published on its updated date, 2026-11-01); set firstPublished to the date it was first published',
		],
		[
			'a change after updated',
			{ firstPublished: '2026-10-01', updated: '2026-11-01', changes: [{ date: '2026-11-02', note }] },
			'changes[0].date',
			'change dated 2026-11-02, after the last update (updated: 2026-11-01); expected 2026-11-01 or earlier, or set updated to 2026-11-02',
		],
		[
			'changes out of order',
			{
				firstPublished: '2026-10-01',
				updated: '2026-11-01',
				changes: [
					{ date: '2026-10-20', note },
					{ date: '2026-10-10', note },
				],
			},
			'changes[1].date',
			'change dated 2026-10-10, before the change listed above it (2026-10-20); expected the changes oldest first',
		],
	])('refuses %s, naming the file and the field', (_name, data, field, message) => {
		expect(checkCorpus(corpus(data))).toEqual([{ file: FILE, field, message }]);
	});
});

describe('archived copies and reports', () => {
	test('without an archived URL, the Wayback Machine capture closest to the citing date', () => {
		expect(archivedCopy({ url: 'https://example.org/a?b=1' }, '2026-11-22')).toEqual({
			url: 'https://web.archive.org/web/20261122/https://example.org/a?b=1',
			date: '2026-11-22',
		});
	});
	test('an explicit Wayback URL keeps its own capture date; another archive is dated by the citation', () => {
		expect(
			archivedCopy(
				{ url: 'https://example.org/a', archived: 'https://web.archive.org/web/20150315093000/https://example.org/a' },
				'2026-11-22',
			),
		).toEqual({
			url: 'https://web.archive.org/web/20150315093000/https://example.org/a',
			date: '2015-03-15',
		});
		expect(archivedCopy({ url: 'https://example.org/a', archived: 'https://archive.ph/AbCd1' }, '2026-11-22')).toEqual({
			url: 'https://archive.ph/AbCd1',
			date: '2026-11-22',
		});
	});
	test('the report link is a new-issue URL with title and body prefilled', () => {
		expect(newIssueUrl('https://github.com/owner/repo/', 'Correction: Acme', 'Page: https://x.org/en/\nVersion: 1a2b3c4d')).toBe(
			'https://github.com/owner/repo/issues/new?title=Correction%3A+Acme&body=Page%3A+https%3A%2F%2Fx.org%2Fen%2F%0AVersion%3A+1a2b3c4d',
		);
	});
});
