import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const CHARTS = ['fig-events', 'fig-jobs', 'fig-origins', 'fig-destinations', 'fig-cost'];

test('every chart draws one mark per value of its data table', async ({ page }) => {
	await page.goto('fr/figures/');
	for (const id of CHARTS) {
		const figure = page.locator(`#${id}`);
		const cells = await figure.locator('table td.mark-cell').count();
		expect(cells, `${id} has data`).toBeGreaterThan(0);
		await expect(figure.locator('svg.chart rect.mark')).toHaveCount(cells);
		await expect(figure.getByRole('img')).toBeVisible();
		await expect(figure.locator('.source-line')).toContainText('CC BY 4.0');
	}
});

test('the figures have numbers, stable anchors and a summary that names the figures shown', async ({ page }) => {
	await page.goto('en/figures/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
	await page.getByRole('link', { name: 'Figure 2. Jobs announced and observed, by movement and year' }).click();
	await expect(page).toHaveURL(/#fig-jobs$/);
	const jobs = page.locator('#fig-jobs');
	await expect(jobs.locator('.chart-summary')).toHaveText('400 jobs announced in 1 cases; 550 jobs observed in 1 cases.');
	await expect(jobs).toContainText('Announced and observed jobs are never added together');
	// Keyyo's observed figure has no date, nor has the case: it is left out and said so, not drawn as zero.
	await expect(jobs).toContainText('Observed: 0 cases with no figure and 1 cases with no date are left out');
	await jobs.getByText('Data of the figure').click();
	await expect(jobs.getByRole('table')).toContainText('Reshoring');
});

test('a chart downloads as SVG, PNG and CSV', async ({ page }) => {
	await page.goto('fr/figures/');
	const figure = page.locator('#fig-events');
	for (const [button, name] of [
		['Image SVG', 'orca-fig-events.svg'],
		['Image PNG', 'orca-fig-events.png'],
		['Données CSV', 'orca-fig-events.csv'],
	] as const) {
		const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: button }).click()]);
		expect(download.suggestedFilename()).toBe(name);
		const body = readFileSync((await download.path())!);
		if (name.endsWith('.svg')) {
			expect(body.toString()).toContain('<svg');
			expect(body.toString()).toContain('CC BY 4.0');
			expect(body.toString()).not.toContain('var(--');
		} else if (name.endsWith('.png')) expect(body.subarray(1, 4).toString()).toBe('PNG');
		else expect(body.toString()).toBe('\uFEFFAnnée,Relocalisation,Délocalisation,Délocalisation de proximité,Total\r\n2009,2,0,0,2\r\n2019,1,0,0,1\r\n');
	}
});

test('the flow map draws one arrow per listed flow, with a tooltip from the keyboard and filters', async ({ page }) => {
	await page.goto('en/figures/');
	const map = page.locator('#fig-flows');
	await expect(map.locator('svg.map')).toBeVisible();
	const rows = map.getByRole('table').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(map.locator('path.flow')).toHaveCount(1);
	const flow = map.getByRole('button', { name: 'Morocco → France' });
	await flow.focus();
	const tooltip = map.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('Morocco → France');
	await expect(tooltip).toContainText('1 cases');
	await expect(tooltip).toContainText('Announced jobs: not known');
	await expect(tooltip).toContainText('Observed jobs: 11 (1 cases with this figure)');
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();

	// Hover the middle of the arrow (a curve's bounding box centre is off the stroke).
	await map.locator('path.flow').scrollIntoViewIfNeeded();
	const middle = await map.locator('path.flow').evaluate((path: SVGPathElement) => {
		const point = path.getPointAtLength(path.getTotalLength() / 2);
		const { a, d, e, f } = path.getScreenCTM()!;
		return { x: point.x * a + e, y: point.y * d + f };
	});
	await page.mouse.move(middle.x, middle.y);
	await expect(tooltip).toBeVisible();

	await map.getByRole('combobox', { name: 'Movement' }).selectOption('offshoring');
	await expect(map.locator('path.flow')).toHaveCount(0);
	await expect(map.getByRole('status').first()).toHaveText('No flow for these filters.');
	await map.getByRole('combobox', { name: 'Movement' }).selectOption('');
	await map.getByRole('combobox', { name: 'From' }).selectOption('2009');
	// Keyyo has no date: with a period chosen, its flow is left out.
	await expect(map.locator('path.flow')).toHaveCount(0);
	await map.getByRole('combobox', { name: 'From' }).selectOption('');
	await map.getByRole('combobox', { name: 'Width' }).selectOption('observed');
	await expect(map.locator('path.flow')).toHaveCount(1);
});

test('without JavaScript the figures give their tables and the flows', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('fr/figures/');
	await expect(page.locator('#fig-flows table tbody tr')).toHaveCount(1);
	await expect(page.locator('#fig-flows table')).toContainText('Maroc → France');
	await expect(page.locator('#fig-events table td.mark-cell')).toHaveCount(2);
	await context.close();
});

test('the figures page requests nothing from another origin', async ({ page, baseURL }) => {
	const origins = new Set<string>();
	page.on('request', (r) => origins.add(new URL(r.url()).origin));
	await page.goto('fr/figures/');
	await expect(page.locator('#fig-flows svg.map')).toBeVisible();
	expect([...origins].filter((o) => o !== new URL(baseURL!).origin && !o.startsWith('blob:') && o !== 'null')).toEqual([]);
});

test('D3 loads only on the pages that draw charts', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	await page.goto('fr/data/');
	expect(scripts.filter((s) => /Chart|FlowMap|countries-110m|figure-tools/.test(s))).toEqual([]);
});
