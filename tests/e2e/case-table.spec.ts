/** The case table on the fixture corpus (tests/fixtures/site: 17 cases), with the counts and orders read from its files. */
import { expect, test } from './fixtures.ts';

const TOTAL = 17;
const bodyRows = (page: import('@playwright/test').Page) => page.locator('tbody tr:visible');
const companies = (page: import('@playwright/test').Page) => bodyRows(page).locator('th a').allInnerTexts();
/** The companies of the fixture, A to Z (Teleperformance has two cases). */
const BY_COMPANY = [
	'Air France',
	'American Express GBT France',
	'Delta Air Lines',
	'Keyyo',
	'Lenovo',
	'Phone Marketing',
	'Risc Group',
	'Rogers Communications',
	'SFR-Numericable',
	'Taxis Bleus',
	'Teleperformance',
	'Teleperformance',
	'Telus International',
	'United Airlines',
	'Vodafone UK',
	'Webhelp',
	'Westpac',
];

test('the case table filters, counts, sorts and keeps its state in the URL', async ({ page }) => {
	await page.goto('en/cases/');
	await expect(bodyRows(page)).toHaveCount(TOTAL);
	await expect(page.getByRole('status')).toHaveText('17 of 17 cases shown');

	// Morocco as origin or destination: Amex GBT, Keyyo, Risc Group, SFR-Numericable, Taxis Bleus and Teleperformance (two cases).
	await page.getByLabel('Country').selectOption('MA');
	await expect(bodyRows(page)).toHaveCount(7);
	await expect(page.getByRole('status')).toHaveText('7 of 17 cases shown');
	for (const row of await bodyRows(page).all()) await expect(row).toContainText('Morocco');
	expect(new URL(page.url()).searchParams.get('country')).toBe('MA');

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(bodyRows(page)).toHaveCount(TOTAL);

	await page.getByRole('button', { name: 'Company' }).click();
	await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
	expect(await companies(page)).toEqual(BY_COMPANY);
	await page.getByRole('button', { name: 'Company' }).click();
	await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'descending');
	expect(await companies(page)).toEqual([...BY_COMPANY].reverse());

	// Undated cases (Keyyo, Taxis Bleus, Teleperformance in Tunisia) go last whatever the direction.
	await page.getByRole('button', { name: 'Year' }).click();
	const years = await bodyRows(page).locator('td:nth-child(6)').allInnerTexts();
	expect(years).toEqual([
		'2008',
		'2009',
		'2009',
		'2009',
		'2010',
		'2011',
		'2013',
		'2013',
		'2015',
		'2017',
		'2017',
		'2019',
		'2020',
		'2020',
		'undated',
		'undated',
		'undated',
	]);
	await page.getByRole('button', { name: 'Year' }).click();
	expect(await bodyRows(page).locator('td:nth-child(6)').allInnerTexts()).toEqual([
		'2020',
		'2020',
		'2019',
		'2017',
		'2017',
		'2015',
		'2013',
		'2013',
		'2011',
		'2010',
		'2009',
		'2009',
		'2009',
		'2008',
		'undated',
		'undated',
		'undated',
	]);
});

test('a shared table URL restores filters and sort', async ({ page }) => {
	await page.goto('fr/cases/?year=2009&sort=company&dir=desc');
	await expect(page.getByLabel('Année')).toHaveValue('2009');
	await expect(page.getByRole('columnheader', { name: 'Entreprise' })).toHaveAttribute('aria-sort', 'descending');
	expect(await companies(page)).toEqual(['United Airlines', 'Phone Marketing', 'Delta Air Lines']);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table is complete and the filters still work', async ({ page }) => {
		await page.goto('fr/cases/');
		await expect(bodyRows(page)).toHaveCount(TOTAL);
		// The live count needs JavaScript, so it is not shown at all rather than shown wrong.
		await expect(page.getByRole('status')).toBeHidden();
		await page.getByLabel('Mouvement').selectOption('reshoring');
		await expect(bodyRows(page)).toHaveCount(10);
		// Telecom returns: Keyyo, Rogers, Vodafone UK; of them only Keyyo's involves Morocco.
		await page.getByLabel('Secteur').selectOption('telecom');
		await expect(bodyRows(page)).toHaveCount(3);
		expect((await companies(page)).sort()).toEqual(['Keyyo', 'Rogers Communications', 'Vodafone UK']);
		await page.getByLabel('Pays').selectOption('MA');
		await expect(bodyRows(page)).toHaveCount(1);
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
