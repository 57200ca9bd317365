/** Records over time: history, report link, archived copies of sources (Robust Links), the Atom feed and What's new. */
import { expect, test } from './fixtures.ts';

const base = process.env.ORCA_BASE ?? '/';

test('a source of a case page offers an archived copy, with Robust Links attributes', async ({ page }) => {
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	const item = page.locator('#source-silicon-contre-courant');
	const original = item.locator('a').first();
	const href = (await original.getAttribute('href'))!;
	expect(href).toBe(
		'https://silicon.fr/Thematique/cloud-1370/Breves/A-contre-courant-quand-les-centres-d-appels-sont-rapatries-421933/amp.htm',
	);
	// The case was first published on 2026-11-22: the capture closest to that day.
	await expect(original).toHaveAttribute('data-versionurl', `https://web.archive.org/web/20261122/${href}`);
	await expect(original).toHaveAttribute('data-versiondate', '2026-11-22');
	const archived = item.getByRole('link', { name: /copie archivée/i });
	await expect(archived).toBeVisible();
	await expect(archived).toHaveText('copie archivée');
	await expect(archived).toHaveAttribute('href', `https://web.archive.org/web/20261122/${href}`);
	await expect(archived).toHaveAttribute('data-originalurl', href);
	await expect(archived).toHaveAttribute('data-versiondate', '2026-11-22');
});

test('every page links its language’s Atom feed in its head; the feed is served', async ({ page, request }) => {
	for (const [path, lang, title] of [
		['fr/', 'fr', 'ORCA — Nouveautés (fil Atom, français)'],
		['en/cases/keyyo-casablanca-abbeville/', 'en', 'ORCA — What’s new (Atom feed, English)'],
	] as const) {
		await page.goto(path);
		const link = page.locator('head link[rel=alternate][type="application/atom+xml"]');
		await expect(link).toHaveCount(1);
		await expect(link).toHaveAttribute('href', `${base}${lang}/feed.xml`);
		await expect(link).toHaveAttribute('title', title);
		const response = await request.get(`${lang}/feed.xml`);
		expect(response.ok()).toBe(true);
		const xml = await response.text();
		expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
		expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="https://orca.example.org${base}${lang}/feed.xml"/>`);
	}
});

test('a case page shows its history, with the current version of the cite panel, and a report link', async ({ page }) => {
	await page.goto('en/cases/keyyo-casablanca-abbeville/');
	const history = page.getByRole('region', { name: 'History' });
	await expect(history).toContainText('First published.');
	const versions = await history.locator('.history-version code').allTextContents();
	expect(versions.length).toBeGreaterThan(0);
	await expect(history.locator('li').last()).toContainText('current version');
	const panelVersion = (await page.locator('.cite-version').textContent())!.match(/Version ([0-9a-f]{8})/)![1];
	expect(versions.at(-1)).toBe(panelVersion);
	const report = history.getByRole('link', { name: 'Report an error or suggest a case' });
	const href = new URL((await report.getAttribute('href'))!);
	expect(href.pathname).toMatch(/\/issues\/new$/);
	expect(href.searchParams.get('title')).toBe('Correction: Keyyo brings its customer service back from Casablanca to Abbeville');
	expect(href.searchParams.get('body')).toContain(
		`Page: https://orca.example.org${base}en/cases/keyyo-casablanca-abbeville/\nVersion: ${panelVersion}`,
	);
	await history.getByRole('link', { name: 'How corrections are made' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
});

test('What’s new lists publications and changes newest first, each linking its record', async ({ page }) => {
	await page.goto('fr/whats-new/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouveautés');
	const dates = await page.locator('.change-log-date time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
	expect(dates.length).toBeGreaterThan(0);
	expect([...dates].sort().reverse()).toEqual(dates);
	await page.getByRole('link', { name: /Keyyo/ }).first().click();
	await expect(page).toHaveURL(/\/fr\/cases\/keyyo-casablanca-abbeville\//);
});
