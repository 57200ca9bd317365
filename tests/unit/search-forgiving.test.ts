import { describe, expect, test } from 'vitest';
import { canonicalQuery, equivalentTerms, foldText, sameStem, TERM_GROUPS } from '../../src/lib/search-terms.ts';
import {
	buildVocabulary,
	vocabularyBuilder,
	correctQuery,
	correctWord,
	editDistance,
	keyToken,
	speller,
} from '../../src/lib/search-vocabulary.ts';
import { exactFirst, forgivingSearch, queryWords, rankPartial } from '../../src/lib/search-forgiving.ts';
import type { Pagefind } from '../../src/lib/pagefind-client.ts';
import { searchNames } from '../../src/lib/search-meta.ts';
import { articleText, indexedPage, pagefindPart } from '../../src/integrations/pagefind.ts';
import { filterOptions } from '../../src/lib/search-state.ts';
import { minimalCase } from './cases.ts';

describe('equivalent terms', () => {
	test('folding drops case, accents and typographic apostrophes', () => {
		expect(foldText('Délocalisation des Centres d’Appels !')).toBe("delocalisation des centres d'appels");
	});
	test("a page is indexed by the term standing for each group it has a term of, in the index's language", () => {
		expect(
			equivalentTerms("Keyyo rapatrie son service client de Casablanca à Abbeville, relocalisation d'un centre d'appels", 'fr'),
		).toEqual(['Maroc']);
		expect(
			equivalentTerms("Keyyo rapatrie son service client de Casablanca à Abbeville, relocalisation d'un centre d'appels", 'en'),
		).toEqual(['reshoring', 'call centre', 'Morocco']);
		expect(equivalentTerms('The 2025 law banning telephone canvassing without prior consent', 'en')).toEqual([]);
		expect(equivalentTerms('The 2025 law banning telephone canvassing without prior consent', 'fr')).toEqual([
			'démarchage',
			'consentement préalable',
		]);
		expect(equivalentTerms('call centers in Morocco', 'en')).toEqual(['call centre']);
		// Pagefind finds each word of a search apart: "centres d'appels" has every word of "centre d'appels".
		expect(equivalentTerms("Des centres d'appels au Maroc", 'fr')).toEqual([]);
		expect(equivalentTerms('to us and them', 'en')).toEqual([]);
	});
	test('a query is searched by the term standing for each group it has a term of', () => {
		expect(canonicalQuery('reshoring Abbeville', 'fr')).toEqual(['relocalisation', 'abbeville']);
		expect(canonicalQuery('Keyyo relocation', 'en')).toEqual(['keyyo', 'reshoring']);
		expect(canonicalQuery('call center', 'en')).toEqual(['call centre']);
		expect(canonicalQuery('Cold calling', 'en')).toEqual(['telephone canvassing']);
		expect(canonicalQuery('opt-in', 'fr')).toEqual(['consentement préalable']);
		expect(canonicalQuery('relation client Maroc', 'fr')).toEqual(["centre d'appels", 'Maroc']);
		expect(canonicalQuery('centres d’appels', 'fr')).toEqual(["centre d'appels"]);
		expect(canonicalQuery('brought back from Morocco to France', 'en')).toEqual(['reshoring', 'from', 'Morocco', 'to', 'France']);
		// The same group twice is searched once.
		expect(canonicalQuery('relocalisation relocalisée', 'fr')).toEqual(['relocalisation']);
	});
	test('a query whose terms already stand for their groups is searched as typed', () => {
		expect(canonicalQuery('relocalisation', 'fr')).toBeUndefined();
		expect(canonicalQuery('delocalisation operateurs', 'fr')).toBeUndefined();
		expect(canonicalQuery('call centre jobs', 'en')).toBeUndefined();
		expect(canonicalQuery('Keyyo', 'en')).toBeUndefined();
	});
	test('every group stands for itself by one of its own terms in each language', () => {
		for (const group of TERM_GROUPS) {
			expect(group.terms).toContain(group.fr);
			expect(group.terms).toContain(group.en);
		}
	});
	test('in an index language, a group is not added where the page has another form of its term', () => {
		// Pagefind's French stemmer finds "relocalisation" in relocalisé (relocalis).
		expect(equivalentTerms('des emplois relocalisés', 'fr')).toEqual([]);
		expect(equivalentTerms('des emplois relocalisés', 'en')).toEqual(['reshoring']);
		expect(equivalentTerms('calls were reshored', 'en')).toEqual([]);
		expect(equivalentTerms('calls were reshored', 'fr')).toEqual(['relocalisation']);
		expect(equivalentTerms('les télécommunications', 'fr')).toEqual([]);
		expect(sameStem('relocalise', ['relocalisation'], 'fr')).toBe(true);
		expect(sameStem('relocaliser', ['relocalisation'], 'en')).toBe(false);
		expect(sameStem('relocation', ['relocalisation'], 'fr')).toBe(true);
		expect(sameStem('relocalization', ['relocalisation'], 'fr')).toBe(false);
		expect(sameStem('marocaine', ['marocain'], 'fr')).toBe(true);
		// A word's beginning: Pagefind finds the words a search term begins.
		expect(sameStem('tunis', ['tunisie'], 'fr')).toBe(true);
		// Shorter stems and phrases never.
		expect(sameStem('tuni', ['tunisie'], 'fr')).toBe(false);
		expect(sameStem('call centre', ['call'], 'en')).toBe(false);
	});
});

describe('spelling', () => {
	test('edit distance counts a swap as one edit and stops past the maximum', () => {
		expect(editDistance('keyo', 'keyyo', 2)).toBe(1);
		expect(editDistance('vodaphone', 'vodafone', 2)).toBe(2);
		expect(editDistance('westpak', 'westpac', 2)).toBe(1);
		expect(editDistance('teleperfomance', 'teleperformance', 2)).toBe(1);
		expect(editDistance('kyeyo', 'keyyo', 2)).toBe(1);
		expect(editDistance('abbeville', 'keyyo', 2)).toBe(3);
	});
	const vocabulary = buildVocabulary([
		{ names: ['Keyyo', 'Abbeville (Somme)'], text: 'Keyyo moves its customer service to Abbeville' },
		{ names: ['Vodafone', 'Westpac', 'Teleperformance', '10719'], text: 'Vodafone and Westpac use Teleperformance; the service desk' },
	]);
	test('the vocabulary keeps names as written and other words folded', () => {
		expect(vocabulary).toEqual({
			names: ['10719', 'Abbeville', 'Keyyo', 'Somme', 'Teleperformance', 'Vodafone', 'Westpac'],
			words: ['customer', 'desk', 'moves', 'service'],
		});
	});
	test('built page by page in any order, a name is written as the page of lowest rank (the build: the lowest URL) writes it', () => {
		const pages = [
			{ url: '/fr/cases/b/', names: ['KEYYO'], text: 'Une délocalisation' },
			{ url: '/fr/cases/a/', names: ['Keyyo'], text: 'Keyyo rapatrie son service' },
		];
		const builder = vocabularyBuilder();
		builder.add({ names: ['KEYYO'], folded: 'une delocalisation' }, '/fr/cases/b/');
		builder.add({ names: ['Keyyo'], folded: 'keyyo rapatrie son service' }, '/fr/cases/a/');
		expect(builder.result()).toEqual({ names: ['Keyyo'], words: ['delocalisation', 'rapatrie', 'service'] });
		// Without ranks, the first page added wins.
		expect(buildVocabulary(pages).names).toEqual(['KEYYO']);
	});
	const spell = speller(vocabulary);
	test('a misspelt name is corrected, a known word or a short one is not', () => {
		expect(correctWord('Keyo', spell)).toBe('Keyyo');
		expect(correctWord('Vodaphone', spell)).toBe('Vodafone');
		expect(correctWord('Westpak', spell)).toBe('Westpac');
		expect(correctWord('Teleperfomance', spell)).toBe('Teleperformance');
		expect(correctWord('10791', spell)).toBe('10719');
		expect(correctWord('keyyo', spell)).toBeUndefined();
		expect(correctWord('desk', spell)).toBeUndefined();
		expect(correctWord('Kyo', spell)).toBeUndefined();
		expect(correctWord('elephant', spell)).toBeUndefined();
		// A word of the equivalent terms is known, though no page of this vocabulary has it ("Hotlink" is a name).
		expect(correctWord('hotline', speller({ names: ['Hotlink'], words: [] }))).toBeUndefined();
		expect(correctWord('hotlnik', speller({ names: ['Hotlink'], words: [] }))).toBe('Hotlink');
	});
	test('a query keeps its other words', () => {
		expect(correctQuery('Keyo relocation', spell)).toBe('Keyyo relocation');
		expect(correctQuery('Keyyo relocation', spell)).toBeUndefined();
	});
});

describe('partial matches', () => {
	test('pages with the most words first, then by score; far fewer words are left out', () => {
		const words = [
			{
				results: [
					{ id: 'a', score: 2 },
					{ id: 'b', score: 1 },
					{ id: 'c', score: 1 },
				],
			},
			{
				results: [
					{ id: 'b', score: 4 },
					{ id: 'd', score: 4 },
				],
			},
			{
				results: [
					{ id: 'b', score: 1 },
					{ id: 'a', score: 1 },
				],
			},
		];
		expect(rankPartial(words)).toEqual(['b', 'a']);
		expect(rankPartial(words.slice(0, 2))).toEqual(['b', 'a', 'd', 'c']);
		expect(rankPartial([])).toEqual([]);
	});
	test('query words are folded and distinct', () => {
		expect(queryWords('Brought back from Morocco, back to France')).toEqual(['brought', 'back', 'from', 'morocco', 'to', 'france']);
	});
});

describe('what the index gets', () => {
	test('names of a case come from its fields', () => {
		const data = minimalCase({
			company: 'Keyyo',
			group: 'Bouygues Telecom',
			to: [{ country: 'FR', place: { fr: 'Abbeville (Somme)', en: 'Abbeville (Somme)' } }],
		});
		expect(searchNames({ kind: 'case', data })).toEqual({ keys: ['Keyyo', 'Bouygues Telecom'], names: ['Abbeville (Somme)'], facts: [] });
	});
	test('the indexed copy adds keys above and names and equivalents below the text, apart from the prose', () => {
		const html =
			'<html lang="fr"><body><article data-pagefind-body><div hidden data-pagefind-ignore data-search-keys="Keyyo" data-search-names="Abbeville (Somme)&#10;Maroc" data-search-facts=""></div>' +
			'<h1>Keyyo</h1><p>Le service client revient du Maroc &amp; de Casablanca.</p></article></body></html>';
		expect(articleText(html)).toContain('Le service client revient du Maroc & de Casablanca.');
		const page = indexedPage(html);
		expect(page.names).toEqual(['Keyyo', 'Abbeville (Somme)', 'Maroc']);
		expect(page.folded).toBe("keyyo le service client revient du maroc de casablanca centre d'appels");
		expect(page.html).toContain('<div data-pagefind-weight="3">⸱ Keyyo ⸱ keyyoqx ⸱</div>');
		// The French index's term for "service client" (its call-centre group); "Maroc" is in the text already.
		expect(page.html).toContain('<div data-pagefind-weight="0.5">⸱ Abbeville (Somme) ⸱ Maroc ⸱ centre d\'appels ⸱</div> </article>');
		// Pagefind gets the language and the article, not the rest of the page.
		expect(
			pagefindPart(
				'<!DOCTYPE html><html lang="fr"><head><title>T</title></head><body><nav>Menu</nav><article data-pagefind-body><p>A</p></article><footer>F</footer></body></html>',
			),
		).toBe('<!DOCTYPE html><html lang="fr"><body><article data-pagefind-body><p>A</p></article></body></html>');
	});
	test('Pagefind does not get what it would ignore, but keeps the filters and metadata it reads there', () => {
		expect(
			pagefindPart(
				'<html lang="fr"><body><article data-pagefind-body><div hidden data-pagefind-ignore data-pagefind-meta="title[data-title]" data-title="T"><span data-pagefind-filter="to:FR"></span></div>' +
					'<h2 id="a">A<a class="anchor-link" href="#a" data-pagefind-ignore>#</a></h2><p>Texte.</p><section class="cite-panel" data-pagefind-ignore><h2 id="cite">Citer</h2><p>ORCA</p></section></article></body></html>',
			),
		).toBe(
			'<!DOCTYPE html><html lang="fr"><body><article data-pagefind-body><div hidden data-pagefind-ignore data-pagefind-meta="title[data-title]" data-title="T"><span data-pagefind-filter="to:FR"></span></div>' +
				'<h2 id="a">A</h2><p>Texte.</p></article></body></html>',
		);
	});
	test('Pagefind gets the ids of headings only (it would keep the text of every element with an id in the fragment)', () => {
		expect(
			pagefindPart(
				'<html lang="en"><body><article data-pagefind-body id="a"><h2 id="the-move">The move</h2>' +
					'<p id="p-1a2b3c" class="x">One.</p><p data-id="k" title="a > b id=c" id=\'q\'>Two.</p><figure ID="f"><img src="i.png" alt="" /></figure></article></body></html>',
			),
		).toBe(
			'<!DOCTYPE html><html lang="en"><body><article data-pagefind-body><h2 id="the-move">The move</h2>' +
				'<p class="x">One.</p><p data-id="k" title="a > b id=c">Two.</p><figure><img src="i.png" alt="" /></figure></article></body></html>',
		);
	});
	test('equivalents of the title weigh more than those of the summary, which weigh more than those of a mention', () => {
		const html =
			'<html lang="en"><body><article data-pagefind-body><div hidden data-title="The 2025 law on cold calling" data-summary="Opt-in."></div>' +
			"<p>Centres d'appels au Maroc.</p></article></body></html>";
		const page = indexedPage(html).html;
		expect(page).toContain('<div data-pagefind-weight="2">⸱ telephone canvassing ⸱</div>');
		expect(page).toContain('<div data-pagefind-weight="1">⸱ prior consent ⸱</div>');
		expect(page).toContain('<div data-pagefind-weight="0.5">⸱ call centre ⸱ Morocco ⸱</div>');
	});
});

test('filter values without results are left out, unless selected', () => {
	expect(filterOptions('to', { MA: 2, GB: 0, TN: 0 }, ['TN'], (v) => v, 'en')).toEqual([
		{ value: 'MA', label: 'MA', count: 2, checked: false },
		{ value: 'TN', label: 'TN', count: 0, checked: true },
	]);
});

describe('exact keys', () => {
	test('a key is also one word that no longer key begins', () => {
		expect(keyToken('Synthetic company 7')).toBe('syntheticcompany7qx');
		expect(keyToken('Synthetic company 70').startsWith(keyToken('Synthetic company 7'))).toBe(false);
		expect(keyToken('Phone Marketing')).toBe('phonemarketingqx');
		expect(keyToken('n° 10719')).toBe('n10719qx');
	});
	test('pages whose key is the query come first, once', () => {
		expect(exactFirst([{ id: 'c' }], [{ id: 'a' }, { id: 'c' }, { id: 'b' }])).toEqual([{ id: 'c' }, { id: 'a' }, { id: 'b' }]);
	});
});

describe('a search by the terms standing for groups', () => {
	/** A Pagefind that answers each query with the page ids listed for it, and records the queries. */
	const fakePagefind = (answers: Record<string, string[]>) => {
		const asked: string[] = [];
		const pagefind = {
			search: async (term: string | null) => {
				asked.push(term ?? '');
				const ids = answers[term ?? ''] ?? [];
				return {
					results: ids.map((id, i) => ({ id, score: 10 - i, data: async () => ({ content: '', url: `/${id}/` }) })),
					unfilteredResultCount: ids.length,
					filters: {},
					totalFilters: {},
				};
			},
		} as unknown as Pagefind;
		return { pagefind, asked };
	};
	test("the pages that have the words as typed come first, then the others the group's term finds", async () => {
		const { pagefind, asked } = fakePagefind({
			'call center': ['ny-act', 'nearby-word'],
			'call centre': ['dreux', 'ny-act', 'keyyo'],
		});
		const found = await forgivingSearch(pagefind, 'call center', {}, undefined, 'en');
		// With the key search of a query of several words (`keyToken`), which finds no page here.
		expect(asked).toEqual(['call center', 'call centre', 'callcenterqx']);
		// "nearby-word" is Pagefind's fallback for a word no page has: the group's term does not find it.
		expect(found.results.map((r) => r.id)).toEqual(['ny-act', 'dreux', 'keyyo']);
		expect(found.complete).toBe(3);
	});
	test('a query in the terms of its index is searched once', async () => {
		const { pagefind, asked } = fakePagefind({ 'call centre': ['dreux', 'ny-act', 'keyyo'] });
		expect((await forgivingSearch(pagefind, 'call centre', {}, undefined, 'en')).results.map((r) => r.id)).toEqual([
			'dreux',
			'ny-act',
			'keyyo',
		]);
		expect(asked).toEqual(['call centre', 'callcentreqx']);
	});
	test('partial matches count a group as one word', async () => {
		const { pagefind, asked } = fakePagefind({ "centre d'appels": ['a', 'b'], Maroc: ['b', 'c'] });
		const found = await forgivingSearch(pagefind, 'relation client Maroc', {}, undefined, 'fr');
		expect(asked).toEqual(['relation client Maroc', "centre d'appels Maroc", 'relationclientmarocqx', "centre d'appels", 'Maroc']);
		expect(found.complete).toBe(0);
		expect(found.results.map((r) => r.id)).toEqual(['b', 'a', 'c']);
	});
});
