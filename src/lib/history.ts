/**
 * The history of a case or document: its first publication, then each dated change (`changes`),
 * each state with a version hash; and the corpus-wide change log built from every record's history
 * (the history section, the What's new page, the methodology's change log and the Atom feeds).
 */
import type { Change, Lang, Localized } from '../schemas/common.ts';
import { comparePartialDates } from './dates.ts';
import { contentVersion } from './cite/version.ts';

/** What a record's history needs: its dates and its changes (case and document data both fit). */
export interface Historied {
	firstPublished?: string;
	updated: string;
	changes: readonly Change[];
}

/**
 * One state of a record: `published` (its first publication), `changed` (a dated change with its
 * note) or `updated` (the last update, when it is later than every noted state and has no note).
 */
export interface RecordState {
	/** What made this state: the first publication, a noted change or the last update. */
	event: 'published' | 'changed' | 'updated';
	date: string;
	note?: Localized;
	/**
	 * Eight hex digits: `contentVersion()` of the record as it is now with its history cut at this
	 * state (`changes` up to this one, `updated` set to this date) and its prose. The last state's
	 * hash is therefore the page's version (the one the cite panel shows); an earlier state's hash
	 * names that state of the history, it is not a hash of the text as it then read.
	 */
	version: string;
}

/** The date cited as first publication: `firstPublished`, or `updated` when absent. */
export const firstPublication = (data: Historied): string => data.firstPublished ?? data.updated;

/**
 * The states of a record, oldest first. `prose` is what the page version hashes besides the data
 * (`text.data, text.body`), so that the last state's version equals `contentVersion(data, ...prose)`.
 */
export function recordStates<T extends Historied>(data: T, ...prose: unknown[]): RecordState[] {
	const at = (count: number, date: string) => contentVersion({ ...data, changes: data.changes.slice(0, count), updated: date }, ...prose);
	const published = firstPublication(data);
	const states: RecordState[] = [{ event: 'published', date: published, version: at(0, published) }];
	data.changes.forEach((change, i) =>
		states.push({ event: 'changed', date: change.date, note: change.note, version: at(i + 1, change.date) }),
	);
	if (comparePartialDates(states.at(-1)!.date, data.updated) < 0)
		states.push({ event: 'updated', date: data.updated, version: at(data.changes.length, data.updated) });
	return states;
}

/** A record as the change log lists it: where it lives and its title in each language. */
export interface LoggedRecord {
	collection: 'cases' | 'documents';
	id: string;
	title: Record<Lang, string>;
	states: readonly RecordState[];
}

/** One line of the change log: a record's state, with the record it belongs to. */
export interface LogEntry {
	record: LoggedRecord;
	state: RecordState;
	/** Stable key of the state within its record: its date, with `-2`, `-3` … for later states of the same day. */
	key: string;
}

/** Every state of every record, newest first; ties by collection, id, then the later state first. */
export function changeLog(records: readonly LoggedRecord[]): LogEntry[] {
	const entries = records.flatMap((record) => {
		const seen = new Map<string, number>();
		return record.states.map((state, index) => {
			const n = (seen.get(state.date) ?? 0) + 1;
			seen.set(state.date, n);
			return { record, state, index, key: n === 1 ? state.date : `${state.date}-${n}` };
		});
	});
	entries.sort(
		(a, b) =>
			comparePartialDates(b.state.date, a.state.date) ||
			(a.record.collection < b.record.collection ? -1 : a.record.collection > b.record.collection ? 1 : 0) ||
			(a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) ||
			b.index - a.index,
	);
	return entries.map(({ record, state, key }) => ({ record, state, key }));
}

/** Log entries grouped by date, in the log's order (newest date first). */
export function byDate(entries: readonly LogEntry[]): { date: string; entries: LogEntry[] }[] {
	const groups: { date: string; entries: LogEntry[] }[] = [];
	for (const entry of entries) {
		const last = groups.at(-1);
		if (last?.date === entry.state.date) last.entries.push(entry);
		else groups.push({ date: entry.state.date, entries: [entry] });
	}
	return groups;
}

/** A case or document as the corpus holds it (structurally: `Case`, `Document`). */
interface HistoriedEntry {
	id: string;
	data: Historied;
	text: Record<Lang, { data: { title: string }; body?: string }>;
}

/** The states of an entry's page in `lang`: versions hashed as the page version is (data, text data, body). */
export function entryStates(entry: HistoriedEntry, lang: Lang): RecordState[] {
	const known = statesOf.get(entry) ?? statesOf.set(entry, {}).get(entry)!;
	const text = entry.text[lang];
	known[lang] ??= recordStates(entry.data, text.data, text.body);
	return [...known[lang]];
}

/** Each entry's states, by language: the page, the change log, the feeds and the What's new page all ask (hashing is the cost). */
const statesOf = new WeakMap<HistoriedEntry, Partial<Record<Lang, RecordState[]>>>();

/** Every case and document of the corpus as the change log of `lang` lists them. */
export function corpusRecords(
	corpus: { cases: readonly HistoriedEntry[]; documents: readonly HistoriedEntry[] },
	lang: Lang,
): LoggedRecord[] {
	return (['cases', 'documents'] as const).flatMap((collection) =>
		corpus[collection].map((entry) => ({
			collection,
			id: entry.id,
			title: { fr: entry.text.fr.data.title, en: entry.text.en.data.title },
			states: entryStates(entry, lang),
		})),
	);
}
