import { describe, expect, test } from 'vitest';
import { equivalentTerms, foldText, sameStem } from '../../src/lib/search-terms.ts';
import {
	buildVocabulary,
	vocabularyBuilder,
	correctQuery,
	correctWord,
	editDistance,
	keyToken,
	speller,
} from '../../src/lib/search-vocabulary.ts';
import { exactFirst, queryWords, rankPartial } from '../../src/lib/search-forgiving.ts';
import { searchNames } from '../../src/lib/search-meta.ts';
import { articleText, indexedPage, pagefindPart } from '../../src/integrations/pagefind.ts';
import { filterOptions } from '../../src/lib/search-state.ts';
import { minimalCase } from './cases.ts';

describe('equivalent terms', () => {
	test('folding drops case, accents and typographic apostrophes', () => {
		expect(foldText('Délocalisation des Centres d’Appels !')).toBe("delocalisation des centres d'appels");
	});
	test('a page is also found by the other language and by synonyms', () => {
		const fr = equivalentTerms("Keyyo rapatrie son service client de Casablanca à Abbeville, relocalisation d'un centre d'appels");
		expect(fr).toContain('reshoring');
		expect(fr).toContain('call centre');
		expect(fr).toContain('call center');
		expect(fr).toContain('Morocco');
		expect(fr).not.toContain('rapatrie');
		expect(fr).not.toContain('offshoring');
		const en = equivalentTerms('The 2025 law banning telephone canvassing without prior consent');
		expect(en).toContain('cold calling');
		expect(en).toContain('opt-in');
		expect(en).toContain('démarchage téléphonique');
		expect(equivalentTerms('call centres in Morocco')).toContain('call center');
	});
	test('plain words do not pull in a group', () => {
		expect(equivalentTerms('to us and them')).toEqual([]);
	});
	test('in an index language, forms of the same stem as a word of the page or an earlier term are left out', () => {
		const text = 'la relocalisation du centre';
		expect(equivalentTerms(text)).toEqual(expect.arrayContaining(['relocalisé', 'relocaliser', 'rapatrié', 'reshoring']));
		const fr = equivalentTerms(text, 'fr');
		// Pagefind's French stemmer finds the page by these already (relocalis, rapatri).
		expect(fr).not.toContain('relocalisé');
		expect(fr).not.toContain('relocaliser');
		expect(fr).not.toContain('rapatrier');
		// Another stem, another language or another word: kept.
		expect(fr).toEqual(expect.arrayContaining(['rapatriement', 'relocalization', 'reshoring', 'reshored', 'brought back']));
		// French and English stemmers make "relocation" `reloc`, whose search finds every word it begins.
		expect(fr).not.toContain('relocation');
		expect(fr).not.toContain('rapatrié');
		expect(equivalentTerms('calls were reshored', 'en')).not.toContain('reshoring');
		expect(equivalentTerms('calls were reshored', 'en')).toContain('relocalisation');
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
		expect(page.folded).toMatch(/^keyyo le service client revient du maroc de casablanca .*morocco/);
		expect(page.html).toContain('<div data-pagefind-weight="3">⸱ Keyyo ⸱ keyyoqx ⸱</div>');
		expect(page.html).toMatch(/<div data-pagefind-weight="0.5">⸱ Abbeville \(Somme\) ⸱ Maroc ⸱ .*Morocco.* ⸱<\/div> <\/article>/);
		expect(page.html).toContain('call centre');
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
			'<html lang="en"><body><article data-pagefind-body><div hidden data-title="The 2025 law on telephone canvassing" data-summary="Prior consent."></div>' +
			'<p>Call centres in Morocco.</p></article></body></html>';
		const page = indexedPage(html).html;
		expect(page).toMatch(/<div data-pagefind-weight="2">⸱ cold calling ⸱ [^<]*telemarketing[^<]* ⸱<\/div>/);
		expect(page).toMatch(/<div data-pagefind-weight="1">⸱ opt-in ⸱ [^<]*consentement préalable[^<]* ⸱<\/div>/);
		// "Maroc" is the beginning of "marocain": a search for it finds the page by the longer word.
		expect(page).toMatch(/<div data-pagefind-weight="0.5">⸱ call center ⸱ .*marocain.* ⸱<\/div>/);
		expect(page).not.toMatch(/⸱ Maroc ⸱/);
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
