/**
 * Typo tolerance for the names readers type (companies, groups, places, people, document numbers):
 * a vocabulary built from the indexed pages at build time (`pagefind/vocabulary.<lang>.json`), and
 * the correction of a query's unknown words to the nearest name. Pure.
 */
import { FOLDED_TERMS, foldText } from './search-terms.ts';

/** One language's vocabulary, as written beside the search index. */
export interface SearchVocabulary {
	/** Words of the names pages are found by, as written (`Keyyo`, `10719`), sorted. */
	names: string[];
	/** Every other word of four letters or more in the indexed pages, folded (`delocalisation`), sorted. */
	words: string[];
}

/** The vocabulary file of a language, in Pagefind's output folder (`pagefind/vocabulary.fr.json`). */
export function vocabularyPath(lang: string): string {
	return `vocabulary.${lang}.json`;
}

/**
 * Separates the names and equivalent terms the index gets besides a page's text (U+2E31, a word
 * separator no page writes): an excerpt that contains it was taken from them, not from the prose.
 */
export const SEARCH_TERMS_MARK = '\u2E31';

/**
 * The one word a page's key (company, group, document number) is also indexed as: its folded words
 * run together, then a suffix no other word has, so that no longer key begins it ("Synthetic company 7"
 * → `syntheticcompany7qx`, which `syntheticcompany70qx` does not match as a prefix).
 */
export function keyToken(key: string): string {
	return `${wordsOf(foldText(key)).join('')}qx`;
}

/** Words shorter than this are never corrected (too many near neighbours). */
export const MIN_CORRECTED_LENGTH = 4;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
	return text.match(WORD) ?? [];
}

/**
 * A copy of `text` that holds nothing else in memory: a word cut from a page's text or HTML would
 * otherwise keep the whole of it alive (V8 keeps a long substring as a slice of its parent).
 */
const detached = (text: string): string => [...text].join('');

/**
 * A vocabulary gathered one page at a time, in any order. A name's written form is taken from the
 * page of lowest `rank` (the build passes the page's URL, so that the order pages are rendered in
 * does not matter), or the first page added among equals.
 */
export function vocabularyBuilder() {
	const names = new Map<string, { written: string; rank: string }>();
	const words = new Set<string>();
	return {
		/** Adds a page: its names, and its indexed text folded (`foldText`). */
		add(page: { readonly names: readonly string[]; readonly folded: string }, rank = ''): void {
			for (const word of page.names.flatMap(wordsOf)) {
				const folded = foldText(word);
				const known = names.get(folded);
				if (!known || rank < known.rank) names.set(detached(folded), { written: detached(word), rank });
			}
			for (const word of wordsOf(page.folded)) if (word.length >= MIN_CORRECTED_LENGTH && !words.has(word)) words.add(detached(word));
		},
		result(): SearchVocabulary {
			return {
				names: [...names.values()].map(({ written }) => written).sort(),
				words: [...words].filter((word) => !names.has(word)).sort(),
			};
		},
	};
}

/** The vocabulary of a set of pages, each with its names and its indexed text (a name as the first page writes it). */
export function buildVocabulary(pages: readonly { names: readonly string[]; text: string }[]): SearchVocabulary {
	const builder = vocabularyBuilder();
	for (const page of pages) builder.add({ names: page.names, folded: foldText(page.text) });
	return builder.result();
}

/**
 * Edit distance between `a` and `b` counting an insertion, a deletion, a substitution or a swap of
 * two neighbours as one; any distance over `max` is returned as `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		before = previous;
		previous = row;
	}
	return Math.min(previous[b.length]!, max + 1);
}

/** A vocabulary ready for lookups. */
export interface Speller {
	known: Set<string>;
	names: { folded: string; written: string }[];
}

/**
 * Indexes a vocabulary for `correctQuery`. The words of the equivalent terms are known too: a page is
 * indexed by its groups' standing terms only, and a query's "hotline" is searched as a call centre.
 */
export function speller(vocabulary: SearchVocabulary): Speller {
	const names = vocabulary.names.map((written) => ({ folded: foldText(written), written }));
	return { known: new Set([...vocabulary.words, ...names.map((n) => n.folded), ...wordsOf(FOLDED_TERMS)]), names };
}

/** The most edits a word of this length may be away from a name: 1 up to five letters, then 2. */
const allowedEdits = (length: number) => (length <= 5 ? 1 : 2);

/** The name a word of the query was probably meant to be, or undefined if it is known or near none. */
export function correctWord(word: string, { known, names }: Speller): string | undefined {
	const folded = foldText(word);
	if (folded.length < MIN_CORRECTED_LENGTH || known.has(folded) || !/^[\p{L}\p{N}]+$/u.test(folded)) return undefined;
	const max = allowedEdits(folded.length);
	let best: { written: string; distance: number } | undefined;
	for (const name of names) {
		if (name.folded.length < MIN_CORRECTED_LENGTH) continue;
		const distance = editDistance(folded, name.folded, max);
		// Nearest first; between equals, the one that starts like the word (readers get the start right).
		if (
			distance <= max &&
			(!best ||
				distance < best.distance ||
				(distance === best.distance && name.folded[0] === folded[0] && foldText(best.written)[0] !== folded[0]))
		)
			best = { written: name.written, distance };
	}
	return best?.written;
}

/** The query with each unknown word replaced by its nearest name, or undefined when nothing changes. */
export function correctQuery(q: string, spell: Speller): string | undefined {
	let changed = false;
	const corrected = q.replace(WORD, (word) => {
		const name = correctWord(word, spell);
		if (name === undefined) return word;
		changed = true;
		return name;
	});
	return changed ? corrected.trim() : undefined;
}
