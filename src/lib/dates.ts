/** Dates known to the year, month or day, kept at their precision. */
import { dateTimeFormat } from '../i18n/intl.ts';

export type Precision = 'year' | 'month' | 'day';

/** A partial date as the span it covers: `2009` is all of 2009, not 1 January. */
export interface DateSpan {
	precision: Precision;
	/** First instant of the span (UTC). */
	start: Date;
	/** First instant after the span (UTC). */
	end: Date;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (already validated by the schema) into its span. */
export function parsePartialDate(value: string): DateSpan {
	const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
	if (m === undefined) return { precision: 'year', start: utc(y, 0, 1), end: utc(y + 1, 0, 1) };
	if (d === undefined) return { precision: 'month', start: utc(y, m - 1, 1), end: utc(y, m, 1) };
	return { precision: 'day', start: utc(y, m - 1, d), end: utc(y, m - 1, d + 1) };
}

function utc(year: number, monthIndex: number, day: number): Date {
	return new Date(Date.UTC(year, monthIndex, day));
}

/** The year of a partial date. */
export function yearOf(value: string): number {
	return Number(value.slice(0, 4));
}

/**
 * Orders partial dates chronologically; when one contains the other (`2009` and `2009-06`), the
 * less precise one comes first. Undefined dates go last.
 */
export function comparePartialDates(a: string | undefined, b: string | undefined): number {
	if (a === b) return 0;
	if (a === undefined) return 1;
	if (b === undefined) return -1;
	const sa = parsePartialDate(a).start.getTime();
	const sb = parsePartialDate(b).start.getTime();
	if (sa !== sb) return sa - sb;
	return a.length - b.length;
}

/** A partial date in `locale` at its own precision (no day for a month date); used by `formatDate` and the client timeline. */
export function formatPartialDate(locale: string, value: string): string {
	const { start, precision } = parsePartialDate(value);
	return dateTimeFormat(locale, DATE_OPTIONS[precision]).format(start);
}

const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
