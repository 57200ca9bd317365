/**
 * Links and markup of the built site, read from `dist/` (no browser needed): every internal link
 * and #anchor resolves, external links are well-formed http(s), every page is valid HTML (Nu).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from './fixtures.ts';
import { htmlFiles } from '../site.ts';
import type { Build } from './builds.ts';

const origin = 'http://site.test';

/** The ids of a built page (a path under `dist`), read once. */
const idsCache = new Map<string, Set<string>>();
function idsOf(dist: string, file: string): Set<string> {
	const key = join(dist, file);
	if (!idsCache.has(key)) {
		const root = parse(readFileSync(key, 'utf8'));
		idsCache.set(key, new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)));
	}
	return idsCache.get(key)!;
}

/** The file of a build that serves a site path (`/orca/fr/cases/` → `fr/cases/index.html`), if any. */
function fileFor({ outDir: DIST, base }: Build, pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const rel = decodeURIComponent(pathname.slice(base.length));
	for (const candidate of [rel, join(rel, 'index.html')])
		if (candidate && existsSync(join(DIST, candidate)) && !candidate.endsWith('/')) return candidate;
	if (rel === '') return 'index.html';
	return undefined;
}

test('every internal link and anchor of the built site resolves; external links are http(s)', ({ build }) => {
	const { outDir: DIST, base } = build;
	const problems: string[] = [];
	const files = htmlFiles(DIST);
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const pageUrl = new URL(base + file.replace(/index\.html$/, ''), origin);
		const root = parse(readFileSync(join(DIST, file), 'utf8'));
		for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')) {
			const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
			if (/^(mailto|tel|data|blob):/.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== origin) {
				if (!/^https?:$/.test(url.protocol) || !/^[^.]+\..+/.test(url.hostname)) problems.push(`${file}: malformed external link ${raw}`);
				continue;
			}
			const target = fileFor(build, url.pathname);
			if (!target) {
				problems.push(`${file}: broken link ${raw}`);
				continue;
			}
			const hash = decodeURIComponent(url.hash.slice(1));
			if (hash && target.endsWith('.html') && !idsOf(DIST, target).has(hash)) problems.push(`${file}: missing anchor ${raw}`);
		}
	}
	expect(problems).toEqual([]);
});

test('every built page is valid HTML (Nu HTML checker)', ({ build }) => {
	const DIST = build.outDir;
	const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
	// vnu prints its JSON report on stderr, and exits non-zero when it finds errors.
	const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], { encoding: 'utf8' });
	if (result.error) throw new Error(`Java is needed for the Nu HTML checker (vnu-jar): ${result.error.message}`);
	const output = result.stderr;
	const json = output.slice(output.indexOf('{'));
	const messages = (JSON.parse(json) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages;
	expect(
		messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^.*dist(-e2e\/[^/]+)?\//, '')}:${m.lastLine}: ${m.message}`),
	).toEqual([]);
});
