import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

// The fixture corpus (tests/fixtures/site), read from its files: the marks of each chart (French page) and the
// 15 flows of the map (directed country pairs; Phone Marketing has no origin; all on the base map).
const MARKS = { 'fig-events': 17, 'fig-jobs': 12, 'fig-origins': 7, 'fig-destinations': 9, 'fig-cost': 2 } as const;
const FLOWS = 15;
const CHARTS = ['fig-events', 'fig-jobs', 'fig-origins', 'fig-destinations', 'fig-cost'];

test('every chart draws one mark per value of its data table', async ({ page }) => {
	await page.goto('fr/figures/');
	for (const id of CHARTS) {
		const figure = page.locator(`#${id}`);
		const cells = MARKS[id as keyof typeof MARKS];
		await expect(figure.locator('table td.mark-cell'), `${id}: one mark per value`).toHaveCount(cells);
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
	await expect(jobs.locator('.chart-summary')).toHaveText(
		'7,025 jobs moved, created or cut announced in 9 cases; 550 observed in 3 cases.',
	);
	await expect(jobs).toContainText('Announced and observed jobs are never added together');
	// Cases left out (no figure, only head counts or figures without a measure, no date) are said, not drawn as zero.
	await expect(jobs).toContainText(
		'Observed: 7 cases with no figure of this kind, 6 cases whose figures are only head counts or have no stated measure, and 1 case with no date are left out',
	);
	await expect(jobs).toContainText('Rule per case: only figures counting jobs moved, created or cut are comparable');
	await jobs.getByText('Data of the figure').click();
	await expect(jobs.getByRole('table').locator('tbody tr')).toHaveCount(11);
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
			// The file stands alone: title, legend, source line, licence and URL travel with the drawing.
			const svg = body.toString();
			const title = (await figure.locator('figcaption strong').textContent())!.replace(/\.$/, '');
			expect(svg).toContain('<svg');
			const number = (await figure.locator('.fig-number').textContent())!.replace(/\.$/, '');
			expect(svg).toContain(`<title>${number}. ${title}</title>`);
			for (const text of [
				'Source : ORCA, corpus version',
				'Relocalisation',
				'Délocalisation',
				'CC BY 4.0 — https://creativecommons.org/licenses/by/4.0/',
				'/fr/figures/#fig-events',
			])
				expect(svg).toContain(text);
			expect(svg).not.toContain('var(--');
		} else if (name.endsWith('.png')) expect(body.subarray(1, 4).toString()).toBe('PNG');
		else {
			expect(body.toString()).toBe(
				[
					'\uFEFFAnnée,Relocalisation,Délocalisation,Délocalisation de proximité,Total',
					...['2004,1,0,0,1', '2007,0,0,1,1', '2008,1,0,0,1', '2009,3,0,0,3', '2010,0,2,0,2', '2011,1,0,1,2', '2012,0,0,1,1'],
					...['2013,1,1,0,2', '2015,0,1,0,1', '2017,1,1,0,2', '2019,1,0,1,2', '2020,3,0,0,3', '2023,2,0,0,2'],
					'',
				].join('\r\n'),
			);
		}
	}
});

test('without JavaScript the figures give their tables and the flows', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('fr/figures/');
	await expect(page.locator('#fig-flows table tbody tr')).toHaveCount(FLOWS);
	await expect(page.locator('#fig-flows table')).toContainText('Maroc → France');
	await expect(page.locator('#fig-events table td.mark-cell')).toHaveCount(MARKS['fig-events']);
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

test('the charts and the map read their data from one file beside the page, not from the HTML', async ({ page, request }) => {
	const html = await (await request.get('en/figures/')).text();
	expect(html).not.toContain('"spec"');
	expect(html).not.toContain('"positions"');
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto('en/figures/');
	await expect(page.locator('#fig-flows svg.map')).toBeVisible();
	await expect(page.locator('#fig-events svg.chart')).toBeVisible();
	expect(fetched.filter((p) => p.endsWith('/figures/data.json'))).toEqual([expect.stringMatching(/\/en\/figures\/data\.json$/)]);
	// The file holds what the page's tables show: the CSV of each chart, from the same functions.
	const data = (await (await request.get('en/figures/data.json')).json()) as Record<string, { csv: string }>;
	expect(Object.keys(data).sort()).toEqual([...CHARTS, 'fig-pay', 'fig-share', 'fig-flows'].sort());
	expect(data['fig-jobs']!.csv).toBe(
		[
			'\uFEFFYear,Movement,Announced,Observed',
			...['2008,Reshoring,95,', '2009,Reshoring,400,', '2010,Offshoring,830,', '2011,Nearshoring,1000,', '2013,Reshoring,,100'],
			...['2015,Offshoring,1000,', '2017,Offshoring,,300', '2017,Reshoring,2100,', '2019,Nearshoring,300,', '2020,Reshoring,1000,150'],
			...['2023,Reshoring,300,', ''],
		].join('\r\n'),
	);
});

test('when the figures data cannot be read, each chart says so and its table stays', async ({ page, consoleErrors }) => {
	await page.route('**/figures/data.json', (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto('fr/figures/');
	for (const id of [...CHARTS, 'fig-flows'])
		await expect(page.locator(`#${id} [data-canvas]`)).toHaveText(
			'Le graphique n’a pas pu être chargé ; ses données sont dans le tableau ci-dessous.',
		);
	await expect(page.locator('svg.chart')).toHaveCount(0);
	await expect(page.locator('#fig-events table td.mark-cell').first()).toBeAttached();
	// The failure is logged once per figure, naming the file and the status; nothing else went wrong.
	expect(consoleErrors.filter((e) => !/figures\/data\.json answered 404|status of 404/.test(e))).toEqual([]);
	expect(consoleErrors.some((e) => e.includes('/fr/figures/data.json answered 404'))).toBe(true);
	consoleErrors.length = 0;
});
