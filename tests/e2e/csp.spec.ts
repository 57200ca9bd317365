/**
 * The Content-Security-Policy is complete and blocks nothing the site does: every page type is
 * loaded and its scripts run (charts, map, timeline, search through Pagefind's WebAssembly and
 * worker, a PNG export) while a listener records `securitypolicyviolation` events; the shared
 * fixture also fails on any console error, which is how a browser reports a blocked resource.
 */
import type { Page } from '@playwright/test';
import { expect, sitePages, test } from './fixtures.ts';

/** The first page under a list (`fr/cases/` → `fr/cases/<slug>/`). */
const firstUnder = (list: string) => sitePages().find((p) => p.startsWith(list) && p !== list)!;

/** Each page type, with what shows that its scripts have run. */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: 'fr/' },
	{ name: 'case list', path: 'fr/cases/' },
	{ name: 'case', path: firstUnder('fr/cases/') },
	{ name: 'document list', path: 'en/documents/' },
	{ name: 'document', path: firstUnder('en/documents/') },
	{ name: 'timeline', path: 'fr/timeline/', ready: (page) => expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1) },
	{
		name: 'figures',
		path: 'en/figures/',
		ready: async (page) => {
			await expect(page.locator('#fig-events svg.chart rect.mark').first()).toBeVisible();
			await expect(page.locator('svg.map')).toHaveCount(1);
			const button = page.locator('#fig-events').getByRole('button', { name: 'PNG' });
			const [png] = await Promise.all([page.waitForEvent('download'), button.click()]);
			expect(png.suggestedFilename()).toBe('orca-fig-events.png');
		},
	},
	{ name: 'data', path: 'en/data/' },
	{ name: 'sources', path: 'en/sources/' },
	{ name: 'methodology', path: 'fr/methodology/' },
	{
		name: 'search with a query',
		path: 'fr/search/?q=Casablanca',
		ready: async (page) => {
			await expect(page.getByRole('status').first()).toHaveText(/\d+ résultats?/);
			await expect(
				page
					.getByRole('list', { name: /Résultats/ })
					.getByRole('heading', { level: 3 })
					.first(),
			).toBeVisible();
		},
	},
	{ name: '404', path: 'no-such-page/' },
];

/** The directives every page's policy must hold, beside the script and style hashes. */
const DIRECTIVES = [
	"default-src 'self'",
	"base-uri 'none'",
	"form-action 'self'",
	"object-src 'none'",
	"frame-src 'none'",
	"img-src 'self' data:",
	"style-src-attr 'unsafe-inline'",
];

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const violations: string[] = [];
		Object.assign(window, { cspViolations: violations });
		document.addEventListener('securitypolicyviolation', (e) =>
			violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile}:${e.lineNumber}`),
		);
	});
});

for (const { name, path, ready } of PAGES)
	test(`the ${name} page (${path || '/'}) breaks no rule of its Content-Security-Policy`, async ({ page, consoleErrors }) => {
		const response = await page.goto(path);
		const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		for (const directive of DIRECTIVES) expect(policy).toContain(`${directive}`);
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		await ready?.(page);
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		if (name === '404') {
			expect(response?.status()).toBe(404);
			// The browser logs the 404 response itself; nothing else may be logged.
			const own = consoleErrors.indexOf('Failed to load resource: the server responded with a status of 404 (Not Found)');
			expect(own).toBeGreaterThanOrEqual(0);
			consoleErrors.splice(own, 1);
		}
	});

test('a policy in a <meta> element cannot set frame-ancestors, so the site does not pretend to', async ({ page }) => {
	await page.goto('fr/');
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).not.toContain('frame-ancestors');
});
