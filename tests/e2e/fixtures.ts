/**
 * Shared end-to-end fixtures: every test fails if the page logs a console error or throws;
 * `build` is the site the test's project runs against (tests/e2e/builds.ts), and `sitePages()` lists
 * every page of a build's sitemap so that new pages are covered automatically.
 */
import { test as base, expect, type Locator } from '@playwright/test';
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

/** A built case page's events: how many its list gives (`<ol class="events">`) and how many its chart draws (each mark's `data-count`). */
export function listedAndDrawn(html: string): { listed: number; drawn: number } {
	const listed = (/<ol class="events">([\s\S]*?)<\/ol>/.exec(html)?.[1]?.match(/<li>/g) ?? []).length;
	const drawn = [...html.matchAll(/class="tl-mark [^"]*"[^>]*data-count="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
	return { listed, drawn };
}

/** Pairs of `labels` whose boxes overlap (by more than half a pixel), as text; empty when every label stands apart. */
export async function overlappingLabels(labels: Locator): Promise<string[]> {
	const boxes = await labels.evaluateAll((texts) =>
		texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right, r.top, r.bottom]),
	);
	return boxes.flatMap((a, i) =>
		boxes
			.slice(i + 1)
			.filter((b) => !(a[1]! <= b[0]! + 0.5 || b[1]! <= a[0]! + 0.5 || a[3]! <= b[2]! + 0.5 || b[3]! <= a[2]! + 0.5))
			.map((b) => `labels at ${a} and ${b} overlap`),
	);
}
