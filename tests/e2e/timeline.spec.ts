import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { loadContent } from '../../src/build/content.ts';
import { caseTimeline, timelineEvents, undatedCases, type TimelineEvent } from '../../src/lib/timeline/events.ts';
import { DATE_FILTERS, facetCounts, filterEvents, filterValues, yearSpan, type TimelineFilters } from '../../src/lib/timeline/filter.ts';
import { kindLabel } from '../../src/lib/timeline/labels.ts';
import { jobFigureText } from '../../src/lib/job-figures.ts';
import { countryName, formatDate, t } from '../../src/i18n/index.ts';

// Expected values come from the corpus, through the same pure functions the timeline uses.
const corpus = loadContent();
const events = timelineEvents(corpus);
const TOTAL = events.length;
const indexOf = (id: string) => events.findIndex((e) => e.id === id);
/** What the live region announces for the n-th event (0-based), in English. */
const announced = (i: number, e: TimelineEvent = events[i]!) =>
	`Event ${i + 1} of ${TOTAL}, ${formatDate('en', e.date)}, ${e.subject.en} — ${e.label.en}`;
/** The options of a filter, labelled with what picking each would show (faceted counts). */
function optionTexts(key: 'lane' | 'to', filters: TimelineFilters): string[] {
	const values = filterValues(events);
	const years = yearSpan(events);
	const counts = facetCounts(events, filters, { ...values, startYear: years, endYear: years, date: DATE_FILTERS }, undatedCases(corpus))[
		key
	];
	const all = filterEvents(events, { ...filters, [key]: undefined }).length;
	const name = (v: string) => (key === 'lane' ? t('en', `timeline.lane.${v}` as 'timeline.lane.policy') : countryName('en', v));
	return [`All (${all})`, ...values[key].map((v) => `${name(v)} (${counts.get(v)})`)];
}

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
	const lanes = optionTexts('lane', {});
	expect(lanes).toContain(`Public records (${filterEvents(events, { lane: 'policy' }).length})`);
	await expect(lane.locator('option')).toHaveText(lanes);

	const policy = filterEvents(events, { lane: 'policy' }).length;
	expect(policy).toBeGreaterThan(0);
	await lane.selectOption('policy');
	await expect(page.getByRole('status').first()).toHaveText(`${policy} of ${TOTAL} events shown`);
	await expect.poll(() => drawnEvents(page)).toBe(policy);
	await expect(visibleRows(page)).toHaveCount(policy);
	await expect(page.locator('.tl-mark.lane-reshoring')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('lane')).toBe('policy');

	// Counts are faceted: the other filters now count within the policy records (which name no country).
	const destinations = optionTexts('to', { lane: 'policy' });
	expect(destinations).toContain('France (0)');
	await expect(page.getByLabel('Destination country').locator('option')).toHaveText(destinations);
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
	const undated = undatedCases(corpus);
	expect(undated.map((c) => c.id)).toContain('keyyo-casablanca-abbeville');
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
	const reshoring = undated.filter((c) => c.lane === 'reshoring').length;
	await page.getByLabel('Movement or kind').selectOption('reshoring');
	await expect(section.getByRole('listitem')).toHaveCount(reshoring);
	await expect(section.getByRole('heading')).toHaveText(`Cases without a date (${reshoring} of ${undated.length})`);
	await page.getByRole('button', { name: 'Reset' }).click();
	await page.getByLabel('From year').selectOption(String(yearSpan(events)[0]));
	await expect(section).toBeHidden();
});

test('marks carry visible labels at the default view, none overlapping another; a key explains colours and shades', async ({ page }) => {
	await openTimeline(page, 'en/timeline/');
	const labels = page.locator('.tl-mark text.tl-label:not(:empty)');
	expect(await labels.count()).toBeGreaterThan(20);
	const boxes = await labels.evaluateAll((texts) =>
		texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right, r.top, r.bottom]),
	);
	for (const [i, a] of boxes.entries())
		for (const b of boxes.slice(i + 1)) {
			const apart = a[1]! <= b[0]! + 0.5 || b[1]! <= a[0]! + 0.5 || a[3]! <= b[2]! + 0.5 || b[3]! <= a[2]! + 0.5;
			expect(apart, `labels at ${a} and ${b} overlap`).toBe(true);
		}
	// A company's name is on its mark (Optus, the last reshoring case, has room at the right end).
	await expect(page.locator('.tl-mark text.tl-label', { hasText: 'Optus' })).toBeVisible();
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
	const reshoring = filterEvents(events, { lane: 'reshoring' });
	await expect(page.getByRole('status').first()).toHaveText(`${reshoring.length} événements affichés sur ${TOTAL}`);
	// Only the reshoring events of mid-2008 to mid-2010 are in the period shown (none lies near its
	// edges, so none is half in view), Dreux's two 2009 events among them; ticks are in months, in French.
	const inView = reshoring.filter((e) => e.start < '2010-07-01' && e.end > '2008-07-01');
	expect(reshoring.filter((e) => e.start < '2011-01-01' && e.end > '2008-01-01')).toEqual(inView);
	expect(inView.map((e) => e.id)).toEqual(expect.arrayContaining(['case/phone-marketing-dreux/0', 'case/phone-marketing-dreux/1']));
	await expect.poll(() => drawnEvents(page)).toBe(inView.length);
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
	await expect(live).toHaveText(announced(0));
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText(`${kindLabel('en', events[0]!.kind)} · ${formatDate('en', events[0]!.date)}`);
	await expect(page.locator('.tl-ring')).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(live).toHaveText(announced(1));
	await page.keyboard.press('End');
	await expect(live).toHaveText(announced(TOTAL - 1));
	await page.keyboard.press('ArrowLeft');
	await expect(live).toHaveText(announced(TOTAL - 2));
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(events[TOTAL - 2]!.id);
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();
	await page.keyboard.press('Home');
	await expect(live).toHaveText(/^Event 1 of /);
	await page.keyboard.press('Tab');
	await expect(chart(page)).not.toBeFocused();

	// From Dreux's first 2009 event, the arrows go through the events in between, in time order.
	const opening = indexOf('case/phone-marketing-dreux/1');
	const announcement = indexOf('case/phone-marketing-dreux/0');
	expect(announcement).toBeGreaterThan(opening);
	await openTimeline(page, 'en/timeline/?event=case%2Fphone-marketing-dreux%2F1');
	await chart(page).focus();
	await expect(live).toHaveText(`Event ${opening + 1} of ${TOTAL}, 2009, Phone Marketing — First activities start at the Dreux site`);
	await expect(tooltip).toContainText('opening · 2009');
	for (let i = opening + 1; i <= announcement; i++) {
		await page.keyboard.press('ArrowRight');
		await expect(live).toHaveText(announced(i));
	}
	await expect(live).toHaveText(new RegExp(`^Event ${announcement + 1} of ${TOTAL}, June 2009, Phone Marketing`));
	// The source dates the announcement, not its 400 jobs: no figure is attached to this step.
	expect(events[announcement]!.jobs).toEqual([]);
	await expect(tooltip).not.toContainText('Jobs:');

	// Back from the ministry's answer to the written question itself, then Enter opens its page.
	const answered = indexOf('document/qe-15-10719/answered');
	const published = indexOf('document/qe-15-10719/published');
	await openTimeline(page, 'en/timeline/?event=document%2Fqe-15-10719%2Fanswered');
	await chart(page).focus();
	await expect(live).toHaveText(new RegExp(`^Event ${answered + 1} of ${TOTAL}, 14 August 2018, Written question no. 10719`));
	for (let i = answered - 1; i >= published; i--) {
		await page.keyboard.press('ArrowLeft');
		await expect(live).toHaveText(announced(i));
	}
	await expect(live).toHaveText(new RegExp(`^Event ${published + 1} of ${TOTAL}, 17 July 2018`));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/documents\/qe-15-10719\/$/);
});

test('hovering a mark shows its tooltip; clicking opens its page', async ({ page }) => {
	await openTimeline(page, 'en/timeline/');
	const mark = page.locator('.tl-mark[data-id="case/phone-marketing-dreux/2"]');
	await mark.hover();
	await expect(page.getByRole('tooltip')).toContainText('550 staff at the Dreux site');
	const dreuxJobs = events[indexOf('case/phone-marketing-dreux/2')]!.jobs;
	expect(dreuxJobs.map((j) => [j.count, j.kind])).toEqual([[550, 'observed']]);
	await expect(page.getByRole('tooltip')).toContainText(`Jobs: ${jobFigureText('en', dreuxJobs[0]!)}`);
	await mark.click();
	await expect(page).toHaveURL(/\/en\/cases\/phone-marketing-dreux\/$/);
});

test('clicking a group of events that share one date lists them as links; Escape closes the list', async ({ page }) => {
	await openTimeline(page, 'en/timeline/');
	// A bar standing for several reshoring events dated to the same year or month: zooming cannot part them.
	const mark = page.locator('.tl-mark.is-span:not([data-count="1"])').first();
	const count = Number(await mark.getAttribute('data-count'));
	expect(count).toBeGreaterThan(1);
	await mark.hover();
	await expect(page.getByRole('tooltip')).toContainText('Click to list these events');
	await mark.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog).toHaveAccessibleName(new RegExp(`^${count} events dated \\w+`));
	await expect(dialog.getByRole('listitem')).toHaveCount(count);
	await expect(dialog.getByRole('link')).toHaveCount(count);
	await expect(dialog.getByRole('link').first()).toBeFocused();
	// The chart did not zoom: the view is still the whole period.
	expect(viewParam(page)).toBeNull();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// Each line opens its event's page.
	await mark.click();
	const link = dialog.getByRole('link').nth(count - 1);
	const href = await link.getAttribute('href');
	expect(href).toMatch(/\/en\/cases\/[a-z0-9-]+\/$/);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/]/g, '\\/')}$`));
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
	for (const path of ['fr/timeline/', 'en/cases/phone-marketing-dreux/', 'fr/cases/bt-2003-offshore-india/']) {
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
	const dreux = caseTimeline(events, corpus, 'phone-marketing-dreux');
	expect(dreux).toHaveLength(3);
	// The chart is a picture of the list beside it: hidden from assistive technology, the list is read.
	await expect(region.locator('.tl-case > svg')).toHaveAttribute('aria-hidden', 'true');
	expect(await region.locator('.tl-mark').evaluateAll((marks) => marks.reduce((n, m) => n + Number(m.getAttribute('data-count')), 0))).toBe(
		3,
	);
	await expect(region.getByRole('listitem')).toHaveCount(3);
	// Its hover text says what the event is, in the page's language.
	const june = dreux.find((e) => e.date === '2009-06')!;
	const mark = region.locator(`.tl-mark[data-id="${june.id}"]`);
	await expect(mark.locator('title')).toHaveText(`${formatDate('en', '2009-06')} — ${kindLabel('en', june.kind)} — ${june.label.en}`);
	// In the chart, from left to right, the marks follow time (2009, June 2009, 2019).
	const left = (id: string) => region.locator(`.tl-mark[data-id="${id}"] rect`).evaluate((r) => r.getBoundingClientRect().left);
	const [x2009, xJune, x2019] = await Promise.all(dreux.map((e) => left(e.id)));
	expect(x2009!).toBeLessThanOrEqual(xJune!);
	expect(xJune!).toBeLessThan(x2019!);
	// French labels on the French page; nothing of the timeline or D3 is loaded on any case page.
	await page.goto('fr/cases/phone-marketing-dreux/');
	await expect(page.locator('.tl-case .tl-lane-label')).toHaveText(t('fr', 'timeline.lane.reshoring'));
	await expect(page.locator('.tl-case .tl-tick text').first()).toHaveText(/^\d{4}$/);
	expect(caseTimeline(events, corpus, 'keyyo-casablanca-abbeville')).toEqual([]);
	await page.goto('en/cases/keyyo-casablanca-abbeville/');
	await expect(page.locator('.tl-case')).toHaveCount(0);
	// The pages have other scripts (search box, citation panel), but nothing of the timeline or D3.
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((s) => /timeline|Timeline|chart|d3|element/i.test(s.split('/').pop()!))).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline page is a complete chronological table', async ({ page }) => {
		await page.goto('en/timeline/');
		await expect(page.getByRole('table')).toBeVisible();
		await expect(visibleRows(page)).toHaveCount(TOTAL);
		// In time order: the first and the last event of the corpus, and Dreux's 550 staff in their place.
		await expect(visibleRows(page).first()).toContainText(formatDate('en', events[0]!.date));
		await expect(visibleRows(page).first()).toContainText(events[0]!.label.en);
		await expect(visibleRows(page).last()).toContainText(events[TOTAL - 1]!.label.en);
		await expect(visibleRows(page).nth(indexOf('case/phone-marketing-dreux/2'))).toContainText(
			jobFigureText('en', events[indexOf('case/phone-marketing-dreux/2')]!.jobs[0]!),
		);
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
	expect(data.events).toEqual(JSON.parse(JSON.stringify(events)));
	expect(data.events[indexOf('case/phone-marketing-dreux/1')]).toMatchObject({
		id: 'case/phone-marketing-dreux/1',
		date: '2009',
		precision: 'year',
		start: '2009-01-01',
		end: '2010-01-01',
	});
});
