/**
 * The accessed date is the reader's "today", so it cannot be formatted at build time. Each style
 * is asked once how it writes an accessed date (by formatting probe dates and comparing the
 * outputs); the page's reference is formatted with a sentinel date whose rendering is then cut
 * out, and the browser writes today's date into the gap from the learned pattern.
 */
import { formatReference, type StyleId } from './engine.ts';
import type { CslItem } from './csl.ts';
import { writeAccessed } from './accessed-date.ts';

import type { AccessedFormat } from './accessed-date.ts';
export type { AccessedFormat };

const SENTINEL = [1111, 12, 22] as const;
const probe = (type: string, dated: boolean, y: number, m: number, d: number): CslItem => ({
	id: 'probe',
	type,
	title: 'Probe',
	author: [{ literal: 'Probe' }],
	'container-title': 'Site',
	...(dated ? { issued: { 'date-parts': [[2000]] } } : {}),
	accessed: { 'date-parts': [[y, m, d]] },
	URL: 'https://example.org/',
});

const commonPrefix = (xs: string[]) => {
	let n = 0;
	while (xs.every((x) => n < x.length && x[n] === xs[0]![n])) n++;
	return n;
};
const commonSuffix = (xs: string[]) => {
	let n = 0;
	while (xs.every((x) => n < x.length && x[x.length - 1 - n] === xs[0]![xs[0]!.length - 1 - n])) n++;
	return n;
};

const cache = new Map<string, AccessedFormat | null>();

/**
 * The accessed-date format of a style in a language for an item of CSL `type`, dated or not, or
 * null when the style prints none (APA prints it for web pages and datasets only).
 */
export function accessedFormat(style: StyleId, lang: 'fr' | 'en', dated = true, type = 'webpage'): AccessedFormat | null {
	const key = `${style}|${lang}|${dated}|${type}`;
	if (cache.has(key)) return cache.get(key)!;
	const render = (y: number, m: number, d: number) => formatReference(probe(type, dated, y, m, d), style, lang, 'text');
	const base = render(...SENTINEL);
	const other = render(2222, 3, 5);
	let result: AccessedFormat | null = null;
	if (base !== other) {
		const p = commonPrefix([base, other]);
		const s = Math.min(commonSuffix([base, other]), base.length - p);
		const region = (y: number, m: number, d: number) => {
			const full = render(y, m, d);
			return full.slice(p, full.length - s);
		};
		const months = Array.from({ length: 12 }, (_, i) => region(SENTINEL[0], i + 1, SENTINEL[2]));
		const days = Array.from({ length: 31 }, (_, i) => region(SENTINEL[0], SENTINEL[1], i + 1));
		const sentinel = region(...SENTINEL);
		const [mp, ms] = [commonPrefix(months), commonSuffix(months)];
		const [dp, ds] = [commonPrefix(days), commonSuffix(days)];
		const spans = [
			{ start: mp, end: sentinel.length - ms, token: '{m}' },
			{ start: dp, end: sentinel.length - ds, token: '{d}' },
		].sort((a, b) => b.start - a.start);
		let pattern = sentinel;
		for (const { start, end, token } of spans) pattern = pattern.slice(0, start) + token + pattern.slice(end);
		result = {
			pattern: pattern.replace(String(SENTINEL[0]), '{y}'),
			months: months.map((m) => m.slice(mp, m.length - ms)),
			days: days.map((d) => d.slice(dp, d.length - ds)),
		};
	}
	cache.set(key, result);
	return result;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's reference as HTML, split around its accessed date (`after` is empty when there is none). */
export interface SplitReference {
	before: string;
	after: string;
	accessed: AccessedFormat | null;
}

/** Formats `item` with the sentinel accessed date and cuts the date out (no accessed date without a URL). */
export function referenceWithAccessedSlot(item: CslItem, style: StyleId, lang: 'fr' | 'en'): SplitReference {
	const format = item.URL ? accessedFormat(style, lang, item.issued !== undefined, item.type) : null;
	if (!format) return { before: formatReference(item, style, lang), after: '', accessed: null };
	const html = formatReference({ ...item, accessed: { 'date-parts': [[...SENTINEL]] } }, style, lang);
	const written = escapeHtml(writeAccessed(format, new Date(SENTINEL[0], SENTINEL[1] - 1, SENTINEL[2])));
	const at = html.indexOf(written);
	if (at < 0) throw new Error(`cite: the ${style} (${lang}) reference does not show its accessed date as "${written}"`);
	return { before: html.slice(0, at), after: html.slice(at + written.length), accessed: format };
}
