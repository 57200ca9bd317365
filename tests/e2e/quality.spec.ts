/**
 * The quality gates of a trustworthy research site, over every page of the sitemap: language and
 * alternates, zero axe violations (WCAG 2.2 AA), no request to another origin; every page type
 * readable without JavaScript; keyboard access.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, otherLanguage, sitePages, test } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails on any request that leaves the site's origin (data: and blob: URLs stay local). */
function watchRequests(page: import('@playwright/test').Page, origin: string): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
	});
	return foreign;
}

// One visit per page of the sitemap checks everything a page owes its readers.
for (const path of sitePages()) {
	test(`/${path}: language, title, alternates; no axe violation; no third-party request`, async ({ page, baseURL }) => {
		// The sources page lists every source with its link and its archived copy (~800 links): axe alone
		// takes about a minute on two busy cores, so it gets three times the usual timeout.
		if (/^(fr|en)\/sources\/$/.test(path)) test.slow();
		const foreign = watchRequests(page, new URL(baseURL!).origin);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const lang = path.slice(0, 2);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		expect(await page.title()).toMatch(/ORCA/);
		const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
		expect(new URL(canonical!).pathname).toBe(new URL(path, baseURL).pathname);
		for (const l of ['fr', 'en']) {
			const href = await page.locator(`link[rel=alternate][hreflang=${l}]`).getAttribute('href');
			expect(new URL(href!).pathname).toBe(new URL(l === lang ? path : otherLanguage(path), baseURL).pathname);
		}
		await page.waitForLoadState('networkidle');
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
		expect(foreign).toEqual([]);
	});
}

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of ['fr/', 'en/cases/', 'fr/cases/keyyo-casablanca-abbeville/', 'en/documents/qe-15-10719/', 'fr/methodology/'])
		test(`/${path}: no axe violation in dark mode`, async ({ page }) => {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
});

/** One page of each type, in each language. */
const pageTypes = ['', 'cases/', 'cases/keyyo-casablanca-abbeville/', 'documents/', 'documents/qe-15-10719/', 'methodology/'].flatMap(
	(p) => [`fr/${p}`, `en/${p}`],
);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of [...new Set([...pageTypes, ...sitePages().filter((p) => !/\/(cases|documents)\/./.test(p))])])
		test(`/${path}: readable`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const text = await page.locator('main').innerText();
			expect(text.length).toBeGreaterThan(200);
		});
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('keyboard: every focusable control shows a visible focus indicator', async ({ page }) => {
	await page.goto('en/cases/');
	for (let i = 0; i < 25; i++) {
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const rect = el.getBoundingClientRect();
			return { width: style.outlineWidth, styleName: style.outlineStyle, visible: rect.width > 0 && rect.height > 0, tag: el.tagName };
		});
		if (!outline) break;
		expect(outline.visible, `${outline.tag} is visible when focused`).toBe(true);
		expect(outline.styleName, `${outline.tag} has a focus outline`).not.toBe('none');
		expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
	}
});
