import { loadContent } from '../../scripts/lib/content.ts';
import { expect, sitePages, test } from './fixtures.ts';

const pages = sitePages();

test('the site has every page type in both languages', () => {
	for (const lang of ['fr', 'en'])
		for (const path of ['', 'cases/', 'cases/keyyo-casablanca-abbeville/', 'cases/phone-marketing-dreux/', 'documents/', 'documents/qe-15-10719/', 'methodology/', 'whats-new/', 'corrections/'])
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
	await expect(facts).toContainText('400 announced');
	await expect(facts).toContainText('550 observed');
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
	await expect(page.getByRole('link', { name: 'Lire le texte officiel' })).toHaveAttribute('href', 'https://questions.assemblee-nationale.fr/q15/15-10719QE.htm');
});

test('the home page counts the corpus from the content itself', async ({ page }) => {
	const corpus = loadContent();
	await page.goto('en/');
	await expect(page.getByRole('link', { name: /documented cases/ }).locator('strong')).toHaveText(corpus.cases.length.toLocaleString('en-GB'));
	await expect(page.getByRole('link', { name: /official documents/ }).locator('strong')).toHaveText(String(corpus.documents.length));
	await expect(page.getByRole('link', { name: /cited sources/ }).locator('strong')).toHaveText(corpus.sources.length.toLocaleString('en-GB'));
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
