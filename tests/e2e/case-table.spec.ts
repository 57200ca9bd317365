import { expect, test } from './fixtures.ts';

const bodyRows = (page: import('@playwright/test').Page) => page.locator('tbody tr:visible');

test('the case table filters, counts, sorts and keeps its state in the URL', async ({ page }) => {
	await page.goto('en/cases/');
	await expect(bodyRows(page)).toHaveCount(2);
	await expect(page.getByRole('status')).toHaveText('2 of 2 cases shown');

	await page.getByLabel('Country').selectOption('MA');
	await expect(bodyRows(page)).toHaveCount(1);
	await expect(bodyRows(page).first()).toContainText('Keyyo');
	await expect(page.getByRole('status')).toHaveText('1 of 2 cases shown');
	expect(new URL(page.url()).searchParams.get('country')).toBe('MA');

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(bodyRows(page)).toHaveCount(2);

	await page.getByRole('button', { name: 'Company' }).click();
	await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
	await expect(bodyRows(page).first()).toContainText('Keyyo');
	await page.getByRole('button', { name: 'Company' }).click();
	await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'descending');
	await expect(bodyRows(page).first()).toContainText('Phone Marketing');

	await page.getByRole('button', { name: 'Year' }).click();
	// Undated cases go last whatever the direction.
	await expect(bodyRows(page).last()).toContainText('Keyyo');
});

test('a shared table URL restores filters and sort', async ({ page }) => {
	await page.goto('fr/cases/?year=2009&sort=company&dir=desc');
	await expect(page.getByLabel('Année')).toHaveValue('2009');
	await expect(bodyRows(page)).toHaveCount(1);
	await expect(bodyRows(page).first()).toContainText('Phone Marketing');
	await expect(page.getByRole('columnheader', { name: 'Entreprise' })).toHaveAttribute('aria-sort', 'descending');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table is complete and the filters still work', async ({ page }) => {
		await page.goto('fr/cases/');
		await expect(bodyRows(page)).toHaveCount(2);
		// The live count needs JavaScript, so it is not shown at all rather than shown wrong.
		await expect(page.getByRole('status')).toBeHidden();
		await page.getByLabel('Mouvement').selectOption('reshoring');
		await expect(bodyRows(page)).toHaveCount(2);
		await page.getByLabel('Secteur').selectOption('telecom');
		await expect(bodyRows(page)).toHaveCount(1);
		await expect(bodyRows(page).first()).toContainText('Keyyo');
		await page.getByLabel('Pays').selectOption('FR');
		await page.getByLabel('Année').selectOption('2009');
		await expect(bodyRows(page)).toHaveCount(0);
	});

	test('case and document pages are readable', async ({ page }) => {
		await page.goto('en/cases/phone-marketing-dreux/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Timeline of the case' }).getByRole('listitem')).toHaveCount(3);
		await page.goto('en/documents/qe-15-10719/');
		await expect(page.getByRole('region', { name: 'Record' })).toContainText('Yannick Haury');
	});
});
