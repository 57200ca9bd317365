/** Figures 6 and 7 (adviser pay, offshore share): chart, table, caveats and each point's source, in both languages. */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { t } from '../../../src/i18n/index.ts';

// Read from the `series` points of content/context/*.yaml: adviser pay has 9 points (Morocco 5, Tunisia 2,
// Madagascar 2) from 9 sources, none a range; the offshore share has 12 points from 7 sources, one of
// them a range (19 to 23 %, SP2C and BearingPoint, 2007).
const FIGURES = [
	{ id: 'fig-pay', name: 'pay', points: 9, ranges: 0, sources: 9 },
	{ id: 'fig-share', name: 'share', points: 12, ranges: 1, sources: 7 },
] as const;
const figure = (page: Page, id: string) => page.locator(`#${id}`);

for (const lang of ['fr', 'en'] as const)
	test(`${lang}: the series figures show their chart, every value in the table and each point's source`, async ({ page }) => {
		await page.goto(`${lang}/figures/`);
		for (const { id, name, points, ranges, sources } of FIGURES) {
			const fig = figure(page, id);
			await expect(fig.locator('figcaption')).toContainText(t(lang, `fig.${name}.title`));
			await expect(page.locator(`.figure-index a[href="#${id}"]`)).toBeVisible();
			// One table row and one drawn mark per point; a range is one mark with a dot at each end.
			await expect(fig.locator('table tbody tr')).toHaveCount(points);
			await expect(fig.locator('svg.chart g.mark')).toHaveCount(points);
			await expect(fig.locator('svg.chart path.point')).toHaveCount(points + ranges);
			// Caveats in plain words, and the source line linking every point's source.
			await expect(fig.locator('.chart-notes li')).toHaveCount(name === 'pay' ? 4 : 3);
			await expect(fig.locator('.chart-sources a')).toHaveCount(sources);
			await expect(fig.locator('.source-line').last()).toContainText('CC BY 4.0');
			// Its data is not in cases.csv: the source line points to the page's data file, which holds its CSV.
			await expect(fig.locator('.source-line').last().getByRole('link')).toHaveAttribute(
				'href',
				new RegExp(`/${lang}/figures/data\\.json$`),
			);
		}
		// Two literal points of the real content, as their sources state them.
		await figure(page, 'fig-share')
			.locator('summary', { hasText: t(lang, 'fig.table') })
			.click();
		await expect(figure(page, 'fig-share').locator('tbody tr', { hasText: lang === 'fr' ? '19 % à 23 %' : '19% to 23%' })).toHaveCount(1);
		await figure(page, 'fig-pay')
			.locator('summary', { hasText: t(lang, 'fig.table') })
			.click();
		await expect(
			figure(page, 'fig-pay').locator('tbody tr', { hasText: lang === 'fr' ? '360 TND par mois' : 'TND 360 a month' }),
		).toHaveCount(1);
	});

test('the series figures are in the figures data, with a CSV of every point', async ({ request }) => {
	const data = await (await request.get('en/figures/data.json')).json();
	for (const { id, points } of FIGURES) {
		const csv: string = data[id].csv;
		expect(csv.trim().split('\r\n')).toHaveLength(points + 1);
		expect(data[id].spec.kind).toBe('points');
	}
	// Currencies are never drawn on one axis: one panel per currency (and pay apart from employer cost).
	const panels: { label: string }[] = data['fig-pay'].spec.panels;
	expect(panels.map((p) => p.label)).toEqual(['Pay, EUR', 'Cost to the employer, EUR', 'Pay, MAD', 'Pay, TND']);
});
