/**
 * Smoke checks of the real corpus: what only the whole content can show (its counts, the density of
 * the timeline, every case page) on the pages a reader opens first. The behaviour of each page is
 * tested on the fixture corpus (tests/e2e/*.spec.ts), with literal expectations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../../src/build/content.ts';
import { buildFigures } from '../../../src/lib/figures.ts';
import { REAL } from '../builds.ts';
import { expect, listedAndDrawn, overlappingLabels, sitePages, test } from '../fixtures.ts';

const corpus = loadContent(REAL.content);
const pages = sitePages(REAL);

test('the site has every page type in both languages, and a page per case and document', () => {
	for (const lang of ['fr', 'en'])
		for (const path of [
			'',
			'cases/',
			'documents/',
			'timeline/',
			'figures/',
			'data/',
			'sources/',
			'search/',
			'methodology/',
			'whats-new/',
			'corrections/',
		])
			expect(pages).toContain(`${lang}/${path}`);
	for (const c of corpus.cases) expect(pages).toContain(`en/cases/${c.id}/`);
	for (const d of corpus.documents) expect(pages).toContain(`fr/documents/${d.id}/`);
});

test('the home page counts the corpus from the content itself', async ({ page }) => {
	await page.goto('en/');
	await expect(page.getByRole('link', { name: /documented cases/ }).locator('strong')).toHaveText(
		corpus.cases.length.toLocaleString('en-GB'),
	);
	await expect(page.getByRole('link', { name: /official documents/ }).locator('strong')).toHaveText(String(corpus.documents.length));
	await expect(page.getByRole('link', { name: /cited sources/ }).locator('strong')).toHaveText(
		corpus.sources.length.toLocaleString('en-GB'),
	);
});

test("every case page's event list and its chart show the same events", () => {
	const casePages = pages.filter((p) => /^(fr|en)\/cases\/[^/]+\/$/.test(p));
	expect(casePages.length).toBe(2 * corpus.cases.length);
	for (const path of casePages) {
		const html = readFileSync(join(REAL.outDir, path, 'index.html'), 'utf8');
		const { listed, drawn } = listedAndDrawn(html);
		expect(drawn, `${path}: marks drawn`).toBe(listed);
	}
});

test('the home and methodology pages state how rare returns to France are, with counts and the cases', async ({ page }) => {
	for (const path of ['en/', 'en/methodology/']) {
		await page.goto(path);
		const finding = page.getByRole('region', { name: 'Returns to France are rare' });
		await expect(finding).toContainText(
			/ORCA documents \d+ cases of customer-contact work leaving France .* and \d+ cases of work coming back to France/,
		);
		await expect(finding.getByRole('link', { name: 'Keyyo' })).toHaveAttribute('href', /\/en\/cases\/keyyo-casablanca-abbeville\/$/);
	}
});

test('the timeline of the whole corpus carries visible labels at the default view, none overlapping another', async ({ page }) => {
	await page.goto('en/timeline/');
	await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
	const labels = page.locator('.tl-mark text.tl-label:not(:empty)');
	expect(await labels.count()).toBeGreaterThan(20);
	expect(await overlappingLabels(labels)).toEqual([]);
	// A company's name is on its mark (Optus, the last reshoring case, has room at the right end).
	await expect(page.locator('.tl-mark text.tl-label', { hasText: 'Optus' })).toBeVisible();
});

test('every chart of the figures page draws one mark per value of its data table', async ({ page }) => {
	await page.goto('fr/figures/');
	const figures = buildFigures('fr', corpus);
	for (const id of ['fig-events', 'fig-jobs', 'fig-origins', 'fig-destinations', 'fig-cost']) {
		const figure = page.locator(`#${id}`);
		const marks = figures
			.find((f) => f.id === id)!
			.rows.flat()
			.filter((cell) => cell.mark).length;
		expect(marks, `${id} has data`).toBeGreaterThan(0);
		await expect(figure.locator('table td.mark-cell')).toHaveCount(marks);
		await expect(figure.locator('svg.chart rect.mark')).toHaveCount(marks);
	}
	await expect(page.locator('#fig-flows path.flow').first()).toBeAttached();
});
