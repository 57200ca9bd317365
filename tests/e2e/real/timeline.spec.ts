/**
 * The timeline of the whole corpus: what needs its density (events of one lane sharing a year or a
 * month, drawn as one bar with a count). The timeline's behaviour is tested on the fixture corpus (timeline.spec.ts).
 */
import { expect, test } from '../fixtures.ts';
import type { Page } from '@playwright/test';

/** Opens the timeline page (path relative to the base) once its chart is drawn and wired: it loads after the first paint. */
async function openTimeline(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('orca-timeline[data-ready]')).toHaveCount(1);
}

const viewParam = (page: Page) => new URL(page.url()).searchParams.get('view');

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
