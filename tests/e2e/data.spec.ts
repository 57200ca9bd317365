import { csvParse } from 'd3';
import { expect, test } from './fixtures.ts';
import { loadContent } from '../../src/build/content.ts';
import { jobFigureItem } from '../../src/lib/open-data/cases.ts';
import { latestComparable } from '../../src/lib/job-figures.ts';

test('the data page links every download, with the version and the licence', async ({ page, request }) => {
	await page.goto('en/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
	const version = (await page.locator('[data-version]').textContent())!;
	const json = (await (await request.get('data/cases.json')).json()) as { version: { date: string; hash: string }; licence: { name: string }; count: number; cases: unknown[] };
	expect(version).toBe(`${json.version.date}, content hash ${json.version.hash}`);
	expect(json.licence.name).toBe('CC BY 4.0');
	expect(json.cases).toHaveLength(json.count);
	await expect(page.getByRole('link', { name: 'CC BY 4.0' }).first()).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
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
	// The latest columns hold only comparable figures (moved, created, cut), with their measure; every figure is listed with its measure.
	const jobs = loadContent().cases.find((c) => c.id === 'phone-marketing-dreux')!.data.jobs;
	expect(jobs.map((j) => [j.count, j.kind])).toEqual(expect.arrayContaining([[400, 'announced'], [550, 'observed']]));
	for (const kind of ['announced', 'observed'] as const) {
		const figure = latestComparable(jobs, kind);
		expect(dreux[`${kind}_jobs`]).toBe(figure ? String(figure.count) : '');
		expect(dreux[`${kind}_jobs_measure`]).toBe(figure?.measure ?? '');
		expect(dreux[`${kind}_jobs_date`]).toBe(figure?.date ?? '');
	}
	expect(dreux.job_figures_list).toBe(jobs.map(jobFigureItem).join(';'));
	expect(dreux.job_figures_list).toMatch(/(^|;)400 \S+ announced 2009-06 \S+(;|$)/);
	expect(dreux.job_figures_list).toMatch(/(^|;)550 \S+ observed 2019 \S+(;|$)/);
	expect(rows.find((r) => r.id === 'keyyo-casablanca-abbeville')!.announced_jobs).toBe('');
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
