/** Search on the whole corpus: every case of the second batch is found by its company name; the fixture's queries still find their page. */
import { expect, test } from '../fixtures.ts';
import { loadContent } from '../../../src/build/content.ts';
import { REAL } from '../builds.ts';
import { FORGIVEN, TOP } from '../search-queries.ts';

test('every case published in the second batch is found by its company name, in both languages', async ({ page }) => {
	test.slow();
	const added = loadContent(REAL.content)
		.cases.filter((c) => c.data.firstPublished === '2026-12-04')
		.map((c) => ({ slug: c.id, company: c.data.company }));
	expect(added.length).toBeGreaterThan(40);
	for (const lang of ['fr', 'en'] as const) {
		await page.goto(`${lang}/search/`);
		const missing = await page.evaluate(
			async ({ added, lang }) => {
				const base = document
					.querySelector('link[rel="icon"]')!
					.getAttribute('href')!
					.replace(/favicon\.svg$/, '');
				const pagefind = (await import(`${base}pagefind/pagefind.js`)) as {
					init(): Promise<void>;
					search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
				};
				await pagefind.init();
				const notFound: string[] = [];
				for (const { slug, company } of added) {
					const { results } = await pagefind.search(company);
					const urls = await Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
					if (!urls.some((u) => u.split('?')[0]!.endsWith(`/${lang}/cases/${slug}/`))) notFound.push(`${company} (${slug})`);
				}
				return notFound;
			},
			{ added, lang },
		);
		expect(missing, `${lang}: not in the first ten results for its company name`).toEqual([]);
	}
});

test('on the whole corpus, names come first and forgiving queries find their page among the first three', async ({ page }) => {
	// Ranking is tested on the fixture corpus (search.spec.ts); here the same queries compete with every page.
	test.setTimeout(300_000);
	const titles = () => page.getByRole('list', { name: /Résultats|Results/ }).getByRole('heading', { level: 3 });
	const missed: string[] = [];
	for (const { lang, q, top, within } of TOP) {
		await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('status')).toHaveText(/\d|Aucun|No results/);
		await expect(titles().first()).toBeVisible();
		if (!(await titles().allTextContents()).slice(0, within ?? 1).includes(top)) missed.push(`${lang}: "${q}" → ${top}`);
	}
	for (const { lang, q, expected } of FORGIVEN) {
		await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('status')).toHaveText(/\d|Aucun|No results/);
		await expect(titles().first()).toBeVisible();
		const links = await titles()
			.getByRole('link')
			.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*?\/(?:fr|en)\//, '')));
		if (!links.includes(expected)) missed.push(`${lang}: "${q}" → ${expected}`);
	}
	expect(missed).toEqual([]);
});
