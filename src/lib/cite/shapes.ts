/**
 * ORCA's page references differ from one another in a few values only (title, URL, version): the
 * rest (author, site, date, type, language) is shared by many pages. Each style is therefore run
 * once per *shape* — the item with those values replaced by tokens — and the page's own values are
 * put in place of the tokens, which spares citeproc most of its work on a large build.
 *
 * The result must be exactly what citeproc writes for the page, so a value is replaced by a token
 * only when citeproc provably passes it through unchanged:
 * - the value is plain (`plainValue`: letters, digits, single spaces and a few marks citeproc
 *   leaves alone; no quotes, apostrophes, HTML, or punctuation it could move, merge or space);
 * - the style applies no change of case to it: the shape is formatted twice, with a lower-case and
 *   an upper-case token, and used only when both come out as they went in, each exactly once;
 * - a version made of digits only (which CSL could read as a number) stays in the shape.
 * Anything else is formatted by citeproc as before. Fields no style prints (`abstract`, the
 * citation key) are left out of the shape; `note` too, unless it could carry CSL variables
 * ("key: value" lines, which citeproc reads).
 * Tested against citeproc on every real page (tests/unit/cite.test.ts).
 */
import { referenceWithAccessedSlot, type SplitReference } from './accessed.ts';
import type { StyleId } from './engine.ts';
import type { CslItem } from './csl.ts';

const TOKENS = {
	title: ['zqxtitlez', 'ZQXTITLEZ'],
	URL: ['https://zqxurlz.invalid/zqxpathz/', 'https://zqxurlz.invalid/zqxpathz/'],
	version: ['zqxversionz', 'zqxversionz'],
} as const;
type Tokenised = keyof typeof TOKENS;

/** A title citeproc writes as it is: letters, digits, single inner spaces, commas, hyphens and dashes, ’. */
const PLAIN_TITLE = /^(?=.*\p{L})[\p{L}\p{N}](?:[\p{L}\p{N},’–—-]| (?! ))*[\p{L}\p{N}]$/u;
/** An ORCA page URL: no query, fragment, escape or character HTML would change. */
const PLAIN_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/-]*$/;
/** A content version (`contentVersion`), with its last update: `15b0a8e1`, `15b0a8e1 (2026-11-30)`. */
const PLAIN_VERSION = /^(?=[0-9a-f]*[a-f])[0-9a-f]+(?: \(\d{4}(?:-\d{2}){0,2}\))?$/;
/** A note line citeproc would read as a CSL variable ("original-date: 1990", "{:issued: 2001}"). */
const CSL_IN_NOTE = /(?:^|\n)\s*\{?:?[A-Za-z][A-Za-z-]*\s*:|\{:/;

const PLAIN: Record<Tokenised, RegExp> = { title: PLAIN_TITLE, URL: PLAIN_URL, version: PLAIN_VERSION };

/** Whether citeproc writes `value` of `field` unchanged wherever a style prints it without a change of case. */
export function plainValue(field: Tokenised, value: string): boolean {
	return PLAIN[field].test(value);
}

interface Shape {
	key: string;
	/** The shape with the lower-case tokens, and with the upper-case ones. */
	items: [CslItem, CslItem];
	/** The page's values, by token (lower-case). */
	values: Map<string, string>;
}

/**
 * The version's token keeps the value's form: `zqxversionz (2026-11-30)` stands for
 * `15b0a8e1 (2026-11-30)`, the date part staying the page's own (it is part of the shape).
 */
function versionParts(version: string): [string, string] {
	const space = version.indexOf(' ');
	return space < 0 ? [version, ''] : [version.slice(0, space), version.slice(space)];
}

function shapeOf(item: CslItem): Shape {
	const values = new Map<string, string>();
	const shaped = (which: 0 | 1): CslItem => {
		const { abstract: _abstract, note, ...rest } = item;
		const out: CslItem = { ...rest, id: 'zqxidz' };
		if (out['citation-key'] !== undefined) out['citation-key'] = 'zqxidz';
		if (note !== undefined && CSL_IN_NOTE.test(note)) out.note = note;
		for (const field of Object.keys(TOKENS) as Tokenised[]) {
			const value = item[field];
			if (value === undefined || !plainValue(field, value)) continue;
			if (field === 'version') {
				const [hash, rest] = versionParts(value);
				out.version = `${TOKENS.version[which]}${rest}`;
				if (which === 0) values.set(TOKENS.version[0], hash);
			} else {
				out[field] = TOKENS[field][which];
				if (which === 0) values.set(TOKENS[field][0], value);
			}
		}
		return out;
	};
	const lower = shaped(0);
	return { key: JSON.stringify(lower), items: [lower, shaped(1)], values };
}

const count = (text: string, token: string) => text.split(token).length - 1;

/**
 * The shape's reference, or null when a token does not come out exactly once as it went in
 * (a change of case, a moved or merged mark): then each page is formatted by citeproc.
 */
function template(shape: Shape, style: StyleId, lang: 'fr' | 'en'): SplitReference | null {
	const [lower, upper] = shape.items.map((item) => referenceWithAccessedSlot(item, style, lang)) as [SplitReference, SplitReference];
	const whole = (r: SplitReference) => `${r.before}\u0000${r.after}`;
	for (const token of shape.values.keys()) if (count(whole(lower), token) !== 1) return null;
	const [low, up] = TOKENS.title;
	if (shape.values.has(low) && whole(upper) !== whole(lower).replace(low, up)) return null;
	return lower;
}

const templates = new Map<string, SplitReference | null>();

/** `item` in `style`, as `referenceWithAccessedSlot()` writes it, from its shape's reference when that is exact. */
export function shapedReference(item: CslItem, style: StyleId, lang: 'fr' | 'en'): SplitReference {
	const shape = shapeOf(item);
	if (shape.values.size === 0) return referenceWithAccessedSlot(item, style, lang);
	const key = `${style}|${lang}|${shape.key}`;
	let found = templates.get(key);
	if (found === undefined) {
		found = template(shape, style, lang);
		templates.set(key, found);
	}
	if (!found) return referenceWithAccessedSlot(item, style, lang);
	const fill = (text: string) => {
		let out = text;
		for (const [token, value] of shape.values) out = out.replace(token, () => value);
		return out;
	};
	return { before: fill(found.before), after: fill(found.after), accessed: found.accessed };
}
