import AxeBuilder from '@axe-core/playwright';
import { expect, overlappingLabels, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

// The fixture corpus (tests/fixtures/site) has 32 timeline events, read from its files: 15 reshoring, 4 nearshoring,
// 5 offshoring, 5 public records (document publications and answers) and 3 context entries; 3 undated cases.
const TOTAL = 32;
/** Events by position in time order (0-based), as the live region announces them in English. */
const ANNOUNCED: Record<number, string> = {
	0: 'Event 1 of 32, July 2004, Delta Air Lines — Delta considers charging a fee to reach a reservations agent in the US rather than in India',
	1: 'Event 2 of 32, 2007, Telus International — Telus International sets up in Romania to serve the French-speaking market',
	3: 'Event 4 of 32, 2009, Phone Marketing — First activities start at the Dreux site',
	4: 'Event 5 of 32, April 2009, Delta Air Lines — Delta says its reservation calls are no longer sent to India',
	5: 'Event 6 of 32, April 2009, United Airlines — United Airlines brings back some call-centre work outsourced to India (2009)',
	6: 'Event 7 of 32, June 2009, Phone Marketing — Planned opening of the Dreux call centre ("from June 2009"), with 400 jobs announced',
	20: "Event 21 of 32, 17 July 2018, Written question no. 10719: the offshoring of telecom operators' call centres (2018) — Written question, page 6253",
	21: "Event 22 of 32, 14 August 2018, Written question no. 10719: the offshoring of telecom operators' call centres (2018) — Answer from the ministry (Economy and Finance), page 7347",
	30: "Event 31 of 32, 4 July 2023, Rogers Communications — Rogers says it has brought Shaw's outsourced jobs home",
	31: 'Event 32 of 32, 21 May 2025, The 2025 law banning telephone canvassing without prior consent — Law',
};
/** Positions of Dreux's opening (2009), of its announcement (June 2009), of the written question's publication and answer. */
const DREUX_OPENING = 3;
const DREUX_ANNOUNCEMENT = 6;
const QUESTION_PUBLISHED = 20;
const QUESTION_ANSWERED = 21;
const DREUX_STAFF = 22;

/** Opens the timeline page (path relative to the base) once its chart is drawn and wired: it loads after the first paint. */
async function openTimeline(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
}

/** How many events the drawn marks stand for (a cluster counts its events). */
const drawnEvents = (page: Page) =>
	page.locator('orca-timeline .tl-mark').evaluateAll((marks) => marks.reduce((n, m) => n + Number(m.getAttribute('data-count')), 0));
const visibleRows = (page: Page) => page.locator('orca-timeline tbody tr:visible');
const chart = (page: Page) => page.getByRole('application', { name: 'Interactive timeline' });
const tickLabels = (page: Page) => page.locator('.tl-tick text').allTextContents();
const viewParam = (page: Page) => new URL(page.url()).searchParams.get('view');

test('filters change the drawn events, the table and the counts, and go into the URL', async ({ page }) => {
	await openTimeline(page, 'en/timeline/');
	await expect(page.getByRole('status').first()).toHaveText(`${TOTAL} of ${TOTAL} events shown`);
	expect(await drawnEvents(page)).toBe(TOTAL);
	await expect(visibleRows(page)).toHaveCount(TOTAL);
	const lane = page.getByLabel('Movement or kind');
	await expect(lane.locator('option')).toHaveText([
		'All (32)',
		'Reshoring (15)',
		'Nearshoring (4)',
		'Offshoring (5)',
		'Public records (5)',
		'Context (3)',
	]);

	const policy = 5;
	await lane.selectOption('policy');
	await expect(page.getByRole('status').first()).toHaveText(`${policy} of ${TOTAL} events shown`);
	await expect.poll(() => drawnEvents(page)).toBe(policy);
	await expect(visibleRows(page)).toHaveCount(policy);
	await expect(page.locator('.tl-mark.lane-reshoring')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('lane')).toBe('policy');

	// Counts are faceted: the other filters now count within the policy records (which name no country).
	await expect(page.getByLabel('Destination country').locator('option')).toHaveText([
		'All (5)',
		...[
			'Australia',
			'Canada',
			'Czechia',
			'France',
			'United Kingdom',
			'Morocco',
			'Madagascar',
			'Romania',
			'Tunisia',
			'Ukraine',
			'United States',
		].map((country) => `${country} (0)`),
	]);
	await page.getByLabel('Destination country').selectOption('FR');
	await expect(page.getByRole('status').first()).toHaveText('No event matches these filters.');
	expect(await drawnEvents(page)).toBe(0);
	await expect(visibleRows(page)).toHaveCount(0);

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByRole('status').first()).toHaveText(`${TOTAL} of ${TOTAL} events shown`);
	await expect.poll(() => drawnEvents(page)).toBe(TOTAL);
	await expect.poll(() => page.url()).toMatch(/\/en\/timeline\/$/);
});

test('undated cases are listed under the chart with their count and links, and the date filter selects them', async ({ page }) => {
	// Keyyo, Taxis Bleus (reshoring) and Teleperformance's move from Tunisia (nearshoring) are undated.
	const undated = { length: 3 };
	await openTimeline(page, 'en/timeline/');
	const section = page.locator('section.tl-undated');
	await expect(page.getByRole('region', { name: `Cases without a date (${undated.length})` })).toBeVisible();
	await expect(section.getByRole('listitem')).toHaveCount(undated.length);
	await expect(section.getByRole('link', { name: 'Keyyo' })).toHaveAttribute('href', /\/en\/cases\/keyyo-casablanca-abbeville\/$/);
	const date = page.locator('orca-timeline select[name="date"]');
	await expect(date.locator('option')).toHaveText([`All (${TOTAL})`, `Dated events (${TOTAL})`, `Undated cases (${undated.length})`]);
	await date.selectOption('undated');
	await expect(page.getByRole('status').first()).toHaveText(
		`No dated event matches these filters; ${undated.length} undated cases are listed below the chart.`,
	);
	await expect.poll(() => drawnEvents(page)).toBe(0);
	await expect(section.getByRole('listitem')).toHaveCount(undated.length);
	await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('undated');
	// Movement and countries narrow the list; a period leaves every undated case out.
	const reshoring = 2;
	await page.getByLabel('Movement or kind').selectOption('reshoring');
	await expect(section.getByRole('listitem')).toHaveCount(reshoring);
	await expect(section.getByRole('heading')).toHaveText(`Cases without a date (${reshoring} of ${undated.length})`);
	await page.getByRole('button', { name: 'Reset' }).click();
	await page.getByLabel('From year').selectOption('2004');
	await expect(section).toBeHidden();
});

test('marks carry visible labels at the default view, none overlapping another; a key explains colours and shades', async ({ page }) => {
	// The same check on the whole corpus, where labels are dense, is in real/pages.spec.ts.
	await openTimeline(page, 'en/timeline/');
	const labels = page.locator('.tl-mark text.tl-label:not(:empty)');
	expect(await labels.count()).toBeGreaterThan(5);
	expect(await overlappingLabels(labels)).toEqual([]);
	// A company's name is on its mark (Rogers, the last reshoring case, has room at the right end).
	await expect(page.locator('.tl-mark text.tl-label', { hasText: 'Rogers' }).first()).toBeVisible();
	const key = page.locator('.tl-legend');
	await expect(key).toContainText('Reshoring');
	await expect(key).toContainText('date known to the day');
	await expect(key).toContainText('known to the year or month only');
});

test('the wheel over the chart scrolls the page and leaves the view; Ctrl + wheel zooms', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await openTimeline(page, 'en/timeline/');
	await chart(page).scrollIntoViewIfNeeded();
	const box = (await chart(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 60);
	const ticks = await tickLabels(page);
	const before = await page.evaluate(() => scrollY);
	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
	await expect(page.locator('[data-hint]')).toBeVisible();
	expect(await tickLabels(page)).toEqual(ticks);
	expect(viewParam(page)).toBeNull();
	// A trackpad pinch arrives as a wheel event with Ctrl held, like Ctrl + wheel.
	const now = (await chart(page).boundingBox())!;
	await chart(page).dispatchEvent('wheel', {
		deltaY: -300,
		ctrlKey: true,
		clientX: now.x + now.width / 2,
		clientY: now.y + 60,
		bubbles: true,
		cancelable: true,
	});
	await expect.poll(() => viewParam(page)).not.toBeNull();
	expect(await tickLabels(page)).not.toEqual(ticks);
});

test('a link to one event opens a view centred on it, with its details', async ({ page }) => {
	await openTimeline(page, 'en/timeline/?event=case%2Fphone-marketing-dreux%2F2');
	const details = page.getByRole('region', { name: 'Selected event' });
	await expect(details).toContainText('550 staff at the Dreux site');
	await expect(details.getByRole('link', { name: 'Open the page' })).toHaveAttribute('href', /\/en\/cases\/phone-marketing-dreux\/$/);
	await expect.poll(() => viewParam(page)).not.toBeNull();
	const mark = page.locator('.tl-mark[data-id="case/phone-marketing-dreux/2"]');
	await expect(mark).toHaveClass(/is-selected/);
	const [m, c] = [(await mark.boundingBox())!, (await chart(page).boundingBox())!];
	expect(Math.abs(m.x + m.width / 2 - (c.x + c.width / 2))).toBeLessThan(c.width * 0.15);
	await details.getByRole('button', { name: 'Close' }).click();
	await expect(details).toBeHidden();
});

test('on a phone the chart comes before the filters and every mark is at least a 24 × 24 px target', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await openTimeline(page, 'en/timeline/');
	const chartTop = (await chart(page).boundingBox())!.y;
	expect(chartTop).toBeLessThan((await page.getByLabel('Movement or kind').boundingBox())!.y);
	const sizes = await page
		.locator('.tl-mark rect')
		.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.width, b.height]));
	expect(sizes.length).toBeGreaterThan(10);
	for (const [w, h] of sizes) expect(Math.min(w!, h!)).toBeGreaterThanOrEqual(23.5);
});

test('the URL restores filters, zoomed period and selected event exactly', async ({ page }) => {
	await openTimeline(page, 'fr/timeline/?lane=reshoring&view=2008-07-01_2010-07-01&event=case%2Fphone-marketing-dreux%2F0');
	await expect(page.getByLabel('Mouvement ou type')).toHaveValue('reshoring');
	await expect(page.getByRole('status').first()).toHaveText('15 événements affichés sur 32');
	// Only the reshoring events of mid-2008 to mid-2010 are in the period shown (none lies near its edges, so none
	// is half in view): Risc Group's opening (December 2008), Dreux's opening (2009) and announcement (June 2009),
	// Delta's and United's returns (April 2009); ticks are in months, in French.
	await expect.poll(() => drawnEvents(page)).toBe(5);
	await expect(page.locator('.tl-mark[data-id="case/phone-marketing-dreux/0"]')).toHaveCount(1);
	await expect(page.locator('.tl-mark[data-id="case/phone-marketing-dreux/1"]')).toHaveCount(1);
	const ticks = await tickLabels(page);
	expect(ticks).toContain('janv. 2009');
	await page.getByRole('application').focus();
	await expect(page.getByRole('tooltip')).toContainText("Ouverture prévue du centre d'appels de Dreux");

	await page.getByRole('button', { name: 'Zoom avant' }).click();
	await expect.poll(() => viewParam(page)).not.toBe('2008-07-01_2010-07-01');
	const url = page.url();
	const zoomedTicks = await tickLabels(page);
	await page.reload();
	await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
	expect(page.url()).toBe(url);
	expect(await tickLabels(page)).toEqual(zoomedTicks);
	await expect(page.getByLabel('Mouvement ou type')).toHaveValue('reshoring');
});

test.describe('with reduced motion (zoom steps are immediate)', () => {
	test.use({ reducedMotion: 'reduce' });

	test('zoom buttons and keyboard zoom change the period; reset shows it all', async ({ page }) => {
		await openTimeline(page, 'en/timeline/');
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
	await openTimeline(page, 'en/timeline/');
	await page.getByRole('button', { name: 'Copy a link to this view' }).focus();
	await page.keyboard.press('Tab');
	await expect(chart(page)).toBeFocused();
	const live = page.locator('[data-live]');
	await expect(live).toHaveText(ANNOUNCED[0]!);
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('other · July 2004');
	await expect(page.locator('.tl-ring')).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(live).toHaveText(ANNOUNCED[1]!);
	await page.keyboard.press('End');
	await expect(live).toHaveText(ANNOUNCED[31]!);
	await page.keyboard.press('ArrowLeft');
	await expect(live).toHaveText(ANNOUNCED[30]!);
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('case/rogers-2020-2023-canada-onshore/3');
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();
	await page.keyboard.press('Home');
	await expect(live).toHaveText(/^Event 1 of /);
	await page.keyboard.press('Tab');
	await expect(chart(page)).not.toBeFocused();

	// From Dreux's first 2009 event, the arrows go through the events in between, in time order.
	const opening = DREUX_OPENING;
	const announcement = DREUX_ANNOUNCEMENT;
	await openTimeline(page, 'en/timeline/?event=case%2Fphone-marketing-dreux%2F1');
	await chart(page).focus();
	await expect(live).toHaveText(`Event ${opening + 1} of ${TOTAL}, 2009, Phone Marketing — First activities start at the Dreux site`);
	await expect(tooltip).toContainText('opening · 2009');
	for (let i = opening + 1; i <= announcement; i++) {
		await page.keyboard.press('ArrowRight');
		await expect(live).toHaveText(ANNOUNCED[i]!);
	}
	await expect(live).toHaveText(new RegExp(`^Event ${announcement + 1} of ${TOTAL}, June 2009, Phone Marketing`));
	// The source dates the announcement, not its 400 jobs: no figure is attached to this step.
	await expect(tooltip).not.toContainText('Jobs:');

	// Back from the ministry's answer to the written question itself, then Enter opens its page.
	const answered = QUESTION_ANSWERED;
	const published = QUESTION_PUBLISHED;
	await openTimeline(page, 'en/timeline/?event=document%2Fqe-15-10719%2Fanswered');
	await chart(page).focus();
	await expect(live).toHaveText(new RegExp(`^Event ${answered + 1} of ${TOTAL}, 14 August 2018, Written question no. 10719`));
	for (let i = answered - 1; i >= published; i--) {
		await page.keyboard.press('ArrowLeft');
		await expect(live).toHaveText(ANNOUNCED[i]!);
	}
	await expect(live).toHaveText(new RegExp(`^Event ${published + 1} of ${TOTAL}, 17 July 2018`));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/documents\/qe-15-10719\/$/);
});

test('hovering a mark shows its tooltip; clicking opens its page', async ({ page }) => {
	await openTimeline(page, 'en/timeline/');
	// The bar itself (its label may reach over the next lane).
	const mark = page.locator('.tl-mark[data-id="case/phone-marketing-dreux/2"] rect').first();
	await mark.hover();
	await expect(page.getByRole('tooltip')).toContainText('550 staff at the Dreux site');
	await expect(page.getByRole('tooltip')).toContainText('Jobs: 550 site staff, observed');
	await mark.click();
	await expect(page).toHaveURL(/\/en\/cases\/phone-marketing-dreux\/$/);
});

test('"copy a link to this view" copies the current URL', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTimeline(page, 'en/timeline/');
	await page.getByLabel('Movement or kind').selectOption('reshoring');
	const copied = () => page.evaluate(() => navigator.clipboard.readText());
	const view = (url: string) => new URL(url).searchParams.get('view');
	/** Clicks "zoom in" `steps` times, then "copy" at once: within the 250 ms zoom animation. */
	const zoomThenCopy = (steps: number) =>
		page.evaluate((n) => {
			for (let i = 0; i < n; i++) document.querySelector<HTMLButtonElement>('orca-timeline [data-zoom-in]')!.click();
			document.querySelector<HTMLButtonElement>('orca-timeline [data-copy]')!.click();
		}, steps);
	await zoomThenCopy(1);
	await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
	const first = await copied();
	expect(new URL(first).searchParams.get('lane')).toBe('reshoring');
	expect(view(first)).toMatch(/^\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}$/);
	// The page's URL moves to the same view once the animation is over (and stays there).
	await expect.poll(() => page.url()).toBe(first);
	// Two steps in a row: the link is the second step's end, not the first's.
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await zoomThenCopy(2);
	await expect.poll(copied).not.toBe('');
	const second = await copied();
	await expect.poll(() => page.url()).toBe(second);
	expect(view(second)).not.toBe(view(first));
});

test('the timeline and a case page with a chart pass axe', async ({ page }) => {
	// Axe checks the contrast of every label the chart writes: about 45 s for the timeline on two busy cores.
	test.setTimeout(150_000);
	for (const path of ['fr/timeline/', 'en/cases/phone-marketing-dreux/', 'fr/cases/risc-group-morocco-to-orleans-2008/']) {
		await page.goto(path);
		if (path.endsWith('timeline/')) {
			await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
			await page.getByRole('application').focus();
		}
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
	}
});

test('a case page draws its own events at build time: every event once, named on hover, and no script of the timeline loads', async ({
	page,
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('en/cases/phone-marketing-dreux/');
	const region = page.getByRole('region', { name: 'Timeline of the case' });
	// Dreux's three events: its opening (2009), the announcement (June 2009) and the 550 staff (2019).
	const dreux = ['case/phone-marketing-dreux/1', 'case/phone-marketing-dreux/0', 'case/phone-marketing-dreux/2'];
	// The chart is a picture of the list beside it: hidden from assistive technology, the list is read.
	await expect(region.locator('.tl-case > svg')).toHaveAttribute('aria-hidden', 'true');
	expect(await region.locator('.tl-mark').evaluateAll((marks) => marks.reduce((n, m) => n + Number(m.getAttribute('data-count')), 0))).toBe(
		3,
	);
	await expect(region.getByRole('listitem')).toHaveCount(3);
	// Its hover text says what the event is, in the page's language.
	const mark = region.locator('.tl-mark[data-id="case/phone-marketing-dreux/0"]');
	await expect(mark.locator('title')).toHaveText(
		'June 2009 — announcement — Planned opening of the Dreux call centre ("from June 2009"), with 400 jobs announced',
	);
	// In the chart, from left to right, the marks follow time (2009, June 2009, 2019).
	const left = (id: string) => region.locator(`.tl-mark[data-id="${id}"] rect`).evaluate((r) => r.getBoundingClientRect().left);
	const [x2009, xJune, x2019] = await Promise.all(dreux.map(left));
	expect(x2009!).toBeLessThanOrEqual(xJune!);
	expect(xJune!).toBeLessThan(x2019!);
	// French labels on the French page; nothing of the timeline or D3 is loaded on any case page.
	await page.goto('fr/cases/phone-marketing-dreux/');
	await expect(page.locator('.tl-case .tl-lane-label')).toHaveText('Relocalisation');
	await expect(page.locator('.tl-case .tl-tick text').first()).toHaveText(/^\d{4}$/);
	// Keyyo's case has no dated step: no chart.
	await page.goto('en/cases/keyyo-casablanca-abbeville/');
	await expect(page.locator('.tl-case')).toHaveCount(0);
	// The pages have other scripts (search box, citation panel), but nothing of the timeline or D3.
	expect(scripts.length).toBeGreaterThan(0);
	// By module name, before the content hash (a hash may hold "d3": `pagefind-client.D3MiUpa9.js`).
	expect(scripts.filter((s) => /timeline|chart|d3|element/i.test(s.split('/').pop()!.split('.')[0]!))).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline page is a complete chronological table', async ({ page }) => {
		await page.goto('en/timeline/');
		await expect(page.getByRole('table')).toBeVisible();
		await expect(visibleRows(page)).toHaveCount(TOTAL);
		// In time order: the first and the last event of the corpus, and Dreux's 550 staff in their place.
		await expect(visibleRows(page).first()).toContainText('July 2004');
		await expect(visibleRows(page).first()).toContainText(
			'Delta considers charging a fee to reach a reservations agent in the US rather than in India',
		);
		await expect(visibleRows(page).last()).toContainText('The 2025 law banning telephone canvassing without prior consent');
		await expect(visibleRows(page).nth(DREUX_STAFF)).toContainText('550 site staff, observed');
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
	expect(data.dataset).toBe('events');
	expect(data.version).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), hash: expect.stringMatching(/^[0-9a-f]{12}$/) });
	expect(data.count).toBe(TOTAL);
	expect(data.events[0].id).toBe('case/delta-2009-india-reservations-end/0');
	expect(data.events[TOTAL - 1].id).toBe('document/loi-2025-optin-demarchage/published');
	expect(data.events[DREUX_OPENING]).toMatchObject({
		id: 'case/phone-marketing-dreux/1',
		date: '2009',
		precision: 'year',
		start: '2009-01-01',
		end: '2010-01-01',
	});
});
