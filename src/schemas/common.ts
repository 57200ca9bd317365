/**
 * Building blocks shared by every collection: dates with their precision, countries, localized
 * text, safe URLs. Kept free of `astro:content` so that unit tests and `scripts/` can import them.
 */
import { z } from 'astro/zod';

/** The two languages of the site, French first. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar day or month. */
export function isPartialDate(value: string): boolean {
	const m = PARTIAL_DATE.exec(value);
	if (!m) return false;
	const [, y, mo, d] = m;
	if (mo === undefined) return true;
	const month = Number(mo);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

/**
 * A date known to the year (`2009`), the month (`2009-06`) or the day (`2009-06-15`), between 1900
 * and 2100. The precision is information: never write a day that the source does not give. Content
 * YAML is read with the core schema, so dates stay text; an unquoted year (a YAML number) is accepted.
 */
export const partialDate = z.preprocess(
	(value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
	z
		.string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
		.refine(isPartialDate, {
			error: (issue) => `expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "${String(issue.input)}"`,
		})
		.refine((value) => Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2100, {
			error: (issue) => `expected a year between 1900 and 2100, got "${String(issue.input)}"`,
		}),
);
export type PartialDate = string;

/** Region codes that Intl knows but that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True when `code` is an ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
	if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
	// Aliases such as UK (for GB) are not ISO 3166-1 codes: accept only canonical ones.
	if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
	const name = regionNames.of(code);
	return name !== undefined && name !== code;
}

/** A country as an ISO 3166-1 alpha-2 code, e.g. `FR`, `MA`, `TN`, `SN`, `MU`, `IN`, `PH`. */
export const countryCode = z.string({ error: 'expected an ISO 3166-1 alpha-2 country code such as FR or MA' }).refine(isCountryCode, {
	error: (issue) => `expected an ISO 3166-1 alpha-2 country code such as FR or MA, got "${String(issue.input)}"`,
});

/**
 * An absolute http(s) URL; `javascript:`, `data:` and relative URLs are refused, and so is a user
 * name or password before an `@` (`https://example.org@evil.example.com/` leads to evil.example.com).
 */
export const httpUrl = z
	.string({ error: 'expected an http(s) URL' })
	.refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value), {
		error: (issue) => `expected an absolute http:// or https:// URL, got "${String(issue.input)}"`,
		abort: true,
	})
	.refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), {
		error: (issue) =>
			`expected a URL without a user name or password before "@" (the page is on the host after it), got "${String(issue.input)}"`,
	});

const BLANK = 'expected a one-line text, got an empty or white-space-only one';
/** Line breaks, tabs and the other control characters (Unicode Cc), and the line and paragraph separators. */
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

/**
 * One line of text: a name, a title, a label, a summary, a place. No line break, tab or other
 * control character, and not empty or only white space. Long prose belongs in the Markdown body.
 */
export const line = z
	.string({ error: (issue) => (issue.input === undefined ? 'missing; expected a one-line text' : 'expected a one-line text') })
	// min(1) also gives the JSON Schema of the open data its minLength.
	.min(1, { error: BLANK, abort: true })
	.refine((value) => value.trim() !== '', { error: BLANK, abort: true })
	.refine((value) => !NOT_ONE_LINE.test(value), {
		error: (issue) => `expected a one-line text without line breaks, tabs or control characters, got ${JSON.stringify(issue.input)}`,
	});

/** The known name nearest to `name` (at most two edits away, or the same ignoring case), if any. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
	const distance = (a: string, b: string) => {
		const row = Array.from({ length: b.length + 1 }, (_, j) => j);
		for (let i = 1; i <= a.length; i++) {
			let diagonal = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const above = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
				diagonal = above;
			}
		}
		return row[b.length]!;
	};
	const scored = known.map((k) => ({ k, d: k.toLowerCase() === name.toLowerCase() ? 0 : distance(name.toLowerCase(), k.toLowerCase()) }));
	const best = scored.sort((a, b) => a.d - b.d)[0];
	return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.k : undefined;
}

/**
 * A mapping of known fields only: an unknown or misspelt key is an error naming the key and the
 * nearest known one, never silently dropped.
 */
export function fields<T extends z.ZodRawShape>(shape: T) {
	const known = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys')
				return issue.keys
					.map((key) => {
						const near = nearestName(key, known);
						const hint = near
							? ` (did you mean "${near}"?)`
							: /^\d+$/.test(key)
								? ' (a number written 1,000 inside { } is read as two fields: write 1000)'
								: '';
						return `unknown field "${key}"${hint}; expected one of: ${known.join(', ')}`;
					})
					.join('; ');
			if (issue.code === 'invalid_type')
				return `expected a mapping of fields (${known.join(', ')}), got ${issue.input === null ? 'nothing' : Array.isArray(issue.input) ? 'a list' : typeof issue.input}`;
			return undefined;
		},
	});
}

/** A short text written in both languages, e.g. a role, a place name or an event label. */
export const localized = fields({
	/**
	 * French text, one line.
	 * @fr Texte en français, sur une ligne.
	 */
	fr: line,
	/**
	 * English text, one line.
	 * @fr Texte en anglais, sur une ligne.
	 */
	en: line,
});
export type Localized = z.infer<typeof localized>;

/** A lower-case, hyphenated identifier used in URLs and references (`keyyo-casablanca-abbeville`). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case id made of a-z, 0-9 and hyphens' });

/**
 * One dated change to a published record, in both languages (`Jobs figure corrected after
 * re-reading the source`). The first publication is not listed: it is `firstPublished`.
 */
export const change = fields({
	/**
	 * When the change was published (YYYY-MM-DD).
	 * @fr Date de publication de la modification (AAAA-MM-JJ).
	 */
	date: partialDate,
	/**
	 * What changed, one sentence per language.
	 * @fr Ce qui a changé, une phrase par langue.
	 */
	note: localized,
});
export type Change = z.infer<typeof change>;
