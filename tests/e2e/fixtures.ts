/**
 * Shared end-to-end fixtures: every test fails if the page logs a console error or throws, and
 * `sitePages()` lists every page of the built sitemap so that new pages are covered automatically.
 */
import { test as base, expect } from '@playwright/test';
import { sitemapPaths } from '../site.ts';

export const test = base.extend<{ consoleErrors: string[] }>({
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

/** Paths (relative to the base, e.g. `fr/cases/keyyo/`) of every built page but the root and the 404. */
export function sitePages(): string[] {
	return sitemapPaths().filter((p) => p !== '');
}

/** The same page in the other language. */
export const otherLanguage = (path: string) => path.replace(/^(fr|en)\//, (_, l: string) => (l === 'fr' ? 'en/' : 'fr/'));
