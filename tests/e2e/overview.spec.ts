/** The overviews as a reader meets them: the language switch keeps the view, the home page's trend, the case list on a phone. */
import { expect, test } from './fixtures.ts';

test('the language switch keeps the query and the hash (timeline and case list)', async ({ page }) => {
	await page.goto('en/timeline/?lane=policy&view=2009-01-01_2014-01-01');
	await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
	const swap = page.getByRole('link', { name: 'Français' });
	await expect(swap).toHaveAttribute('href', /\/fr\/timeline\/\?lane=policy&view=2009-01-01_2014-01-01$/);
	// A filter changed after the page opened goes with the link too.
	await page.getByLabel('Destination country').selectOption({ index: 0 });
	await page.getByLabel('Movement or kind').selectOption('reshoring');
	await expect.poll(() => new URL(page.url()).searchParams.get('lane')).toBe('reshoring');
	await swap.click();
	await expect(page).toHaveURL(/\/fr\/timeline\/\?lane=reshoring/);
	await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
	await expect(page.getByLabel('Mouvement ou type')).toHaveValue('reshoring');

	await page.goto('fr/cases/?movement=reshoring#main');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/cases\/\?movement=reshoring#main$/);
	await expect(page.getByLabel('Movement')).toHaveValue('reshoring');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page draws the trend in its HTML: cases per year by movement and the main corridors, linked to the figures', async ({
		page,
	}) => {
		await page.goto('en/');
		const years = page.getByRole('img', { name: 'Cases per year, by movement' });
		await expect(years).toBeVisible();
		// One bar per movement and year with cases in the fixture corpus (2004–2023), each titled with its count.
		await expect(years.locator('title')).toHaveCount(17);
		await expect(years.locator('title').first()).toHaveText('2004 · Reshoring: 1');
		await expect(years.locator('title').nth(2)).toHaveText('2009 · Reshoring: 2');
		// Jobs per year, announced and observed in two panels, never added: the fixture's 7,025 announced jobs in 9 bars, 550 observed in 3.
		const jobs = page.getByRole('img', { name: 'Jobs per year, by movement: announced and observed' });
		await expect(jobs).toBeVisible();
		await expect(jobs.locator('.trend-panel')).toHaveText(['Announced', 'Observed']);
		await expect(jobs.locator('title')).toHaveCount(12);
		await expect(jobs.locator('title').first()).toHaveText('Announced · 2008 · Reshoring: 95');
		await expect(jobs.locator('title').last()).toHaveText('Observed · 2017 · Offshoring: 300');
		await expect(page.getByRole('link', { name: 'Jobs per year, by movement: announced and observed' })).toHaveAttribute(
			'href',
			/\/en\/figures\/#fig-jobs$/,
		);
		const corridors = page.getByRole('list', { name: 'The main corridors: cases per pair of countries' });
		await expect(corridors.getByRole('listitem')).toHaveCount(8);
		await expect(corridors.getByRole('listitem').first()).toContainText(/^India → United States.*3 cases/);
		await expect(corridors.getByRole('listitem').nth(1)).toContainText(/^Morocco → France.*3 cases/);
		await expect(page.getByRole('link', { name: 'Cases per year, by movement' })).toHaveAttribute('href', /\/en\/figures\/#fig-events$/);
		await expect(page.getByRole('link', { name: 'The timeline of every event' })).toHaveAttribute('href', /\/en\/timeline\/$/);
	});
});

test('the case list on a 360 px phone: every fact of a case readable without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	// French labels are the longer ones ("Délocalisation de proximité").
	await page.goto('fr/cases/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.goto('en/cases/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const scroller = page.locator('.case-list .table-scroll');
	expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
	const row = page.locator('.case-list tbody tr').first();
	for (const cell of await row.locator('th, td').all()) {
		await expect(cell).toBeVisible();
		const box = (await cell.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
	}
	// Each fact is named: the column's label is written before it.
	expect(
		await row
			.locator('td')
			.first()
			.evaluate((td) => getComputedStyle(td, '::before').content),
	).toBe('"Movement"');
});
