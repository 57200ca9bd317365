/**
 * Deterministic build: two builds of the same commit, each from a cold cache, give byte-identical
 * files, with one documented exception:
 * - `pagefind/` — Pagefind 1.6 names and fills its index chunks in a different order from run to
 *   run (its filter and fragment files differ between two indexings of identical HTML). The HTML it
 *   indexes is checked byte for byte; the index is checked for the same set of languages.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { buildWorkDir } from '../site.ts';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const work = buildWorkDir('orca-repro-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string): Map<string, string> {
	const outDir = join(work, name);
	const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		encoding: 'utf8',
		env: { ...process.env, ORCA_CACHE_DIR: join(work, `${name}-cache`), ORCA_BASE: '/' },
	});
	expect(result.status, result.stderr).toBe(0);
	const hashes = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else hashes.set(relative(outDir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
		}
	};
	walk(outDir);
	return hashes;
}

/** Files that may differ between two builds (see above). */
const EXCEPTIONS = /^pagefind\//;

test('two builds of the same content give byte-identical files', () => {
	const [first, second] = [build('first'), build('second')];
	const languages = (files: Map<string, string>) =>
		[...files.keys()].filter((f) => /^pagefind\/pagefind-entry\.json$|^pagefind\/wasm\./.test(f)).sort();
	expect(languages(second)).toEqual(languages(first));
	for (const files of [first, second]) for (const file of [...files.keys()]) if (EXCEPTIONS.test(file)) files.delete(file);
	expect(first.size).toBeGreaterThan(10);
	expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
	const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
	expect(differing).toEqual([]);
});
