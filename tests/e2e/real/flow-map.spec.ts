import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

/** The `data-key` (`FR-MA`) of each element, in document order. */
const keys = (elements: Locator) => elements.evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''));
const sorted = (list: string[]) => [...list].sort();
/** Waits for the map to be drawn: the base map loads after the page has painted, slow on a busy machine. */
const drawnMap = (map: Locator) => expect(map.locator('svg.map')).toBeVisible({ timeout: 20_000 });

test('the flow map draws one arrow per country pair, and its list holds the same flows', async ({ page }) => {
	await page.goto('en/figures/');
	const map = page.locator('#fig-flows');
	const arrows = map.locator('path.flow');
	await drawnMap(map);
	const drawn = await keys(arrows);
	// One arrow per directed pair: keys are pairs, none repeated.
	expect(drawn.length).toBeGreaterThan(20);
	expect(drawn.every((k) => /^[A-Z]{2}-[A-Z]{2}$/.test(k))).toBe(true);
	expect(new Set(drawn).size).toBe(drawn.length);
	expect(sorted(await keys(map.locator('tbody tr')))).toEqual(sorted(drawn));
	await expect(map.getByRole('status').first()).toHaveText(`${drawn.length} flows shown`);
	// Morocco → France and France → Morocco are two flows, each named with its cases by movement.
	await expect(map.getByRole('img', { name: /^Morocco → France: \d+ cases \(Reshoring \d+\)$/ })).toHaveCount(1);
	await expect(map.getByRole('img', { name: /^France → Morocco: \d+ cases? \(/ })).toHaveCount(1);
	// A pair whose cases are of several movements is grey, and the key says what grey means.
	const mixed = map.locator('path.flow[stroke="var(--mixed)"]');
	expect(await mixed.count()).toBeGreaterThan(0);
	await expect(mixed.first()).toHaveAttribute('aria-label', /\(\w+ \d+, \w+ \d+/);
	const key = map.locator('.map-legend');
	await expect(key).toContainText('Colour: movement');
	await expect(key).toContainText('Several movements');
	await expect(key).toContainText('Width: Number of cases');

	// With one movement chosen, every arrow has that movement's colour; list and arrows still match.
	await map.getByRole('combobox', { name: 'Movement' }).selectOption('reshoring');
	await expect(map.getByRole('img', { name: /^France → Morocco/ })).toHaveCount(0);
	const reshoring = await keys(arrows);
	expect(reshoring.length).toBeGreaterThan(0);
	expect(await arrows.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('stroke')))])).toEqual(['var(--reshoring)']);
	expect(sorted(await keys(map.locator('tbody tr')))).toEqual(sorted(reshoring));
	await expect.poll(() => new URL(page.url()).search).toBe('?movement=reshoring');
});

test('Tab reaches an arrow and shows its details, with a visible ring; Escape hides them', async ({ page }) => {
	await page.goto('en/figures/#fig-flows');
	const map = page.locator('#fig-flows');
	await drawnMap(map);
	// The arrows come right after the filters in the Tab order.
	await map.getByRole('combobox', { name: 'Area' }).focus();
	await page.keyboard.press('Tab');
	const first = map.locator('path.flow').first();
	await expect(first).toBeFocused();
	const name = (await first.getAttribute('aria-label'))!.split(':')[0]!;
	expect(name).toMatch(/^.+ → .+$/);
	const tooltip = map.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip.locator('strong')).toHaveText(name);
	await expect(tooltip).toContainText(/Announced jobs: /);
	await expect(tooltip.locator('.flow-movements .movement').first()).toBeVisible();
	await expect(tooltip.locator('.flow-companies')).not.toBeEmpty();
	// The ring: the focus colour (--focus, light theme) around a gap of the page's background.
	const ring = map.locator('g.focus-ring');
	await expect(ring).toBeVisible();
	expect(await ring.locator('path').evaluateAll((lines) => lines.map((l) => getComputedStyle(l).stroke))).toEqual([
		'rgb(194, 65, 12)',
		'rgb(251, 250, 247)',
	]);
	await page.keyboard.press('Tab');
	const second = map.locator('path.flow').nth(1);
	await expect(second).toBeFocused();
	await expect(tooltip.locator('strong')).toHaveText((await second.getAttribute('aria-label'))!.split(':')[0]!);
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();
	await expect(ring).toBeHidden();
	await expect(second).toBeFocused();
});

test('hovering an arrow or focusing a row of the list shows the same details', async ({ page }) => {
	await page.goto('en/figures/?area=europe');
	const map = page.locator('#fig-flows');
	await drawnMap(map);
	const arrow = map.locator('path.flow[data-key="MA-FR"]');
	await arrow.scrollIntoViewIfNeeded();
	// A point of the curve where no other arrow covers it (its bounding box's centre is off the stroke).
	const middle = await arrow.evaluate((path: SVGPathElement) => {
		const { a, d, e, f } = path.getScreenCTM()!;
		// From the middle outwards: 0.5, 0.55, 0.45, 0.6… 0.05.
		for (const t of Array.from({ length: 19 }, (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.05)) {
			const point = path.getPointAtLength(path.getTotalLength() * t);
			const [x, y] = [point.x * a + e, point.y * d + f];
			if (document.elementFromPoint(x, y) === path) return { x, y };
		}
		throw new Error('Morocco → France is covered all along');
	});
	await page.mouse.move(middle.x, middle.y);
	const tooltip = map.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip.locator('strong')).toHaveText('Morocco → France');
	await expect(tooltip).toContainText('Keyyo');
	await page.mouse.move(0, 0);
	await expect(tooltip).toBeHidden();
	await map.getByRole('button', { name: 'Morocco → France', exact: true }).focus();
	await expect(tooltip).toBeVisible();
	await expect(tooltip.locator('strong')).toHaveText('Morocco → France');
	// The row's cases open onto links to the cases behind the flow.
	const row = map.locator('tbody tr[data-key="MA-FR"]');
	await row.locator('summary').click();
	await expect(row.getByRole('link', { name: 'Keyyo' })).toHaveAttribute('href', /\/en\/cases\/keyyo-casablanca-abbeville\/$/);
});

test('the list is beside the map from about 1100 px wide and below it on narrower screens', async ({ page }) => {
	const map = page.locator('#fig-flows');
	const boxes = async () => {
		const canvas = (await map.locator('[data-canvas]').boundingBox())!;
		const list = (await map.locator('.flow-list').boundingBox())!;
		return { canvas, list };
	};
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('en/figures/');
	await drawnMap(map);
	const wide = await boxes();
	expect(wide.list.x).toBeGreaterThanOrEqual(wide.canvas.x + wide.canvas.width);
	expect(wide.list.y).toBeLessThan(wide.canvas.y + wide.canvas.height);
	await page.setViewportSize({ width: 800, height: 900 });
	await expect.poll(async () => (await map.locator('svg.map').boundingBox())!.width).toBeLessThan(800);
	const narrow = await boxes();
	expect(narrow.list.y).toBeGreaterThanOrEqual(narrow.canvas.y + narrow.canvas.height);
	expect(Math.round(narrow.list.x)).toBe(Math.round(narrow.canvas.x));
});

test('the view comes from the URL and goes back to it; the list sorts; jobs widths leave out flows with no figure', async ({ page }) => {
	await page.goto('en/figures/?movement=offshoring&from=2005&weight=observed&area=europe#fig-flows');
	const map = page.locator('#fig-flows');
	await drawnMap(map);
	await expect(map.getByRole('combobox', { name: 'Movement' })).toHaveValue('offshoring');
	await expect(map.getByRole('combobox', { name: 'From' })).toHaveValue('2005');
	await expect(map.getByRole('combobox', { name: 'Width' })).toHaveValue('observed');
	await expect(map.getByRole('combobox', { name: 'Area' })).toHaveValue('europe');
	await expect(map.locator('.map-legend')).toContainText('Width: Observed jobs');
	// Weighted by observed jobs, the list has no row without an observed figure; the status says how many are left out.
	await expect(map.getByRole('status').first()).toHaveText(/flows with no figure of this kind are neither drawn nor listed\.$/);
	expect(await map.locator('tbody td:nth-child(4)').allInnerTexts()).not.toContain('—');
	expect(sorted(await keys(map.locator('tbody tr')))).toEqual(sorted(await keys(map.locator('path.flow'))));
	await expect(map.locator('.place-labels text', { hasText: /^France$/ })).toHaveCount(1);
	// Changing a filter writes the view back into the URL.
	await map.getByRole('combobox', { name: 'Area' }).selectOption('world');
	await map.getByRole('combobox', { name: 'Width' }).selectOption('cases');
	await map.getByRole('combobox', { name: 'Movement' }).selectOption('');
	await expect.poll(() => new URL(page.url()).search).toBe('?from=2005');
	// The list sorts by a column: by cases, most first, then fewest first.
	const cases = () =>
		map
			.locator('tbody td:nth-child(2) summary')
			.allInnerTexts()
			.then((t) => t.map(Number));
	await map.getByRole('button', { name: /^Cases/ }).click();
	await expect(map.getByRole('columnheader', { name: 'Cases' })).toHaveAttribute('aria-sort', 'descending');
	const most = await cases();
	expect(most.length).toBeGreaterThan(5);
	expect(most).toEqual([...most].sort((a, b) => b - a));
	await map.getByRole('button', { name: /^Cases/ }).click();
	await expect(map.getByRole('columnheader', { name: 'Cases' })).toHaveAttribute('aria-sort', 'ascending');
	expect(await cases()).toEqual([...most].sort((a, b) => a - b));
	await map.getByRole('button', { name: /^Flow/ }).click();
	await expect(map.getByRole('columnheader', { name: 'Flow' })).toHaveAttribute('aria-sort', 'ascending');
	const names = await map.locator('tbody th .flow-button').allInnerTexts();
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
});

test('a period with no case of a movement draws nothing and says so', async ({ page }) => {
	await page.goto('en/figures/?movement=nearshoring&from=2026');
	const map = page.locator('#fig-flows');
	await drawnMap(map);
	await expect(map.locator('path.flow')).toHaveCount(0);
	await expect(map.locator('tbody tr')).toHaveCount(0);
	await expect(map.getByRole('status').first()).toHaveText('No flow for these filters.');
});

test('without JavaScript the flows are a table, one row per country pair', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('fr/figures/');
	const rows = page.locator('#fig-flows table tbody tr');
	const pairs = await keys(rows);
	expect(pairs.length).toBeGreaterThan(20);
	expect(new Set(pairs).size).toBe(pairs.length);
	await expect(page.locator('#fig-flows tbody tr[data-key="MA-FR"] th')).toHaveText(/^Maroc → France Relocalisation \d+$/);
	await expect(page.locator('#fig-flows tbody tr[data-key="MA-FR"] .movement-reshoring')).toHaveText(/^Relocalisation \d+$/);
	await expect(page.locator('#fig-flows table button')).toHaveCount(0);
	await context.close();
});

test('the map’s CSV has one row per country pair, with its cases by movement', async ({ request }) => {
	const data = (await (await request.get('en/figures/data.json')).json()) as Record<string, { csv: string }>;
	const [head, ...rows] = data['fig-flows']!.csv.replace(/\r\n$/, '').split('\r\n');
	expect(head).toBe(
		'\uFEFFfrom,to,cases,reshoring_cases,offshoring_cases,nearshoring_cases,announced_jobs,announced_jobs_cases,observed_jobs,observed_jobs_cases',
	);
	const pairs = rows.map((r) => r.split(',').slice(0, 2).join('-'));
	expect(pairs.length).toBeGreaterThan(20);
	expect(new Set(pairs).size).toBe(pairs.length);
	// Each row's cases are the sum of its cases by movement.
	for (const row of rows) {
		const [cases, ...byMovement] = row.split(',').slice(2, 6).map(Number);
		expect(byMovement.reduce((a, b) => a + b, 0)).toBe(cases);
	}
});
