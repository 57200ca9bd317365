/**
 * The Atom 1.0 feed (RFC 4287) of one language: new and changed cases and documents, newest first,
 * one entry per state of a record's history (src/lib/history.ts). Pure: every date comes from the
 * content, so the same content gives the same bytes.
 */
import type { Lang } from '../schemas/common.ts';
import type { LogEntry } from './history.ts';

/** Most entries a feed carries (the newest); the What's new page lists them all. */
export const FEED_LIMIT = 100;

/**
 * Year in the `tag:` URIs of the feed and its entries (RFC 4151): a date at which the site's
 * domain named this site. Fixed, so that ids never change; only the domain (`ORCA_SITE`) does.
 */
export const TAG_YEAR = '2026';

/** What the feed says, in its language. */
export interface FeedText {
	title: string;
	subtitle: string;
	author: string;
	/** The entry title of a state, e.g. `New case: {title}`. */
	entryTitle(entry: LogEntry): string;
	/** The entry summary of a state: the change note, or a sentence for a first publication. */
	entrySummary(entry: LogEntry): string;
}

export interface FeedInput {
	lang: Lang;
	/** The site's origin, for absolute links and the `tag:` authority (`https://orca.example.org`). */
	site: URL;
	/** Site path of the feed itself (`/fr/feed.xml`, base included). */
	selfPath: string;
	/** Site path of the human-readable list (the What's new page). */
	alternatePath: string;
	/** Site path of the home page of the language (the author's URI). */
	homePath: string;
	/** Site path of a record's page (`/fr/cases/keyyo/`). */
	recordPath(entry: LogEntry): string;
	/** The change log, newest first (`changeLog()`). */
	entries: readonly LogEntry[];
	text: FeedText;
	/** The licence URL (`rights`). */
	rights: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A content date as an RFC 3339 timestamp at midnight UTC: `2026-12-04` → `2026-12-04T00:00:00Z`. */
export function atomDate(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}T00:00:00Z`;
}

/** The `tag:` id of the feed, or of one state of a record in it: `tag:orca.example.org,2026:fr/cases/keyyo/2026-12-04`. */
export function tagId(site: URL, path: string): string {
	return `tag:${site.hostname},${TAG_YEAR}:${path}`;
}

/** The feed as an Atom 1.0 document. */
export function atomFeed(input: FeedInput): string {
	const { lang, site, text } = input;
	const entries = input.entries.slice(0, FEED_LIMIT);
	const abs = (path: string) => escapeXml(new URL(path, site).href);
	const updated = entries[0] ? atomDate(entries[0].state.date) : atomDate(TAG_YEAR);
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
		`  <id>${tagId(site, `${lang}/feed`)}</id>`,
		`  <title>${escapeXml(text.title)}</title>`,
		`  <subtitle>${escapeXml(text.subtitle)}</subtitle>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escapeXml(text.author)}</name><uri>${abs(input.homePath)}</uri></author>`,
		`  <link rel="self" type="application/atom+xml" href="${abs(input.selfPath)}"/>`,
		`  <link rel="alternate" type="text/html" hreflang="${lang}" href="${abs(input.alternatePath)}"/>`,
		`  <rights>${escapeXml(input.rights)}</rights>`,
	];
	for (const entry of entries) {
		const { record, state } = entry;
		const recordPath = input.recordPath(entry);
		lines.push(
			'  <entry>',
			`    <id>${tagId(site, `${lang}/${record.collection}/${record.id}/${entry.key}`)}</id>`,
			`    <title>${escapeXml(text.entryTitle(entry))}</title>`,
			`    <updated>${atomDate(state.date)}</updated>`,
			...(state.event === 'published' ? [`    <published>${atomDate(state.date)}</published>`] : []),
			`    <link rel="alternate" type="text/html" hreflang="${lang}" href="${abs(recordPath)}"/>`,
			`    <summary>${escapeXml(text.entrySummary(entry))}</summary>`,
			`    <category term="${record.collection}"/>`,
			'  </entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
