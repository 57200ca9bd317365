import { describe, expect, test } from 'vitest';
import { basePath, comparableUrl, pageUrl, pathWithBase, switchLanguage, withoutBase, withView } from '../../src/lib/url.ts';

describe('base-aware URLs', () => {
	test('base always ends with a slash', () => {
		expect(basePath('/')).toBe('/');
		expect(basePath('/orca')).toBe('/orca/');
		expect(basePath('/orca/')).toBe('/orca/');
	});
	test('paths are prefixed once', () => {
		expect(pathWithBase('fr/cases/', '/')).toBe('/fr/cases/');
		expect(pathWithBase('/fr/cases/', '/orca/')).toBe('/orca/fr/cases/');
		expect(pathWithBase('favicon.svg', '/orca')).toBe('/orca/favicon.svg');
	});
	test('the base comes off a path one way, the inverse of pathWithBase', () => {
		expect(withoutBase('/orca/fr/cases/keyyo/', '/orca/')).toBe('fr/cases/keyyo/');
		expect(withoutBase('/orca/fr/cases/keyyo/', '/orca')).toBe('fr/cases/keyyo/');
		expect(withoutBase('/fr/cases/', '/')).toBe('fr/cases/');
		expect(withoutBase('/orca/', '/orca/')).toBe('');
		expect(withoutBase('/other/fr/', '/orca/')).toBe('other/fr/');
		expect(withoutBase('//fr/', '/orca/')).toBe('fr/');
		expect(pathWithBase(withoutBase('/orca/en/timeline/', '/orca/'), '/orca/')).toBe('/orca/en/timeline/');
	});
	test('page URLs use the same slug in both languages', () => {
		expect(pageUrl('fr', 'cases', 'keyyo')).toBe('/fr/cases/keyyo/');
		expect(pageUrl('en', 'cases', 'keyyo')).toBe('/en/cases/keyyo/');
		expect(pageUrl('en')).toBe('/en/');
	});
	test('the language switch lands on the same page', () => {
		expect(switchLanguage('/fr/cases/keyyo/', 'en', '/')).toBe('/en/cases/keyyo/');
		expect(switchLanguage('/orca/en/documents/qe-15-10719/', 'fr', '/orca/')).toBe('/orca/fr/documents/qe-15-10719/');
		expect(switchLanguage('/orca/fr/', 'en', '/orca/')).toBe('/orca/en/');
		expect(switchLanguage('/orca/en', 'fr', '/orca/')).toBe('/orca/fr/');
	});
	test('the language switch keeps the query and the hash, replacing any it had', () => {
		expect(withView('/orca/en/timeline/', '?lane=policy&view=2009-01-01_2012-01-01', '')).toBe(
			'/orca/en/timeline/?lane=policy&view=2009-01-01_2012-01-01',
		);
		expect(withView('/en/cases/?movement=reshoring', '?sort=year', '#list')).toBe('/en/cases/?sort=year#list');
		expect(withView('/fr/figures/#fig-1', '', '')).toBe('/fr/figures/');
	});
});

describe('comparable external URLs', () => {
	test.each([
		['HTTPS://Example.ORG/a', 'https://example.org/a'],
		['https://example.org:443/a', 'https://example.org/a'],
		['http://example.org:80/a', 'http://example.org/a'],
		['https://example.org:8443/a', 'https://example.org:8443/a'],
		['https://example.org/a/#part', 'https://example.org/a'],
		['https://example.org/a//', 'https://example.org/a'],
		['https://example.org', 'https://example.org/'],
		['https://example.org/#top', 'https://example.org/'],
		['https://example.org/a/?q=1#x', 'https://example.org/a?q=1'],
		['https://example.org/Case/Path', 'https://example.org/Case/Path'],
	])('%s → %s', (url, expected) => expect(comparableUrl(url)).toBe(expected));
});
