import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, listedAndDrawn, sitePages, test } from './fixtures.ts';

test('the site has every page type in both languages', ({ build }) => {
	const pages = sitePages(build);
	for (const lang of ['fr', 'en'])
		for (const path of [
			'',
			'cases/',
			'cases/keyyo-casablanca-abbeville/',
			'cases/phone-marketing-dreux/',
			'documents/',
			'documents/qe-15-10719/',
			'methodology/',
			'whats-new/',
			'corrections/',
		])
			expect(pages).toContain(`${lang}/${path}`);
});

test('the language switch lands on the same page in the other language', async ({ page, baseURL }) => {
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new URL('en/cases/keyyo-casablanca-abbeville/', baseURL).href);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyyo brings its customer service back from Casablanca to Abbeville');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(new URL('fr/cases/keyyo-casablanca-abbeville/', baseURL).href);
});

test('a case page shows its facts, announced and observed figures apart, quotes and sources', async ({ page }) => {
	await page.goto('en/cases/phone-marketing-dreux/');
	const facts = page.getByRole('region', { name: 'Fact sheet' });
	// Each figure with its measure, kind, date and claimant; head counts marked as context.
	await expect(facts).toContainText('400 created, announced, according to the company');
	await expect(facts).toContainText('550 site staff, observed, 2019, according to the company (head count, given as context)');
	await expect(facts).toContainText('700 site staff, announced, according to the company (head count, given as context)');
	await expect(facts).toContainText('Dreux (Eure-et-Loir), France');
	const timeline = page.getByRole('region', { name: 'Timeline of the case' });
	await expect(timeline.getByRole('listitem')).toHaveCount(3);
	await expect(timeline.getByRole('listitem').first()).toContainText('2009');
	await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(3);

	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	await expect(page.getByRole('region', { name: 'Fiche' })).toContainText('environ 150 000 €');
	await expect(page.getByRole('region', { name: 'Citations' }).locator('blockquote[lang=fr]')).toHaveCount(2);
	await expect(page.getByRole('region', { name: 'Fiche' })).toContainText('date inconnue');
	// Every [n] mark points at an entry of the page's bibliography.
	for (const href of await page.locator('sup.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
		await expect(page.locator(href)).toHaveCount(1);
});

test('the document page gives the record and links to the official text', async ({ page }) => {
	await page.goto('fr/documents/qe-15-10719/');
	const record = page.getByRole('region', { name: 'Références' });
	await expect(record).toContainText('Yannick Haury');
	await expect(record).toContainText('17 juillet 2018, page 6253');
	await expect(record).toContainText('14 août 2018, page 7347');
	await expect(record).toContainText('15e législature');
	await expect(page.getByRole('link', { name: 'Lire le texte officiel' })).toHaveAttribute(
		'href',
		'https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
	);
});

test('the home page counts the corpus: 17 cases, 4 documents, 62 sources', async ({ page }) => {
	await page.goto('en/');
	await expect(page.getByRole('link', { name: /documented cases/ }).locator('strong')).toHaveText('17');
	await expect(page.getByRole('link', { name: /official documents/ }).locator('strong')).toHaveText('4');
	await expect(page.getByRole('link', { name: /cited sources/ }).locator('strong')).toHaveText('62');
});

test('unknown URLs get the bilingual 404 page', async ({ page, consoleErrors }) => {
	const response = await page.goto('fr/no-such-page/');
	expect(response?.status()).toBe(404);
	// The browser logs the 404 response itself; nothing else may be logged.
	expect(consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
	consoleErrors.length = 0;
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Page introuvable');
});

test('the root sends readers to the French home', async ({ page, baseURL }) => {
	await page.goto('');
	await expect(page).toHaveURL(new URL('fr/', baseURL).href);
});

test("every case page's event list and its chart show the same events", ({ build }) => {
	const casePages = sitePages(build).filter((p) => /^(fr|en)\/cases\/[^/]+\/$/.test(p));
	expect(casePages.length).toBe(34);
	for (const path of casePages) {
		const html = readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
		const { listed, drawn } = listedAndDrawn(html);
		expect(drawn, `${path}: marks drawn`).toBe(listed);
	}
});

test('a case dated only as a whole lists that date as its one step', async ({ page }) => {
	await page.goto('en/cases/united-airlines-2009-partial-return/');
	const timeline = page.getByRole('region', { name: 'Timeline of the case' });
	await expect(timeline.getByRole('listitem')).toHaveCount(1);
	await expect(timeline.getByRole('listitem')).toContainText('the move (the only date the sources give)');
	await expect(timeline).not.toContainText('The sources date no step of this case');
});

test("a merged case's former URL redirects to the page that replaced it, and is not in the sitemap", async ({ page, baseURL, build }) => {
	const pages = sitePages(build);
	await page.goto('en/cases/rogers-canada-repatriation-2020/');
	await expect(page).toHaveURL(new URL('en/cases/rogers-2020-2023-canada-onshore/', baseURL).href);
	expect(pages).not.toContain('en/cases/rogers-canada-repatriation-2020/');
	expect(pages).toContain('en/cases/rogers-2020-2023-canada-onshore/');
});

test('the home and methodology pages state how rare returns to France are, with counts and the cases', async ({ page }) => {
	for (const path of ['en/', 'en/methodology/']) {
		await page.goto(path);
		const finding = page.getByRole('region', { name: 'Returns to France are rare' });
		// Leaving France: Air France, Amex GBT, Telus International (Romania), Teleperformance (2010), Webhelp; back: the four below.
		await expect(finding).toContainText(
			'ORCA documents 5 cases of customer-contact work leaving France (offshoring or nearshoring) and 4 cases of work coming back to France.',
		);
		await expect(finding.getByRole('listitem')).toHaveText([
			'Risc Group (16 December 2008)',
			'Phone Marketing (June 2009)',
			'Keyyo',
			'Taxis Bleus',
		]);
		await expect(finding.getByRole('link', { name: 'Keyyo' })).toHaveAttribute('href', /\/en\/cases\/keyyo-casablanca-abbeville\/$/);
	}
});
