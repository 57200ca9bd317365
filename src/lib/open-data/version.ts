/** The version every download carries: latest editorial update plus a hash of the content. */
import { canonicalJson, sha256Hex } from '../hash.ts';
import type { DataCorpus } from '../data-corpus.ts';
import type { DataVersion } from '../../schemas/open-data.ts';
import { comparePartialDates } from '../dates.ts';
import { LICENCE } from '../../consts.ts';

export { LICENCE };

const byId = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The content's version: it does not depend on load order, file paths or the clock. */
export function dataVersion(corpus: DataCorpus): DataVersion {
	const content = {
		cases: byId(corpus.cases).map(({ id, data, text }) => ({ id, data, text })),
		documents: byId(corpus.documents).map(({ id, data, text }) => ({ id, data, text })),
		sources: byId(corpus.sources).map(({ id, data }) => ({ id, data })),
		context: byId(corpus.context).map(({ id, data }) => ({ id, data })),
	};
	const hash = sha256Hex(canonicalJson(content), 12);
	const dates = [...corpus.cases, ...corpus.documents].map((e) => e.data.updated).sort(comparePartialDates);
	return { date: dates.at(-1) ?? '1970', hash };
}

/** `2026-11-22 (3f2a…)`: the version as one readable string. */
export function versionLabel(version: DataVersion): string {
	return `${version.date} (${version.hash})`;
}

/** Entries sorted by id (the order of every download). */
export { byId };
