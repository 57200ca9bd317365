import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { loadContent } from '../../src/build/content.ts';
import { searchRecord, type SearchRecord } from '../../src/lib/search-meta.ts';

// The indexed pages, with their search records, from the corpus itself (the site's own function).
const corpus = loadContent();
const pages = [
	...corpus.cases.map((c) => ({ kind: 'case' as const, text: c.text, record: searchRecord({ kind: 'case', data: c.data }) })),
	...corpus.documents.map((d) => ({ kind: 'document' as const, text: d.text, record: searchRecord({ kind: 'document', data: d.data }) })),
];
const count = (filter: (r: SearchRecord, kind: string) => boolean) => pages.filter((p) => filter(p.record, p.kind)).length;
const frCount = (n: number) => (n === 1 ? '1 résultat' : `${n} résultats`);
/** Each title's sort date, per language, to check a date sort. */
const sortDates = (lang: 'fr' | 'en') => new Map(pages.map((p) => [p.text[lang].title, p.record.sortDate]));
const PAGE_SIZE = 10;

/** Every result title, after showing all pages of results. */
async function allResultTitles(page: Page) {
	const titles = await resultTitles(page);
	const more = page.getByRole('button', { name: /Afficher plus de résultats|Show more results/ });
	while (await more.isVisible()) {
		const shown = await titles.count();
		await more.click();
		await expect.poll(() => titles.count()).toBeGreaterThan(shown);
	}
	return titles;
}

/** The result titles on the search page, once the count has been announced. */
async function resultTitles(page: Page) {
	await expect(page.getByRole('status')).toHaveText(/\d|Aucun|No results/);
	return page.getByRole('list', { name: /Résultats|Results/ }).getByRole('heading', { level: 3 });
}

const KEYYO = {
	fr: 'Keyyo rapatrie son service client de Casablanca à Abbeville',
	en: 'Keyyo brings its customer service back from Casablanca to Abbeville',
};
const DREUX = { fr: "Phone Marketing ouvre un centre d'appels à Dreux (2009)", en: 'Phone Marketing opens a call centre in Dreux (2009)' };
const QUESTION = {
	fr: "Question écrite n° 10719 : la délocalisation des centres d'appels des opérateurs téléphoniques (2018)",
	en: "Written question no. 10719: the offshoring of telecom operators' call centres (2018)",
};

/** Queries a reader types, and the page that must come first (names) or in the top three (words: other pages share them). */
const TOP: { lang: 'fr' | 'en'; q: string; top: string; within?: 3 }[] = [
	{ lang: 'fr', q: 'Keyyo', top: KEYYO.fr },
	{ lang: 'fr', q: 'Abbeville', top: KEYYO.fr },
	{ lang: 'fr', q: 'Phone Marketing', top: DREUX.fr },
	{ lang: 'fr', q: 'Dreux', top: DREUX.fr },
	{ lang: 'fr', q: 'Haury', top: QUESTION.fr },
	{ lang: 'fr', q: '10719', top: QUESTION.fr },
	// Accent-free spellings and stems of words the page writes with accents or other endings.
	{ lang: 'fr', q: 'delocalisation operateurs', top: QUESTION.fr, within: 3 },
	{ lang: 'fr', q: 'teleconseillers operateurs', top: QUESTION.fr, within: 3 },
	{ lang: 'fr', q: 'telephonie IP', top: KEYYO.fr, within: 3 },
	{ lang: 'fr', q: 'Somme', top: KEYYO.fr, within: 3 },
	{ lang: 'en', q: 'Keyyo', top: KEYYO.en },
	{ lang: 'en', q: 'Abbeville', top: KEYYO.en },
	{ lang: 'en', q: 'VoIP', top: KEYYO.en, within: 3 },
	{ lang: 'en', q: 'Phone Marketing', top: DREUX.en },
	{ lang: 'en', q: 'Dreux', top: DREUX.en },
	{ lang: 'en', q: 'Haury', top: QUESTION.en },
	{ lang: 'en', q: '10719', top: QUESTION.en },
	{ lang: 'en', q: 'offshoring telecom operators', top: QUESTION.en, within: 3 },
];

for (const { lang, q, top, within } of TOP)
	test(`${lang}: "${q}" finds "${top}" ${within ? `in the top ${within}` : 'first'}`, async ({ page }) => {
		await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
		const titles = await resultTitles(page);
		if (within) {
			await expect(titles.first()).toBeVisible();
			expect((await titles.allTextContents()).slice(0, within)).toContain(top);
		} else await expect(titles.first()).toHaveText(top);
	});

test('French accents, stems and apostrophes are forgiving', async ({ page }) => {
	// Equivalent terms widen these searches to dozens of pages, each shown page by page.
	test.slow();
	for (const [q, expected] of [
		['délocalisation', QUESTION.fr],
		['delocalisation', QUESTION.fr],
		['relocalisation', KEYYO.fr],
		['relocalise', KEYYO.fr],
		["centres d'appels", QUESTION.fr],
		['centres d’appels', QUESTION.fr],
		['Maroc', KEYYO.fr],
	]) {
		await page.goto(`fr/search/?q=${encodeURIComponent(q)}`);
		await expect(await allResultTitles(page), q).toContainText([expected]);
	}
	await page.goto(`en/search/?q=reshored`);
	await expect(await allResultTitles(page)).toContainText([KEYYO.en]);
});

test('results show kind, date, a highlighted excerpt and matching sections', async ({ page }) => {
	await page.goto('fr/search/?q=Dreux');
	const first = page.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText(DREUX.fr);
	await expect(first).toContainText('Cas · juin 2009');
	await expect(first.locator('mark').first()).toHaveText(/Dreux/i);
	await expect(first.getByRole('list', { name: 'Sections correspondantes' }).getByRole('link').first()).toHaveAttribute('href', /#/);
});

test('filters narrow the results and their counts match', async ({ page }) => {
	const total = pages.length;
	const cases = count((_, kind) => kind === 'case');
	const documents = count((_, kind) => kind === 'document');
	const toFrance = count((r, kind) => kind === 'case' && (r.filters.to ?? []).includes('FR'));
	const cases2009 = pages.filter((p) => p.kind === 'case' && p.record.filters.year?.includes('2009'));
	expect(cases2009.map((p) => p.text.fr.title)).toContain(DREUX.fr);
	await page.goto('fr/search/');
	await expect(await resultTitles(page)).toHaveCount(Math.min(PAGE_SIZE, total));
	await expect(page.getByRole('status')).toHaveText(frCount(total));
	await expect(page.getByText('La recherche a besoin de JavaScript')).toBeHidden();
	const kind = page.getByRole('group', { name: 'Type' });
	await expect(kind.getByRole('checkbox')).toHaveCount(2);
	await kind.getByRole('checkbox', { name: `Cas (${cases})` }).check();
	await expect(page.getByRole('status')).toHaveText(frCount(cases));
	await expect(await resultTitles(page)).toHaveCount(Math.min(PAGE_SIZE, cases));
	// The other kind keeps its own count, so the reader can widen the search again.
	await expect(kind.getByRole('checkbox', { name: `Document (${documents})` })).not.toBeChecked();
	// Every count in another group is what checking it gives.
	const to = page.getByRole('group', { name: "Pays d'arrivée" });
	await expect(to.getByRole('checkbox', { name: `France (${toFrance})` })).toBeVisible();
	await page
		.getByRole('group', { name: 'Année' })
		.getByRole('checkbox', { name: `2009 (${cases2009.length})` })
		.check();
	await expect(page.getByRole('status')).toHaveText(frCount(cases2009.length));
	const titles = await allResultTitles(page);
	await expect(titles).toHaveCount(cases2009.length);
	expect((await titles.allTextContents()).sort()).toEqual(cases2009.map((p) => p.text.fr.title).sort());
	await page.getByRole('button', { name: 'Effacer les filtres' }).click();
	await expect(page.getByRole('status')).toHaveText(frCount(total));
});

test('browsing by filters alone, newest first or oldest first', async ({ page }) => {
	const dates = sortDates('en');
	const datesAsc = new Map(pages.map((p) => [p.text.en.title, p.record.sortDateAsc]));
	const shownDates = async (by = dates) => (await (await allResultTitles(page)).allTextContents()).map((t) => by.get(t)!);
	const cases = pages
		.filter((p) => p.kind === 'case')
		.map((p) => p.record.sortDate)
		.sort();
	const casesAsc = pages
		.filter((p) => p.kind === 'case')
		.map((p) => p.record.sortDateAsc)
		.sort();
	await page.goto('en/search/?kind=case');
	// Newest first by default, all cases; an undated case (Keyyo) comes after every dated one, never first.
	expect(dates.get(KEYYO.en)).toBe('0000-01-01');
	const desc = await shownDates();
	expect(desc).toEqual([...cases].reverse());
	const all = await (await allResultTitles(page)).allTextContents();
	expect(all.indexOf(KEYYO.en)).toBeGreaterThan(all.indexOf(DREUX.en));
	await page.getByRole('combobox', { name: 'Sort' }).selectOption('date-asc');
	await expect(page).toHaveURL(/\?kind=case&sort=date-asc$/);
	await expect.poll(async () => datesAsc.get((await (await resultTitles(page)).first().textContent())!)).toBe(casesAsc[0]);
	// Oldest first: undated cases last there too.
	expect(await shownDates(datesAsc)).toEqual(casesAsc);
	expect(casesAsc.at(-1)).toBe('9999-12-31');
	const asc = await (await allResultTitles(page)).allTextContents();
	expect(asc.indexOf(DREUX.en)).toBeLessThan(asc.indexOf(KEYYO.en));
	await page.goto('en/search/?kind=case&year=undated');
	const undated = pages.filter((p) => p.record.filters.year?.includes('undated')).map((p) => p.text.en.title);
	expect(undated).toContain(KEYYO.en);
	expect((await (await allResultTitles(page)).allTextContents()).sort()).toEqual([...undated].sort());
	const in2018 = pages.filter((p) => p.record.filters.year?.includes('2018')).map((p) => p.text.en.title);
	expect(in2018).toContain(QUESTION.en);
	await page.goto('en/search/?year=2018');
	const year = await allResultTitles(page);
	await expect(year).toHaveCount(in2018.length);
	expect((await year.allTextContents()).sort()).toEqual([...in2018].sort());
});

test('query, filters and sort live in the URL: reload and Back restore them', async ({ page }) => {
	const dates = sortDates('fr');
	await page.goto('fr/search/');
	await expect(page.getByRole('status')).toHaveText(frCount(pages.length));
	const box = page.getByRole('searchbox', { name: 'Rechercher dans les cas et les documents' });
	await box.fill('Casablanca');
	await box.press('Enter');
	await expect(page).toHaveURL(/\?q=Casablanca$/);
	await expect(page.getByRole('status')).not.toHaveText(frCount(pages.length));
	const queried = (await (await resultTitles(page)).allTextContents()).length;
	const status = (await page.getByRole('status').textContent())!;
	expect(queried).toBeGreaterThan(2);
	await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Cas/ }).check();
	await expect(page).toHaveURL(/\?q=Casablanca&kind=case$/);
	await page.getByRole('combobox', { name: 'Trier' }).selectOption('date-desc');
	await expect(page).toHaveURL(/\?q=Casablanca&kind=case&sort=date-desc$/);
	// Newest first among the matching cases (an undated case would come after the dated ones).
	await expect(page).toHaveURL(/sort=date-desc$/);
	const sorted = await (await resultTitles(page)).allTextContents();
	const sortedDates = sorted.map((t) => dates.get(t)!);
	expect(sortedDates).toEqual([...sortedDates].sort().reverse());
	expect(sorted.length).toBeGreaterThan(1);

	await page.reload();
	await expect(box).toHaveValue('Casablanca');
	await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Cas/ })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Trier' })).toHaveValue('date-desc');
	await expect(await resultTitles(page)).toHaveText(sorted);

	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		/\/en\/search\/\?q=Casablanca&kind=case&sort=date-desc$/,
	);

	await page.goBack();
	await expect(page).toHaveURL(/\?q=Casablanca&kind=case$/);
	await expect(page.getByRole('combobox', { name: 'Trier' })).toHaveValue('relevance');
	await page.goBack();
	await expect(page).toHaveURL(/\?q=Casablanca$/);
	await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Cas/ })).not.toBeChecked();
	await expect(page.getByRole('status')).toHaveText(status);
});

test('the header box: / to focus, quick results, arrows, Escape, Enter opens with the terms highlighted', async ({ page, baseURL }) => {
	await page.goto('fr/');
	await page.keyboard.press('/');
	const box = page.getByRole('combobox', { name: 'Rechercher sur le site' });
	await expect(box).toBeFocused();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.type('abbeville');
	const list = page.getByRole('listbox', { name: 'Résultats rapides' });
	await expect(list.getByRole('option')).toHaveCount(2);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(list.getByRole('option').first()).toContainText(KEYYO.fr);
	await expect(list.getByRole('option').last()).toHaveText('Voir tous les résultats pour « abbeville »');
	await page.keyboard.press('ArrowDown');
	await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await list.getByRole('option').first().getAttribute('id'))!);
	await page.keyboard.press('ArrowUp');
	await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Escape');
	await expect(list).toBeHidden();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('ArrowDown');
	await expect(list).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new URL('fr/cases/keyyo-casablanca-abbeville/?highlight=abbeville', baseURL).href);
	await expect(page.locator('mark.search-highlight').first()).toHaveText(/abbeville/i);
});

test('the header box leads to all results, also without picking an option', async ({ page, baseURL }) => {
	await page.goto('en/cases/');
	const box = page.getByRole('combobox', { name: 'Search the site' });
	await box.fill('Haury');
	await page.getByRole('listbox').getByRole('option', { name: 'See all results for “Haury”' }).click();
	await expect(page).toHaveURL(new URL('en/search/?q=Haury', baseURL).href);
	await expect(await resultTitles(page)).toHaveText([QUESTION.en]);
	await page.goto('fr/');
	await page.getByRole('combobox', { name: 'Rechercher sur le site' }).fill('Dreux');
	await page.getByRole('combobox', { name: 'Rechercher sur le site' }).press('Enter');
	await expect(page).toHaveURL(new URL('fr/search/?q=Dreux', baseURL).href);
	await expect((await resultTitles(page)).first()).toHaveText(DREUX.fr);
});

test('opening a result highlights the terms on the target page', async ({ page }) => {
	await page.goto('fr/search/?q=Haury');
	await (await resultTitles(page)).first().getByRole('link').click();
	await expect(page).toHaveURL(/documents\/qe-15-10719\/\?highlight=haury$/i);
	await expect(page.locator('mark.search-highlight').first()).toHaveText('Haury');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search page says so and links to the case list', async ({ page, baseURL }) => {
		await page.goto('fr/search/');
		await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
		await expect(page.getByRole('searchbox', { name: 'Rechercher dans les cas et les documents' })).toBeHidden();
		await page.getByRole('link', { name: 'la liste des cas' }).click();
		await expect(page).toHaveURL(new URL('fr/cases/', baseURL).href);
	});
});

test.describe('on a 360 px screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('filters fold away unless set, results come first, and the header box still works', async ({ page }) => {
		await page.goto('fr/search/?q=Dreux');
		const toggle = page.locator('summary', { hasText: 'Affiner' });
		await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
		await expect((await resultTitles(page)).first()).toBeVisible();
		await toggle.click();
		await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
		await page.goto('fr/search/?kind=case');
		await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Cas/ })).toBeChecked();
		await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const box = page.getByRole('combobox', { name: 'Rechercher sur le site' });
		await box.fill('Keyyo');
		await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});

test('the search page fetches Pagefind early, once, and shows results before filter counts need them', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('fr/search/?q=Dreux');
	await expect((await resultTitles(page)).first()).toHaveText(DREUX.fr);
	await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox')).not.toHaveCount(0);
	// The preloaded bundle and WASM are the ones Pagefind uses: each is requested once.
	expect(fetched.filter((p) => p.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
	expect(fetched.filter((p) => p.endsWith('/pagefind/wasm.fr.pagefind'))).toHaveLength(1);
	const preloads = await page
		.locator('head link[rel="preload"], head link[rel="modulepreload"]')
		.evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
	expect(preloads.some((p) => p.endsWith('/pagefind/wasm.fr.pagefind'))).toBe(true);
	expect(preloads.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

for (const width of [360, 800, 1280, 1920])
	test(`at ${width} px the header's quick results lie inside the viewport`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('en/cases/');
		await page.getByRole('combobox', { name: 'Search the site' }).fill('Keyyo');
		const list = page.getByRole('listbox', { name: 'Quick results' });
		await expect(list.getByRole('option').first()).toBeVisible();
		const box = (await list.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		expect(box.width).toBeGreaterThan(Math.min(width - 40, 300));
	});

/** The links of the first three results on the search page. */
async function topThree(page: Page) {
	const titles = await resultTitles(page);
	await expect(titles.first()).toBeVisible();
	return await titles
		.getByRole('link')
		.evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Queries as readers type them (typos, synonyms, the other language, words no single page has), and a page among the first three. */
const FORGIVEN: { lang: 'fr' | 'en'; q: string; expected: string }[] = [
	{ lang: 'en', q: 'Keyo', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'fr', q: 'Keyo', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'en', q: 'Vodaphone', expected: 'cases/vodafone-uk-2017-south-africa-return/' },
	{ lang: 'en', q: 'Teleperfomance', expected: 'cases/teleperformance-france-closures-2010/' },
	{ lang: 'en', q: 'Westpak', expected: 'cases/westpac-2020-1000-jobs-onshore/' },
	{ lang: 'en', q: 'call center', expected: 'documents/new-york-call-center-jobs-act/' },
	{ lang: 'en', q: 'cold calling', expected: 'documents/loi-2025-optin-demarchage/' },
	{ lang: 'fr', q: 'reshoring Abbeville', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'en', q: 'Keyyo relocation', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'en', q: 'French parliamentary question telecom operators offshoring', expected: 'documents/qe-15-10719/' },
	{ lang: 'en', q: 'brought back from Morocco to France', expected: 'cases/taxis-bleus-morocco-repatriation/' },
];

for (const { lang, q, expected } of FORGIVEN)
	test(`${lang}: "${q}" finds ${expected} among the first three`, async ({ page }) => {
		await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
		expect((await topThree(page)).map((p) => p.replace(/^.*?\/(?:fr|en)\//, ''))).toContain(expected);
	});

test('"call center" finds as many pages as "call centre"', async ({ page }) => {
	const total = async (q: string) => {
		await page.goto(`en/search/?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('status')).toHaveText(/\d/);
		return Number((await page.getByRole('status').textContent())!.replace(/\D/g, ''));
	};
	expect(await total('call center')).toBeGreaterThanOrEqual(await total('call centre'));
});

test('a misspelt name is corrected and searched at once; the words as typed remain one click away', async ({ page }) => {
	await page.goto('en/search/?q=Keyo');
	await expect(page.getByText('Showing results for Keyyo — search instead for Keyo')).toBeVisible();
	await expect((await resultTitles(page)).first()).toHaveText(KEYYO.en);
	await page.getByRole('link', { name: 'search instead for Keyo' }).click();
	await expect(page).toHaveURL(/\?q=Keyo&literal=1$/);
	await expect(page.getByText('Showing results for Keyyo')).toBeHidden();
	await page.goto('fr/');
	await page.getByRole('combobox', { name: 'Rechercher sur le site' }).fill('Keyo');
	const options = page.getByRole('listbox', { name: 'Résultats rapides' }).getByRole('option');
	await expect(options.first()).toHaveText('Résultats pour « Keyyo » — rechercher plutôt « Keyo »');
	await expect(options.nth(1)).toContainText(KEYYO.fr);
});

test('when no page has every word, those with most of them are shown, and the page says so', async ({ page }) => {
	await page.goto('en/search/?q=Keyyo%20Westpac');
	await expect(page.getByText('No page contains every word of the query')).toBeVisible();
	const titles = await (await resultTitles(page)).allTextContents();
	expect(titles).toContain(KEYYO.en);
	expect(titles.some((t) => t.startsWith('Westpac'))).toBe(true);
});

test('excerpts come from the article, not the fact sheet, and empty filter values are left out', async ({ page }) => {
	await page.goto('en/search/?q=Keyyo');
	const excerpt = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first().locator('.search-excerpt').first();
	await expect(excerpt).toContainText('Keyyo');
	await expect(excerpt).not.toContainText('Sector');
	await expect(excerpt).not.toContainText('⸱');
	await expect(page.getByRole('group', { name: 'Destination country' }).getByRole('checkbox')).toHaveCount(1);
	await expect(page.getByRole('group', { name: 'Destination country' }).getByRole('checkbox', { name: 'France (1)' })).toBeVisible();
	for (const label of await page.locator('.search-filters label').allTextContents()) expect(label).not.toMatch(/\(0\)$/);
});
