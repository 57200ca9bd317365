import { csvParse } from 'd3';
import { expect, test } from './fixtures.ts';

test('the data page links every download, with the version and the licence', async ({ page, request }) => {
	await page.goto('en/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
	const version = (await page.locator('[data-version]').textContent())!;
	const json = (await (await request.get('data/cases.json')).json()) as {
		version: { date: string; hash: string };
		licence: { name: string };
		count: number;
		cases: unknown[];
	};
	expect(version).toBe(`${json.version.date}, content hash ${json.version.hash}`);
	expect(json.licence.name).toBe('CC BY 4.0');
	expect(json.cases).toHaveLength(json.count);
	await expect(page.getByRole('link', { name: 'CC BY 4.0' }).first()).toHaveAttribute(
		'href',
		'https://creativecommons.org/licenses/by/4.0/',
	);
	for (const name of ['cases.json', 'cases.csv', 'schema/case.schema.json', 'schema/cases.schema.json', 'datapackage.json']) {
		const link = page.getByRole('link', { name, exact: true });
		const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
		expect(response.status(), name).toBe(200);
	}
	const pkg = (await (await request.get('data/datapackage.json')).json()) as { version: string };
	expect(pkg.version).toBe(`${json.version.date}+${json.version.hash}`);
});

test('the CSV is RFC 4180 with a BOM, one row per case, matching the JSON', async ({ request }) => {
	const body = await (await request.get('data/cases.csv')).body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = body.toString('utf8').slice(1);
	expect(text).toContain('\r\n');
	const rows = csvParse(text);
	const json = (await (await request.get('data/cases.json')).json()) as { cases: { id: string; company: string }[] };
	expect(rows.map((r) => r.id)).toEqual(json.cases.map((c) => c.id));
	const dreux = rows.find((r) => r.id === 'phone-marketing-dreux')!;
	// The latest columns hold only comparable figures (moved, created, cut), with their measure; head counts are listed, never summed.
	expect([dreux.announced_jobs, dreux.announced_jobs_measure, dreux.announced_jobs_date]).toEqual(['400', 'created', '']);
	expect([dreux.observed_jobs, dreux.observed_jobs_measure, dreux.observed_jobs_date]).toEqual(['', '', '']);
	expect(dreux.job_figures_list).toBe(
		'400 created announced - company;550 site-staff observed 2019 company;700 site-staff announced - company',
	);
	expect(rows.find((r) => r.id === 'keyyo-casablanca-abbeville')!.job_figures_list).toBe('11 created observed - -');
});

test('the data dictionary lists every CSV column and JSON field in both languages', async ({ page, request }) => {
	const csv = (await (await request.get('data/cases.csv')).text()).replace(/^\uFEFF/, '');
	const columns = csv.split('\r\n')[0]!.split(',');
	for (const lang of ['fr', 'en']) {
		await page.goto(`${lang}/data/`);
		const table = page.locator('#csv-columns + .table-scroll table');
		await expect(table.locator('tbody tr')).toHaveCount(columns.length);
		for (const column of columns) await expect(table.locator(`#csv-${column} td`).last()).not.toBeEmpty();
	}
	await expect(page.locator('#field-movement')).toContainText('reshoring');
	await expect(page.locator('#field-movement')).toContainText('Reshoring');
	await expect(page.locator('#field-jobs-kind')).toContainText('observed');
	await page.goto('fr/data/');
	await expect(page.locator('#field-movement')).toContainText('Relocalisation');
});
