/**
 * Incremental build (experimental.incrementalBuild, src/build/page-keys.ts): after one case changes,
 * a rebuild with the previous build's cache copies the pages that did not change and gives the same
 * files as a cold build of the changed content, with the exception of reproducible.test.ts
 * (`pagefind/`, whose chunks Pagefind orders differently from run to run: there the same languages,
 * and the same number of pages indexed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildWorkDir } from '../site.ts';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const work = buildWorkDir('orca-incremental-');
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(out: string, cache: string): { files: Map<string, string>; log: string } {
	// Vitest puts Vite's own BASE_URL (and MODE, DEV, PROD, SSR) in process.env; the build must not inherit them.
	const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
	const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, out)], {
		encoding: 'utf8',
		env: { ...env, ORCA_CONTENT: content, ORCA_CACHE_DIR: join(work, cache), ORCA_BASE: '/' },
	});
	expect(result.status, result.stdout + result.stderr).toBe(0);
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.set(relative(join(work, out), path), createHash('sha256').update(readFileSync(path)).digest('hex'));
		}
	};
	walk(join(work, out));
	// Astro colours its log when CI is set (picocolors): the checks below read the plain text.
	return { files, log: stripVTControlCharacters(result.stdout) };
}

/** Files that may differ between two builds (reproducible.test.ts). */
const EXCEPTIONS = /^pagefind\//;
const indexed = (log: string) => /indexed (\d+) pages/.exec(log)?.[1];

test('a rebuild after one changed case copies the unchanged pages and equals a cold build of the changed content', () => {
	cpSync('tests/fixtures/good', content, { recursive: true });
	// The rebuild writes into the same output folder as the first build, as `npm run build` does: Astro bundles the
	// pages into `<outDir>/.prerender/`, and a page whose bundle path changed counts as changed code.
	build('site', 'cache');
	const page = join(content, 'cases', 'acme-rabat-lille', 'fr.md');
	writeFileSync(page, readFileSync(page, 'utf8').replace('Acme revient à Lille', 'Acme revient à Lille (titre changé)'));
	const rebuilt = build('site', 'cache');
	const cold = build('cold', 'cold-cache');

	// The unchanged case's pages were copied, the changed case's page rendered again; the reference files
	// are written anew from one list at every build (src/integrations/cite-files.ts), compared below.
	const copied = (path: string) => new RegExp(`${path.replace(/[.]/g, '\\.')} \\((?:cached|restored)\\)`).test(rebuilt.log);
	expect(copied('/fr/cases/beta-pune-leeds/index.html')).toBe(true);
	expect(copied('/en/cases/acme-rabat-lille/index.html')).toBe(false);
	expect(copied('/fr/cases/acme-rabat-lille/index.html')).toBe(false);
	expect(rebuilt.log).toMatch(/wrote \d+ reference files/);
	expect(rebuilt.files.has('fr/cases/acme-rabat-lille/cite.ris')).toBe(true);
	expect(rebuilt.log).toMatch(/indexed \d+ pages into .*\(\d+ of them read from their files/);

	expect(indexed(rebuilt.log)).toBe(indexed(cold.log));
	const languages = (files: Map<string, string>) =>
		[...files.keys()].filter((f) => /^pagefind\/pagefind-entry\.json$|^pagefind\/wasm\.|^pagefind\/vocabulary\./.test(f)).sort();
	expect(languages(rebuilt.files)).toEqual(languages(cold.files));
	const vocabulary = (out: string) => readFileSync(join(work, out, 'pagefind', 'vocabulary.fr.json'), 'utf8');
	expect(vocabulary('site')).toBe(vocabulary('cold'));
	for (const files of [rebuilt.files, cold.files]) for (const file of [...files.keys()]) if (EXCEPTIONS.test(file)) files.delete(file);
	expect(cold.files.size).toBeGreaterThan(10);
	expect([...rebuilt.files.keys()].sort()).toEqual([...cold.files.keys()].sort());
	const differing = [...cold.files].filter(([file, hash]) => rebuilt.files.get(file) !== hash).map(([file]) => file);
	expect(differing).toEqual([]);
}, 900_000);
