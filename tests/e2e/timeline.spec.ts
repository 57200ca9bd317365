import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** How many events the drawn marks stand for (a cluster counts its events). */
const drawnEvents = (page: Page) =>
	page.locator('orca-timeline .tl-mark').evaluateAll((marks) => marks.reduce((n, m) => n + Number(m.getAttribute('data-count')), 0));
const visibleRows = (page: Page) => page.locator('orca-timeline tbody tr:visible');
const chart = (page: Page) => page.getByRole('application', { name: 'Interactive timeline' });
const tickLabels = (page: Page) => page.locator('.tl-tick text').allTextContents();
const viewParam = (page: Page) => new URL(page.url()).searchParams.get('view');

test('filters change the drawn events, the table and the counts, and go into the URL', async ({ page }) => {
	await page.goto('en/timeline/');
	await expect(page.getByRole('status').first()).toHaveText('5 of 5 events shown');
	expect(await drawnEvents(page)).toBe(5);
	await expect(visibleRows(page)).toHaveCount(5);
	const lane = page.getByLabel('Movement or kind');
	await expect(lane.locator('option')).toHaveText(['All (5)', 'Reshoring (3)', 'Public records (2)']);

	await lane.selectOption('policy');
	await expect(page.getByRole('status').first()).toHaveText('2 of 5 events shown');
	await expect.poll(() => drawnEvents(page)).toBe(2);
	await expect(visibleRows(page)).toHaveCount(2);
	await expect(page.locator('.tl-mark.lane-reshoring')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('lane')).toBe('policy');

	// Counts are faceted: the other filters now count within the policy records.
	await expect(page.getByLabel('Destination country').locator('option')).toHaveText(['All (2)', 'France (0)']);
	await page.getByLabel('From year').selectOption('2019');
	await expect(page.getByRole('status').first()).toHaveText('No event matches these filters.');
	expect(await drawnEvents(page)).toBe(0);
	await expect(visibleRows(page)).toHaveCount(0);

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByRole('status').first()).toHaveText('5 of 5 events shown');
	await expect.poll(() => drawnEvents(page)).toBe(5);
	await expect.poll(() => page.url()).toMatch(/\/en\/timeline\/$/);
});

test('the URL restores filters, zoomed period and selected event exactly', async ({ page }) => {
	await page.goto('fr/timeline/?lane=reshoring&view=2008-07-01_2010-07-01&event=case%2Fphone-marketing-dreux%2F0');
	await expect(page.getByLabel('Mouvement ou type')).toHaveValue('reshoring');
	await expect(page.getByRole('status').first()).toHaveText('3 événements affichés sur 5');
	// Only the two 2009 events are in the period shown; ticks are in months, in French.
	await expect(page.locator('.tl-mark')).toHaveCount(2);
	const ticks = await tickLabels(page);
	expect(ticks).toContain('janv. 2009');
	await page.getByRole('application').focus();
	await expect(page.getByRole('tooltip')).toContainText('Ouverture annoncée');

	await page.getByRole('button', { name: 'Zoom avant' }).click();
	await expect.poll(() => viewParam(page)).not.toBe('2008-07-01_2010-07-01');
	const url = page.url();
	const zoomedTicks = await tickLabels(page);
	await page.reload();
	expect(page.url()).toBe(url);
	expect(await tickLabels(page)).toEqual(zoomedTicks);
	await expect(page.getByLabel('Mouvement ou type')).toHaveValue('reshoring');
});

test.describe('with reduced motion (zoom steps are immediate)', () => {
	test.use({ reducedMotion: 'reduce' });

	test('zoom buttons and keyboard zoom change the period; reset shows it all', async ({ page }) => {
		await page.goto('en/timeline/');
		const whole = await tickLabels(page);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => viewParam(page)).not.toBeNull();
		expect(await tickLabels(page)).not.toEqual(whole);
		await page.getByRole('button', { name: 'Whole period' }).click();
		await expect.poll(() => viewParam(page)).toBeNull();
		expect(await tickLabels(page)).toEqual(whole);
	
		await chart(page).focus();
		await page.keyboard.press('+');
		await expect.poll(() => viewParam(page)).not.toBeNull();
		const zoomed = viewParam(page)!;
		await page.keyboard.press('+');
		await expect.poll(() => viewParam(page)).not.toBe(zoomed);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		await expect.poll(() => viewParam(page)).toBeNull();
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(() => viewParam(page)).toBeNull();
	});
});

test('one tab stop; arrows move in time order with tooltip and announcement; Enter opens the page', async ({ page }) => {
	await page.goto('en/timeline/');
	await page.getByRole('button', { name: 'Copy a link to this view' }).focus();
	await page.keyboard.press('Tab');
	await expect(chart(page)).toBeFocused();
	const live = page.locator('[data-live]');
	await expect(live).toHaveText('Event 1 of 5, 2009, Phone Marketing — First activities start at the Dreux site');
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('opening · 2009');
	await expect(page.locator('.tl-ring')).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(live).toHaveText(/^Event 2 of 5, June 2009, Phone Marketing/);
	await expect(tooltip).toContainText('Jobs: 400 announced');
	await page.keyboard.press('End');
	await expect(live).toHaveText(/^Event 5 of 5, 2019, Phone Marketing — 550 staff/);
	await page.keyboard.press('ArrowLeft');
	await expect(live).toHaveText(/^Event 4 of 5, 14 August 2018, Written question no. 10719/);
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('document/qe-15-10719/answered');
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();
	await page.keyboard.press('Home');
	await expect(live).toHaveText(/^Event 1 of 5/);
	await page.keyboard.press('Tab');
	await expect(chart(page)).not.toBeFocused();

	await chart(page).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(live).toHaveText(/^Event 3 of 5, 17 July 2018/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/documents\/qe-15-10719\/$/);
});

test('hovering a mark shows its tooltip; clicking opens its page', async ({ page }) => {
	await page.goto('en/timeline/');
	const mark = page.locator('.tl-mark[data-id="case/phone-marketing-dreux/2"]');
	await mark.hover();
	await expect(page.getByRole('tooltip')).toContainText('550 staff at the Dreux site');
	await expect(page.getByRole('tooltip')).toContainText('Jobs: 550 observed');
	await mark.click();
	await expect(page).toHaveURL(/\/en\/cases\/phone-marketing-dreux\/$/);
});

test('"copy a link to this view" copies the current URL', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('en/timeline/');
	await page.getByLabel('Movement or kind').selectOption('reshoring');
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Copy a link to this view' }).click();
	await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	expect(new URL(copied).searchParams.get('lane')).toBe('reshoring');
	expect(new URL(copied).searchParams.get('view')).toMatch(/^\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}$/);
});

test('the timeline and a case page with a chart pass axe', async ({ page }) => {
	for (const path of ['fr/timeline/', 'en/cases/phone-marketing-dreux/']) {
		await page.goto(path);
		await page.getByRole('application').focus();
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
	}
});

test('a case page draws its own events with the same chart; a case without dated events loads no D3', async ({ page }) => {
	await page.goto('en/cases/phone-marketing-dreux/');
	const region = page.getByRole('region', { name: 'Timeline of the case' });
	await expect(region.getByRole('application', { name: "The case's timeline as a chart" })).toBeVisible();
	expect(await drawnEvents(page)).toBe(3);
	await expect(region.getByRole('listitem')).toHaveCount(3);

	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('en/cases/keyyo-casablanca-abbeville/');
	await expect(page.locator('orca-timeline')).toHaveCount(0);
	expect(scripts).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline page is a complete chronological table', async ({ page }) => {
		await page.goto('en/timeline/');
		await expect(page.getByRole('table')).toBeVisible();
		await expect(visibleRows(page)).toHaveCount(5);
		await expect(visibleRows(page).first()).toContainText('2009');
		await expect(visibleRows(page).last()).toContainText('550 observed');
		await expect(page.getByRole('application')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
		await expect(page.getByLabel('Movement or kind')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Written question no. 10719' }).first()).toBeVisible();
	});
});

test('the events are published as open data with version and licence', async ({ request }) => {
	const response = await request.get('data/events.json');
	expect(response.headers()['content-type']).toContain('application/json');
	const data = await response.json();
	expect(data.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
	expect(data.version).toMatch(/^[0-9a-f]{12}$/);
	expect(data.count).toBe(5);
	expect(data.events[0]).toMatchObject({ id: 'case/phone-marketing-dreux/1', date: '2009', precision: 'year', start: '2009-01-01', end: '2010-01-01' });
});
