/**
 * The quality gates of a trustworthy research site: on every page of the sitemap, language,
 * canonical and alternates and only local resources (read from dist/); in a browser, zero axe
 * violations (WCAG 2.2 AA) and no request to another origin on every page but the case and document
 * pages, of which every twentieth (one template each; CI must stay under 20 minutes); every page type readable without JavaScript;
 * keyboard access.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import { expect, otherLanguage, sitePages, test } from '../fixtures.ts';
import { REAL } from '../builds.ts';

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

/** Case and document pages share two templates: axe runs in a browser on every twentieth of them (and on every other page). */
const RECORD = /^(fr|en)\/(cases|documents)\/[^/]+\/$/;
const browserChecked = sitePages(REAL).filter(
	(path, _i, all) => !RECORD.test(path) || all.filter((p) => RECORD.test(p)).indexOf(path) % 20 === 0,
);

// Every page of the sitemap, read from dist/: language, one h1, title, canonical and alternates, and no
// script, style sheet, image or frame loaded from another origin.
test('every page of the sitemap has its language, title, canonical URL, alternates and only local resources', ({ baseURL }) => {
	const problems: string[] = [];
	const origin = new URL(baseURL!).origin;
	for (const path of sitePages(REAL)) {
		const html = parse(readFileSync(join(REAL.outDir, path, 'index.html'), 'utf8'));
		const lang = path.slice(0, 2);
		if (html.querySelector('html')?.getAttribute('lang') !== lang) problems.push(`${path}: lang`);
		if (html.querySelectorAll('h1').length !== 1) problems.push(`${path}: h1 count`);
		if (!/ORCA/.test(html.querySelector('title')?.text ?? '')) problems.push(`${path}: title`);
		const canonical = html.querySelector('link[rel=canonical]')?.getAttribute('href');
		if (!canonical || new URL(canonical).pathname !== new URL(path, baseURL).pathname) problems.push(`${path}: canonical ${canonical}`);
		for (const l of ['fr', 'en']) {
			const href = html.querySelector(`link[rel=alternate][hreflang=${l}]`)?.getAttribute('href');
			if (!href || new URL(href).pathname !== new URL(l === lang ? path : otherLanguage(path), baseURL).pathname)
				problems.push(`${path}: hreflang ${l} ${href}`);
		}
		for (const el of html.querySelectorAll('script[src], link[rel=stylesheet], link[rel=preload], img[src], iframe[src]')) {
			const url = new URL(el.getAttribute('src') ?? el.getAttribute('href')!, new URL(path, baseURL));
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`${path}: loads ${url.href}`);
		}
	}
	expect(problems).toEqual([]);
});

for (const path of browserChecked) {
	test(`/${path}: no axe violation; no third-party request`, async ({ page, baseURL }) => {
		// The sources page lists every source with its link and its archived copy: axe alone takes about
		// a minute on two busy cores, so it gets three times the usual timeout.
		if (/^(fr|en)\/sources\/$/.test(path)) test.slow();
		const foreign = watchRequests(page, new URL(baseURL!).origin);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
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
	for (const path of [...new Set([...pageTypes, ...sitePages(REAL).filter((p) => !/\/(cases|documents)\/./.test(p))])])
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
