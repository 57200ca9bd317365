/**
 * Shared end-to-end fixtures: every test fails if the page logs a console error or throws;
 * `build` is the site the test's project runs against (tests/e2e/builds.ts), and `sitePages()` lists
 * every page of a build's sitemap so that new pages are covered automatically.
 */
import { test as base, expect } from '@playwright/test';
import { sitemapPaths } from '../site.ts';
import { SITE, type Build } from './builds.ts';

export const test = base.extend<{ consoleErrors: string[] }, { build: Build }>({
	build: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern: none.
		async ({}, use, workerInfo) => {
			await use((workerInfo.project.metadata as { build: Build }).build);
		},
		{ scope: 'worker' },
	],
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(String(error)));
			await use(errors);
			expect(errors, 'console errors on the page').toEqual([]);
		},
		{ auto: true },
	],
});
export { expect };

/** Paths (relative to the base, e.g. `fr/cases/keyyo/`) of every page of a build but the root and the 404 (default: the fixture site). */
export function sitePages(build: Build = SITE): string[] {
	return sitemapPaths(build.outDir, build.base).filter((p) => p !== '');
}

/** The same page in the other language. */
export const otherLanguage = (path: string) => path.replace(/^(fr|en)\//, (_, l: string) => (l === 'fr' ? 'en/' : 'fr/'));
