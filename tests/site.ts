/**
 * The built site as files: every page of `dist/` and the sitemap's URLs. Shared by the
 * end-to-end tests (which read what the webServer built) and the build tests.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Every HTML file under `dir`, as paths relative to it (`fr/cases/keyyo/index.html`). */
export function htmlFiles(dir = 'dist'): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) files.push(relative(dir, path));
		}
	};
	walk(dir);
	return files.sort();
}

/** The sitemap's URLs as paths relative to the site's base (`fr/cases/keyyo/`; `` for the root). */
export function sitemapPaths(dir = 'dist', base = process.env.ORCA_BASE ?? '/'): string[] {
	const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length)).sort();
}

/**
 * A fresh work folder for a build test, inside the project (`node_modules/.orca-tests/`): Astro keeps
 * its prerender bundle in `<outDir>/.prerender/` only when the output folder lies under the working
 * directory, and otherwise in the project's one `.astro/`, which two builds running at once would share.
 */
export function buildWorkDir(prefix: string): string {
	const parent = join('node_modules', '.orca-tests');
	mkdirSync(parent, { recursive: true });
	return resolve(mkdtempSync(join(parent, prefix)));
}
