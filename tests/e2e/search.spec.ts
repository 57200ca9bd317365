import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { DREUX, FORGIVEN, KEYYO, QUESTION, TOP } from './search-queries.ts';

// The fixture corpus (tests/fixtures/site): 21 indexed pages, 17 cases and 4 documents.
const TOTAL = 21;
const CASES = 17;
const DOCUMENTS = 4;
const frCount = (n: number) => (n === 1 ? '1 résultat' : `${n} résultats`);
/** The dated cases' English titles and the day each is sorted by (the first day of its date), read from the fixture's files. */
const CASE_DATES: Record<string, string> = {
	'Westpac announces the return of 1,000 call-centre and processing jobs from India and the Philippines (2020)': '2020-07-29',
	"Rogers brings its last customer-service jobs back from the Philippines, then Shaw's (2020–2023)": '2020-06-01',
	'Romania as a French-language nearshore destination rivalling North Africa: the example of Telus International': '2019-03-06',
	'Vodafone UK announces 2,100 UK customer-service jobs to replace its South African agencies (2017)': '2017-03-13',
	"Madagascar's President inaugurates Webhelp's centre in Antananarivo (2017)": '2017-03-03',
	'SFR-Numericable plans to move part of its hotline from Morocco to Madagascar (2015)': '2015-05-06',
	'Lenovo moves its US consumer service hotline from Bangalore to North Carolina (2013)': '2013-05-15',
	'Amex GBT France outsources part of its rail bookings to Morocco through Arvato (2013)': '2013-01-01',
	'Air France plans to move part of its customer service to a subsidiary in Prague; unions fear for a thousand jobs (2011)': '2011-03-28',
	'Teleperformance announces the closure of 8 of its 22 French sites while keeping its Tunisian and Moroccan centres (2010)': '2010-07-01',
	'Phone Marketing opens a call centre in Dreux (2009)': '2009-06-01',
	'Delta Air Lines stops sending reservation calls to India (2009)': '2009-04-01',
	'United Airlines brings back some call-centre work outsourced to India (2009)': '2009-04-01',
	'Risc Group brings its call centre back from Morocco to near Orléans (2008), then leaves again for Tunisia and Ukraine (2010)':
		'2008-12-16',
};
/** The three undated cases, by English title. */
const UNDATED = [
	'Keyyo brings its customer service back from Casablanca to Abbeville',
	'Taxis Bleus brings its phone booking service back from Morocco after five months',
	'Teleperformance moves part of its Tunisian work to Témara during unrest in Tunisia (2011?)',
];
/** Every dated case's sort day, newest first. */
const DAYS_DESC = [
	'2020-07-29',
	'2020-06-01',
	'2019-03-06',
	'2017-03-13',
	'2017-03-03',
	'2015-05-06',
	'2013-05-15',
	'2013-01-01',
	'2011-03-28',
	'2010-07-01',
	'2009-06-01',
	'2009-04-01',
	'2009-04-01',
	'2008-12-16',
];
/** A result title's sort day, or `undated`. */
const dayOf = (title: string) => CASE_DATES[title] ?? (UNDATED.includes(title) ? 'undated' : `not a case: ${title}`);
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
	// Cases of 2009: Delta, Phone Marketing and United Airlines; four cases end in France.
	const cases2009 = [
		"Delta Air Lines cesse d'envoyer ses appels de réservation en Inde (2009)",
		"Phone Marketing ouvre un centre d'appels à Dreux (2009)",
		'United Airlines rapatrie une partie de ses appels sous-traités en Inde (2009)',
	];
	await page.goto('fr/search/');
	await expect(await resultTitles(page)).toHaveCount(PAGE_SIZE);
	await expect(page.getByRole('status')).toHaveText(frCount(TOTAL));
	await expect(page.getByText('La recherche a besoin de JavaScript')).toBeHidden();
	const kind = page.getByRole('group', { name: 'Type' });
	await expect(kind.getByRole('checkbox')).toHaveCount(2);
	await kind.getByRole('checkbox', { name: `Cas (${CASES})` }).check();
	await expect(page.getByRole('status')).toHaveText(frCount(CASES));
	await expect(await resultTitles(page)).toHaveCount(PAGE_SIZE);
	// The other kind keeps its own count, so the reader can widen the search again.
	await expect(kind.getByRole('checkbox', { name: `Document (${DOCUMENTS})` })).not.toBeChecked();
	// Every count in another group is what checking it gives.
	const to = page.getByRole('group', { name: "Pays d'arrivée" });
	await expect(to.getByRole('checkbox', { name: 'France (4)' })).toBeVisible();
	await page.getByRole('group', { name: 'Année' }).getByRole('checkbox', { name: '2009 (3)' }).check();
	await expect(page.getByRole('status')).toHaveText(frCount(3));
	const titles = await allResultTitles(page);
	await expect(titles).toHaveCount(3);
	expect((await titles.allTextContents()).sort()).toEqual(cases2009);
	await page.getByRole('button', { name: 'Effacer les filtres' }).click();
	await expect(page.getByRole('status')).toHaveText(frCount(TOTAL));
});

test('browsing by filters alone, newest first or oldest first', async ({ page }) => {
	const shownDays = async () => (await (await allResultTitles(page)).allTextContents()).map(dayOf);
	await page.goto('en/search/?kind=case');
	// Newest first by default, all cases; the undated cases (Keyyo among them) come after every dated one, never first.
	expect(await shownDays()).toEqual([...DAYS_DESC, 'undated', 'undated', 'undated']);
	const all = await (await allResultTitles(page)).allTextContents();
	expect(all.indexOf(KEYYO.en)).toBeGreaterThan(all.indexOf(DREUX.en));
	await page.getByRole('combobox', { name: 'Sort' }).selectOption('date-asc');
	await expect(page).toHaveURL(/\?kind=case&sort=date-asc$/);
	await expect.poll(async () => dayOf((await (await resultTitles(page)).first().textContent())!)).toBe('2008-12-16');
	// Oldest first: undated cases last there too.
	expect(await shownDays()).toEqual([...DAYS_DESC].reverse().concat(['undated', 'undated', 'undated']));
	const asc = await (await allResultTitles(page)).allTextContents();
	expect(asc.indexOf(DREUX.en)).toBeLessThan(asc.indexOf(KEYYO.en));
	await page.goto('en/search/?kind=case&year=undated');
	expect((await (await allResultTitles(page)).allTextContents()).sort()).toEqual(UNDATED);
	// 2018: only the written question.
	await page.goto('en/search/?year=2018');
	await expect(await allResultTitles(page)).toHaveText([QUESTION.en]);
});

test('date order is loaded only when chosen, and orders the results of a query either way', async ({ page }) => {
	/** The date order files the page fetched (`dates.<lang>.json`, beside the index). */
	const fetched: string[] = [];
	page.on('request', (request) => {
		const file = /\/pagefind\/(dates\.\w+\.json)$/.exec(new URL(request.url()).pathname)?.[1];
		if (file) fetched.push(file);
	});
	await page.goto('en/search/?q=Casablanca&kind=case');
	const relevance = await (await allResultTitles(page)).allTextContents();
	expect(relevance.length).toBeGreaterThan(2);
	expect(fetched).toEqual([]);
	// Chosen once the results are shown.
	await page.getByRole('combobox', { name: 'Sort' }).selectOption('date-asc');
	await expect(page).toHaveURL(/\?q=Casablanca&kind=case&sort=date-asc$/);
	await expect.poll(() => fetched).toEqual(['dates.en.json']);
	const days = async () => (await (await allResultTitles(page)).allTextContents()).map(dayOf);
	const oldestFirst = (shown: string[]) => [...shown.filter((d) => d !== 'undated').sort(), ...shown.filter((d) => d === 'undated')];
	await expect.poll(async () => (await days())[0]).not.toBe('undated');
	const asc = await days();
	expect(asc).toEqual(oldestFirst(asc));
	expect(asc.toSorted()).toEqual(relevance.map(dayOf).toSorted());
	// Opened with the order in the URL: the same results in the same order.
	await page.goto('en/search/?q=Casablanca&kind=case&sort=date-asc');
	expect(await days()).toEqual(asc);
	expect(fetched).toEqual(['dates.en.json', 'dates.en.json']);
	await page.getByRole('combobox', { name: 'Sort' }).selectOption('date-desc');
	await expect(page).toHaveURL(/sort=date-desc$/);
	// Newest first: the dated ones reversed, the undated ones last again; the page fetches the file once.
	const dated = asc.filter((d) => d !== 'undated');
	await expect.poll(days).toEqual([...dated.toReversed(), ...asc.slice(dated.length)]);
	expect(fetched).toEqual(['dates.en.json', 'dates.en.json']);
});

test('query, filters and sort live in the URL: reload and Back restore them', async ({ page }) => {
	await page.goto('fr/search/');
	await expect(page.getByRole('status')).toHaveText(frCount(TOTAL));
	const box = page.getByRole('searchbox', { name: 'Rechercher dans les cas et les documents' });
	await box.fill('Casablanca');
	await box.press('Enter');
	await expect(page).toHaveURL(/\?q=Casablanca$/);
	await expect(page.getByRole('status')).not.toHaveText(frCount(TOTAL));
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
	/** The sort day of each fixture case whose page names Casablanca (its place, a related case's title) or Morocco (its equivalent term). */
	const casablanca: Record<string, string> = {
		"La Roumanie, destination nearshore francophone face au Maghreb : l'exemple de Telus International": '2019-03-06',
		'Amex GBT France externalise une partie de ses réservations ferroviaires au Maroc, via Arvato (2013)': '2013-01-01',
		'Teleperformance annonce la fermeture de 8 de ses 22 sites français et garde ses centres de Tunisie et du Maroc (2010)': '2010-07-01',
		'Teleperformance transfère une partie de son activité tunisienne à Témara pendant les troubles en Tunisie (2011 ?)': 'undated',
		'SFR-Numericable veut déplacer une partie de sa hotline du Maroc vers Madagascar (2015)': '2015-05-06',
		"Phone Marketing ouvre un centre d'appels à Dreux (2009)": '2009-06-01',
		"Risc Group rapatrie son centre d'appels du Maroc près d'Orléans (2008), puis repart en Tunisie et en Ukraine (2010)": '2008-12-16',
		'Keyyo rapatrie son service client de Casablanca à Abbeville': 'undated',
		'Taxis Bleus rapatrie son service de réservation téléphonique après cinq mois au Maroc': 'undated',
	};
	const sortedDays = sorted.map((t) => casablanca[t] ?? `unexpected result: ${t}`);
	const undated = sortedDays.filter((d) => d === 'undated');
	expect(sortedDays).toEqual([
		...sortedDays
			.filter((d) => d !== 'undated')
			.sort()
			.reverse(),
		...undated,
	]);
	expect(sorted).toContain(KEYYO.fr);
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
	// The filters count the results shown, partial matches included (no page has both words).
	const destinations = page.getByRole('group', { name: 'Destination country' });
	await expect(destinations.getByRole('checkbox', { name: 'Australia (1)' })).toBeVisible();
	await expect(destinations.getByRole('checkbox', { name: 'France (1)' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Case (2)' })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('2 results');
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
