import { describe, expect, test } from 'vitest';
import {
	correctionHtml,
	countText,
	excerptOf,
	matchingSections,
	optionCount,
	resultHtml,
	resultMetaLine,
	searchPageLinks,
	withoutHeading,
} from '../../src/lib/search-results.ts';
import { SEARCH_TERMS_MARK } from '../../src/lib/search-vocabulary.ts';
import type { PagefindResultData } from '../../src/lib/pagefind-client.ts';

const counts = { none: 'Aucun résultat', some: '{n} {n|résultat|résultats}' };

const result = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
	url: '/en/cases/keyyo/',
	excerpt: 'Keyyo moved its <mark>call</mark> centre',
	content: '',
	meta: { title: 'Keyyo & partners', date: '2009-06', summary: 'A <short> summary' },
	filters: { kind: ['case'] },
	sub_results: [],
	...over,
});

describe('the search page’s count line and notes', () => {
	test('the plural form of the language, the number formatted in it', () => {
		expect(countText(counts, 0, 'fr-FR')).toBe('Aucun résultat');
		expect(countText(counts, 1, 'fr-FR')).toBe('1 résultat');
		expect(countText(counts, 2, 'fr-FR')).toBe('2 résultats');
		expect(countText(counts, 1234, 'fr-FR')).toBe('1\u202f234 résultats');
		expect(countText({ none: 'No results', some: '{n} {n|result|results}' }, 1234, 'en')).toBe('1,234 results');
	});
	test('a filter option’s count in brackets', () => {
		expect(optionCount(1234, 'en')).toBe('(1,234)');
		expect(optionCount(3, 'fr-FR')).toBe('(3)');
	});
	test('the correction note escapes the words and the link, and keeps replacement patterns as typed', () => {
		const strings = { corrected: 'Showing results for {corrected}', instead: 'search instead for {q}' };
		expect(correctionHtml(strings, 'Keyyo', ' Keyo ', '/en/search/?q=Keyo&literal=1')).toBe(
			'Showing results for <strong>Keyyo</strong> — <a href="/en/search/?q=Keyo&#38;literal=1">search instead for <em>Keyo</em></a>',
		);
		expect(correctionHtml(strings, 'A&B', "$' <i>", '/s/')).toBe(
			'Showing results for <strong>A&#38;B</strong> — <a href="/s/">search instead for <em>$&#39; &#60;i&#62;</em></a>',
		);
	});
});

describe('one search result', () => {
	test('a section’s excerpt loses the heading shown as its link', () => {
		expect(withoutHeading('Timeline. The call centre closed', 'Timeline')).toBe('The call centre closed');
		expect(withoutHeading('Jobs &#38; sites: 400 jobs', 'Jobs & sites')).toBe('400 jobs');
		expect(withoutHeading('Other text', 'Timeline')).toBe('Other text');
	});
	test('an excerpt taken from the indexed names gives way to the summary', () => {
		expect(excerptOf(result())).toBe('Keyyo moved its <mark>call</mark> centre');
		expect(excerptOf(result({ excerpt: `${SEARCH_TERMS_MARK} keyyo keyo` }))).toBe('A &#60;short&#62; summary');
		expect(excerptOf(result({ excerpt: '  ' }))).toBe('A &#60;short&#62; summary');
	});
	test('the meta line: the kind’s label and the date', () => {
		expect(resultMetaLine(result(), { case: 'Case' })).toBe('Case · 2009-06');
		expect(resultMetaLine(result({ filters: {}, meta: {} }), { case: 'Case' })).toBe('');
		expect(resultMetaLine(result({ filters: { kind: ['other'] } }))).toBe('other · 2009-06');
	});
	test('at most three sections of the page itself, none from the indexed names', () => {
		const sub = (url: string, excerpt = 'text') => ({ title: url, url, excerpt });
		const data = result({
			sub_results: [
				sub('/en/cases/keyyo/'),
				sub('/en/cases/keyyo/#a'),
				sub('/en/cases/keyyo/#names', `${SEARCH_TERMS_MARK} keyyo`),
				sub('/en/cases/other/#b'),
				sub('/en/cases/keyyo/?highlight=x#c'),
				sub('/en/cases/keyyo/#d'),
				sub('/en/cases/keyyo/#e'),
			],
		});
		expect(matchingSections(data).map((s) => s.url)).toEqual([
			'/en/cases/keyyo/#a',
			'/en/cases/keyyo/?highlight=x#c',
			'/en/cases/keyyo/#d',
		]);
	});
	test('the HTML of a result, raw text escaped', () => {
		expect(resultHtml(result(), { case: 'Case' }, 'Sections')).toBe(
			'<h3><a href="/en/cases/keyyo/">Keyyo &#38; partners</a></h3><p class="meta-line">Case · 2009-06</p>' +
				'<p class="search-excerpt">Keyyo moved its <mark>call</mark> centre</p>',
		);
		const withSection = result({ sub_results: [{ title: 'Jobs', url: '/en/cases/keyyo/#jobs', excerpt: 'Jobs. <mark>400</mark> moved' }] });
		expect(resultHtml(withSection, undefined, 'Sections "here"')).toBe(
			'<h3><a href="/en/cases/keyyo/">Keyyo &#38; partners</a></h3><p class="meta-line">case · 2009-06</p>' +
				'<p class="search-excerpt">Keyyo moved its <mark>call</mark> centre</p>' +
				'<ul class="search-sections" aria-label="Sections &#34;here&#34;"><li><a href="/en/cases/keyyo/#jobs">Jobs</a> ' +
				'<span class="search-excerpt"><mark>400</mark> moved</span></li></ul>',
		);
	});
});

describe('the header box’s links to the search page', () => {
	test('all results for the words, and the words as typed', () => {
		expect(searchPageLinks('https://example.org/orca/fr/search/', 'café & co')).toEqual({
			all: '/orca/fr/search/?q=caf%C3%A9+%26+co',
			literal: '/orca/fr/search/?q=caf%C3%A9+%26+co&literal=1',
		});
	});
});
