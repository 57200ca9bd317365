/**
 * Shared end-to-end fixtures: every test fails if the page logs a console error or throws, and
 * `sitePages()` lists every built page (from `dist/`) so that new pages are covered automatically.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test as base, expect } from '@playwright/test';

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

/** Paths (relative to the base, e.g. `fr/cases/keyyo/`) of every built HTML page but the 404. */
export function sitePages(dir = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === 'index.html') pages.push(relative(dir, folder) + (folder === dir ? '' : '/'));
		}
	};
	walk(dir);
	return pages.filter((p) => p !== '').sort();
}

/** The same page in the other language. */
export const otherLanguage = (path: string) => path.replace(/^(fr|en)\//, (_, l: string) => (l === 'fr' ? 'en/' : 'fr/'));
