import { loadContent } from '../../src/build/content.ts';
import { expect, test } from './fixtures.ts';

const { cases } = loadContent();
type Case = (typeof cases)[number];
const countWhere = (predicate: (c: Case) => boolean) => cases.filter(predicate).length;
const touches = (country: string) => (c: Case) => [...c.data.from, ...c.data.to].some((l) => l.country === country);
const bodyRows = (page: import('@playwright/test').Page) => page.locator('tbody tr:visible');
const companies = (page: import('@playwright/test').Page) => bodyRows(page).locator('th a').allInnerTexts();

test('the case table filters, counts, sorts and keeps its state in the URL', async ({ page }) => {
	await page.goto('en/cases/');
	await expect(bodyRows(page)).toHaveCount(cases.length);
	await expect(page.getByRole('status')).toHaveText(`${cases.length} of ${cases.length} cases shown`);

	const morocco = countWhere(touches('MA'));
	expect(morocco).toBeGreaterThan(0);
	await page.getByLabel('Country').selectOption('MA');
	await expect(bodyRows(page)).toHaveCount(morocco);
	await expect(page.getByRole('status')).toHaveText(`${morocco} of ${cases.length} cases shown`);
	for (const row of await bodyRows(page).all()) await expect(row).toContainText('Morocco');
	expect(new URL(page.url()).searchParams.get('country')).toBe('MA');

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(bodyRows(page)).toHaveCount(cases.length);

	const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
	await page.getByRole('button', { name: 'Company' }).click();
	await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
	const ascending = await companies(page);
	expect(ascending).toEqual([...ascending].sort(byName));
	await page.getByRole('button', { name: 'Company' }).click();
	await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'descending');
	expect(await companies(page)).toEqual([...ascending].sort(byName).reverse());

	// Undated cases go last whatever the direction.
	await page.getByRole('button', { name: 'Year' }).click();
	const years = await bodyRows(page).locator('td:nth-child(6)').allInnerTexts();
	const dated = years.filter((y) => y !== 'undated');
	expect(dated.length).toBe(countWhere((c) => c.data.date !== undefined));
	expect(years).toEqual([...dated.sort(), ...years.filter((y) => y === 'undated')]);
	await page.getByRole('button', { name: 'Year' }).click();
	const descending = await bodyRows(page).locator('td:nth-child(6)').allInnerTexts();
	expect(descending.slice(dated.length)).toEqual(years.filter((y) => y === 'undated'));
});

test('a shared table URL restores filters and sort', async ({ page }) => {
	const in2009 = cases.filter((c) => c.data.date?.startsWith('2009'));
	await page.goto('fr/cases/?year=2009&sort=company&dir=desc');
	await expect(page.getByLabel('Année')).toHaveValue('2009');
	await expect(bodyRows(page)).toHaveCount(in2009.length);
	await expect(page.getByRole('columnheader', { name: 'Entreprise' })).toHaveAttribute('aria-sort', 'descending');
	const names = await companies(page);
	expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'fr', { sensitivity: 'base', numeric: true })));
	expect(names).toContain('Phone Marketing');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table is complete and the filters still work', async ({ page }) => {
		await page.goto('fr/cases/');
		await expect(bodyRows(page)).toHaveCount(cases.length);
		// The live count needs JavaScript, so it is not shown at all rather than shown wrong.
		await expect(page.getByRole('status')).toBeHidden();
		await page.getByLabel('Mouvement').selectOption('reshoring');
		await expect(bodyRows(page)).toHaveCount(countWhere((c) => c.data.movement === 'reshoring'));
		await page.getByLabel('Secteur').selectOption('telecom');
		await expect(bodyRows(page)).toHaveCount(countWhere((c) => c.data.movement === 'reshoring' && c.data.sector === 'telecom'));
		await page.getByLabel('Pays').selectOption('MA');
		await expect(bodyRows(page)).toHaveCount(
			countWhere((c) => c.data.movement === 'reshoring' && c.data.sector === 'telecom' && touches('MA')(c)),
		);
		await expect(bodyRows(page).filter({ hasText: 'Keyyo' })).toHaveCount(1);
	});

	test('case and document pages are readable', async ({ page }) => {
		await page.goto('en/cases/phone-marketing-dreux/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Timeline of the case' }).getByRole('listitem')).toHaveCount(3);
		await page.goto('en/documents/qe-15-10719/');
		await expect(page.getByRole('region', { name: 'Record' })).toContainText('Yannick Haury');
	});
});
