/**
 * The build's formatted references kept between builds, in Astro's cacheDir (`ORCA_CACHE_DIR`):
 * a page whose reference item is unchanged gets the references citeproc wrote for it last time.
 * Entries are keyed by a digest of the item and the language, in a file named after a digest of
 * everything else the formatting depends on (the styles as registered, the formatting code, the
 * versions of citeproc and citation-js): when any of that changes, the file is new and the old
 * ones are removed. One line per entry, appended as pages are formatted (a line cut short by an
 * interrupted build is skipped).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { STYLES, standaloneStyle, styleFor } from '../lib/cite/engine.ts';
import type { CslItem } from '../lib/cite/csl.ts';
import type { PageReference } from './cite-references.ts';

const digest = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/** The modules whose code decides a page's references, besides the styles. */
const CODE = [
	'../lib/cite/engine.ts',
	'../lib/cite/accessed.ts',
	'../lib/cite/accessed-date.ts',
	'../lib/cite/shapes.ts',
	'./cite-references.ts',
];
const PACKAGES = ['citeproc', '@citation-js/core', '@citation-js/plugin-csl'];

/** What the formatting depends on besides the item: styles as registered, formatting code, library versions. */
export function formattingDigest(): string {
	const require = createRequire(import.meta.url);
	return digest(
		STYLES.flatMap((s) => (['fr', 'en'] as const).map((lang) => standaloneStyle(styleFor(s.id, lang)))),
		CODE.map((path) => readFileSync(new URL(path, import.meta.url), 'utf8')),
		PACKAGES.map((name) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version),
	);
}

export interface ReferenceCache {
	get(item: CslItem, lang: 'fr' | 'en'): PageReference[] | undefined;
	set(item: CslItem, lang: 'fr' | 'en', references: PageReference[]): void;
}

/** Opens (or starts) the cache under `cacheDir`, `formatting` being `formattingDigest()`. */
export function openReferenceCache(cacheDir: string, formatting = formattingDigest()): ReferenceCache {
	const folder = join(cacheDir, 'orca-references');
	const name = `${formatting}.jsonl`;
	mkdirSync(folder, { recursive: true });
	for (const file of readdirSync(folder)) if (file !== name) rmSync(join(folder, file), { force: true });
	const file = join(folder, name);
	const entries = new Map<string, PageReference[]>();
	let text = '';
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		// No cache yet.
	}
	for (const line of text.split('\n')) {
		try {
			const [key, references] = JSON.parse(line) as [string, PageReference[]];
			entries.set(key, references);
		} catch {
			// An empty or cut line.
		}
	}
	return {
		get: (item, lang) => entries.get(digest(item, lang)),
		set(item, lang, references) {
			const key = digest(item, lang);
			if (entries.has(key)) return;
			entries.set(key, references);
			appendFileSync(file, `${JSON.stringify([key, references])}\n`);
		},
	};
}
