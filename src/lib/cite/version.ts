/** The version of a page: a short, deterministic hash of the content it is built from. */
import { canonicalJson, sha256Hex } from '../hash.ts';

/** Eight hex digits of the SHA-256 of the content (data and prose): `contentVersion(entry.data, text.body)`. */
export function contentVersion(...content: unknown[]): string {
	return sha256Hex(canonicalJson(content), 8);
}
