/**
 * The search index is part of the build: building the good fixture corpus writes one Pagefind
 * index per language holding its case and its document, under any `base`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { buildWorkDir } from '../site.ts';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const work = buildWorkDir('orca-search-index-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('astro build indexes the case and document pages of each language', () => {
	const out = join(work, 'dist');
	const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
		encoding: 'utf8',
		env: { ...process.env, ORCA_CONTENT: 'tests/fixtures/good', ORCA_CACHE_DIR: join(work, 'cache'), ORCA_BASE: '/orca/' },
	});
	expect(result.status, result.stdout + result.stderr).toBe(0);
	expect(result.stdout).toMatch(/indexed 6 pages/);
	const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
	expect(entry.languages.fr.page_count).toBe(3);
	expect(entry.languages.en.page_count).toBe(3);
	// What Pagefind and a reader's copy read of an event: its date, a space, then its kind.
	const page = readFileSync(join(out, 'fr', 'cases', 'acme-rabat-lille', 'index.html'), 'utf8');
	expect(page).toContain('<time datetime="2010">2010</time> <span class="event-type">relocalisation</span>');
});
