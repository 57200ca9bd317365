/**
 * The one way ORCA hashes content for a version or an id: SHA-256 of canonical JSON, in hex. Pure
 * (no Node API), so pages, the data script and the browser compute the same values.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every level (Maps as sorted objects), so that key order never changes the hash. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v instanceof Map) return Object.fromEntries([...v].sort(([a], [b]) => String(a).localeCompare(String(b))));
		if (v && typeof v === 'object' && !Array.isArray(v))
			return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
		return v;
	});
}

/** The first `length` hex digits of the SHA-256 of `text` (UTF-8). */
export function sha256Hex(text: string, length = 64): string {
	return bytesToHex(sha256(utf8ToBytes(text))).slice(0, length);
}
