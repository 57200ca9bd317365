/** Search on the real corpus: every case of the second batch is found by its company name. */
import { expect, test } from '../fixtures.ts';
import { loadContent } from '../../../src/build/content.ts';
import { REAL } from '../builds.ts';

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
