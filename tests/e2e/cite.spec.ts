import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const ORCA = {
	fr: "ORCA — Observatoire de la relocalisation des centres d'appels",
	en: 'ORCA — Observatory of call-centre relocation',
} as const;
const citable = [
	['fr/cases/keyyo-casablanca-abbeville/', 'case'],
	['en/cases/phone-marketing-dreux/', 'case'],
	['fr/documents/qe-15-10719/', 'document'],
	['en/documents/qe-15-10719/', 'document'],
	['fr/methodology/', 'methodology'],
	['en/methodology/', 'methodology'],
	['fr/sources/', 'sources'],
	['en/sources/', 'sources'],
] as const;

for (const [path, kind] of citable) {
	test(`${path} (${kind}) carries citation metadata for reference managers`, async ({ page }) => {
		await page.goto(path);
		const meta = (name: string) => page.locator(`meta[name="${name}"]`);
		const content = async (name: string) => (await meta(name).getAttribute('content'))!;
		const lang = path.slice(0, 2) as 'fr' | 'en';
		await expect(meta('DC.type')).toHaveAttribute('content', 'webpage');
		expect(await content('citation_title')).toBe(await page.getByRole('heading', { level: 1 }).textContent());
		await expect(meta('citation_author')).toHaveCount(1);
		// The trailing comma keeps the organisation one name in Zotero (see citationAuthor() in meta.ts).
		await expect(meta('citation_author')).toHaveAttribute('content', `${ORCA[lang]},`);
		await expect(meta('DC.creator')).toHaveAttribute('content', ORCA[lang]);
		expect(await content('citation_date')).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
		expect(await content('DCTERMS.modified')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await page.locator('meta[property="og:site_name"]').getAttribute('content')).toMatch(/^ORCA/);
		expect(await content('citation_public_url')).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
		await expect(meta('citation_language')).toHaveAttribute('content', lang);
		expect((await content('citation_abstract')).length).toBeGreaterThan(20);
		await expect(meta('DC.rights')).toHaveAttribute('content', 'https://creativecommons.org/licenses/by/4.0/');
		await expect(page.locator('.Z3988')).toHaveCount(0);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(jsonLd).toMatchObject({
			'@type': 'Article',
			headline: await content('citation_title'),
			inLanguage: lang,
			url: await content('citation_public_url'),
		});

		const panel = page.getByRole('region', { name: lang === 'fr' ? 'Citer cette page' : 'Cite this page' });
		await expect(panel).toContainText(/Version [0-9a-f]{8}/);
		// A document page lists the styles twice: the page's reference, then the original document's.
		for (const style of ['APA 7', 'Chicago', 'MLA 9', 'ISO 690'])
			await expect(panel.getByText(style, { exact: true }).first()).toBeVisible();
	});
}

test('the downloads of a page and of the whole bibliography parse and state the licence', async ({ request, page }) => {
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	const links = page.getByRole('region', { name: 'Citer cette page' }).getByRole('link', { name: /\.(bib|ris|json)\)/ });
	await expect(links).toHaveCount(3);
	for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		const body = await response.text();
		expect(body).toContain('Keyyo rapatrie son service client de');
		expect(body).toContain('CC BY 4.0');
		if (href.endsWith('.json')) expect(JSON.parse(body)[0]).toMatchObject({ type: 'webpage', author: [{ literal: ORCA.fr }] });
		expect(body).not.toMatch(/urldate|accessed|^Y2 /m);
	}
	await page.goto('en/sources/');
	const whole = page.getByRole('region', { name: 'The whole bibliography' }).getByRole('link');
	await expect(whole).toHaveCount(3);
	for (const href of await whole.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
		expect(href).toMatch(/\/data\/sources\.(json|bib|ris)$/);
		const body = await (await request.get(href)).text();
		expect(body).toContain('CC BY 4.0');
		expect(body).toContain('silicon.fr');
	}
	await expect(page.getByRole('listitem').filter({ hasText: 'A contre courant' }).getByRole('link', { name: /Keyyo/ })).toBeVisible();
});

test('a document page gives the reference of the original document, with downloads dated today', async ({ page }) => {
	await page.goto('fr/documents/qe-15-10719/');
	const original = page.locator('#cite-original');
	await expect(original.getByRole('heading', { level: 3 })).toHaveText('Citer le document original');
	await expect(original.locator('#cite-original-ref-apa')).toHaveText(
		'Haury, Y. (2018, 17 juillet). Question écrite n° 10719 (15e législature). In Journal officiel de la République française (p. 6253). Assemblée nationale. https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
	);
	await expect(original.locator('#cite-original-ref-iso690')).toContainText(
		'HAURY, Yannick, 2018. Question écrite n° 10719 (15e législature) [en ligne]. Journal officiel de la République française',
	);
	await expect(original.getByRole('button', { name: 'Copier la référence APA 7 du document original' })).toBeVisible();
	// ORCA's own page keeps its reference, now with APA's retrieval date.
	const today = new Date();
	const two = (n: number) => String(n).padStart(2, '0');
	await expect(page.locator('#cite-ref-apa')).toContainText('Consulté le ');
	const [download] = await Promise.all([page.waitForEvent('download'), original.getByRole('link', { name: 'RIS (.ris)' }).click()]);
	expect(download.suggestedFilename()).toBe('cite-original.ris');
	const ris = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
	expect(ris).toContain(
		'\nID  - orca_fr_documents_qe_15_10719_original\nAU  - Haury, Yannick\nTI  - Question écrite n° 10719 (15e législature)\n',
	);
	expect(ris).toContain(`\nY2  - ${today.getFullYear()}/${two(today.getMonth() + 1)}/${two(today.getDate())}/\nER  - `);
	await page.goto('en/documents/qe-15-10719/');
	await expect(page.locator('#cite-original-ref-apa')).toHaveText(
		'Haury, Y. (2018, July 17). Written question no. 10719 (15th legislature). In Journal officiel de la République française (p. 6253). National Assembly (France). https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
	);
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	await expect(page.locator('#cite-original')).toHaveCount(0);
});

test.describe('with clipboard access', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy buttons put the reference, with today as accessed date, on the clipboard', async ({ page }) => {
		await page.goto('en/cases/keyyo-casablanca-abbeville/');
		const today = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
		const panel = page.getByRole('region', { name: 'Cite this page' });
		await expect(panel.locator('#cite-ref-chicago')).toContainText(`Accessed ${today}.`);
		await panel.getByRole('button', { name: 'Copy the Chicago reference' }).click();
		await expect(panel.getByRole('status')).toHaveText('Reference copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^ORCA — Observatory of call-centre relocation\. 2026\. “Keyyo Brings Its Customer Service Back/);
		expect(copied).toContain(`Accessed ${today}. https://`);
		expect(copied).toContain('/en/cases/keyyo-casablanca-abbeville/');
		await panel.getByRole('button', { name: 'Copy the APA 7 reference' }).click();
		// The copy is asynchronous: wait for the clipboard to hold the APA reference rather than the Chicago one.
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('(2026, November 22).');
	});

	test('paragraphs and headings have stable anchors with a copy-link control shown on focus', async ({ page, baseURL }) => {
		await page.goto('fr/cases/keyyo-casablanca-abbeville/');
		const paragraph = page.locator('.prose p.anchored').first();
		const id = await paragraph.getAttribute('id');
		expect(id).toMatch(/^p-[0-9a-f]{6}$/);
		const link = paragraph.getByRole('link', { name: 'Copier le lien vers ce paragraphe' });
		expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
		await link.focus();
		await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await link.press('Enter');
		const url = new URL(`fr/cases/keyyo-casablanca-abbeville/#${id}`, baseURL).href;
		await expect(page).toHaveURL(url);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toHaveCount(1);
		await expect(
			page.getByRole('heading', { name: 'Coût et motifs' }).getByRole('link', { name: 'Lien vers la section Coût et motifs' }),
		).toHaveAttribute('href', '#coût-et-motifs');
		await page.goto(url);
		await expect(page.locator(`#${id}`)).toHaveText(/^Keyyo, opérateur de téléphonie/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the accessed date shows a placeholder and there are no dead copy buttons', async ({ page }) => {
		await page.goto('fr/cases/keyyo-casablanca-abbeville/');
		const panel = page.getByRole('region', { name: 'Citer cette page' });
		await expect(panel.locator('#cite-ref-iso690')).toContainText('[Consulté le ⟨date de consultation⟩]');
		await expect(panel.getByRole('button')).toHaveCount(0);
	});
});

test('printing a case gives the article, link URLs and the citation at the end', async ({ page }) => {
	await page.goto('fr/cases/keyyo-casablanca-abbeville/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const panel = page.getByRole('region', { name: 'Citer cette page' });
	await expect(panel).toBeVisible();
	await expect(panel.locator('button')).toHaveCount(4);
	for (const button of await panel.locator('button').all()) await expect(button).toBeHidden();
	await expect(panel.getByText(/^Version [0-9a-f]{8}/)).toBeVisible();
	await expect(panel.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
	await expect(panel.getByRole('link', { name: /^https:\/\/.*keyyo-casablanca-abbeville\/$/ })).toBeVisible();
	const source = page.locator('.sources a[href^="http"]').first();
	const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain(await source.getAttribute('href'));
	const related = page.locator('.prose a[href*="/cases/phone-marketing-dreux/"]').first();
	expect(await related.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(
		/https:\/\/orca\.example\.org\/.*fr\/cases\/phone-marketing-dreux\//,
	);
	const last = await page.locator('main').evaluate((main) => {
		const panel = main.querySelector('.cite-panel')!.getBoundingClientRect().bottom;
		return [...main.querySelectorAll('*')].every((el) => el.closest('.cite-panel') || el.getBoundingClientRect().bottom <= panel + 1);
	});
	expect(last).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the cite panel, anchors and sources page pass axe (${scheme})`, async ({ page }) => {
		// axe checks every one of the sources page's several hundred entries: slow on two shared cores.
		test.setTimeout(180_000);
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['fr/cases/keyyo-casablanca-abbeville/', 'en/sources/']) {
			await page.goto(path);
			if (path.includes('/cases/')) await page.locator('.anchor-link').first().focus();
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		}
	});
}
