/** The version every download carries: latest editorial update plus a hash of the content. */
import { createHash } from 'node:crypto';
import type { DataCorpus } from '../../src/lib/data-corpus.ts';
import type { DataVersion } from '../../src/schemas/open-data.ts';
import { comparePartialDates } from '../../src/lib/dates.ts';
import { LICENCE } from '../../src/consts.ts';

export { LICENCE };

/** JSON with object keys sorted at every level, so that the same content hashes the same. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v,
	);
}

const byId = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The content's version: it does not depend on load order, file paths or the clock. */
export function dataVersion(corpus: DataCorpus): DataVersion {
	const content = {
		cases: byId(corpus.cases).map(({ id, data, text }) => ({ id, data, text })),
		documents: byId(corpus.documents).map(({ id, data, text }) => ({ id, data, text })),
		sources: byId(corpus.sources).map(({ id, data }) => ({ id, data })),
		context: byId(corpus.context).map(({ id, data }) => ({ id, data })),
	};
	const hash = createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
	const dates = [...corpus.cases, ...corpus.documents].map((e) => e.data.updated).sort(comparePartialDates);
	return { date: dates.at(-1) ?? '1970', hash };
}

/** `2026-11-22 (3f2a…)`: the version as one readable string. */
export function versionLabel(version: DataVersion): string {
	return `${version.date} (${version.hash})`;
}

/** Entries sorted by id (the order of every download). */
export { byId };
