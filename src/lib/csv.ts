/**
 * The one CSV writer of the site: `cases.csv` (src/lib/open-data/cases.ts) and every figure's CSV download
 * (src/lib/figures.ts, handed to src/scripts/figure-tools.ts). RFC 4180, UTF-8 with a byte order
 * mark, CRLF line ends; text that a spreadsheet would run as a formula is neutralised.
 */

/** A cell before writing: text, a number, a boolean, or nothing (an empty cell, "not known"). */
export type CsvValue = string | number | boolean | undefined;

/** The first characters that make a spreadsheet read a text cell as a formula (OWASP, "CSV Injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text of one cell: a number as written (`-3` stays a number), a boolean as `true`/`false`,
 * nothing for `undefined`, and a text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
 * with a `'` in front, so that a spreadsheet shows it instead of running it.
 */
export function cellText(value: CsvValue): string {
	if (value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180), or edge white space. */
export function csvField(text: string): string {
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF line ends, a final CRLF, UTF-8 byte order mark first. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return `\uFEFF${[header, ...rows].map((row) => row.map((value) => csvField(cellText(value))).join(',')).join('\r\n')}\r\n`;
}
