/** The version of a page: a short, deterministic hash of the content it is built from. */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so that key order never changes the hash. */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v instanceof Map) return Object.fromEntries([...v].sort(([a], [b]) => String(a).localeCompare(String(b))));
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
		}
		return v;
	});
}

/** Eight hex digits of the SHA-256 of the content (data and prose): `contentVersion(entry.data, text.body)`. */
export function contentVersion(...content: unknown[]): string {
	return createHash('sha256').update(stableJson(content)).digest('hex').slice(0, 8);
}
