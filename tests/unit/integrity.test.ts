import { describe, expect, test } from 'vitest';
import { checkCorpus, ContentError, sourceFields, type CorpusInput } from '../../src/lib/integrity.ts';

const corpus = (): CorpusInput => ({
	sources: [{ id: 's1', data: {} }],
	cases: [{ id: 'acme', filePath: 'content/cases/acme/case.yaml', data: { sources: ['s1'], jobs: [{ sources: ['s1'] }] } }],
	documents: [{ id: 'qe', data: { sources: ['s1'], relatedCases: ['acme'] } }],
	context: [],
	texts: ['cases/acme/fr', 'cases/acme/en', 'documents/qe/fr', 'documents/qe/en'].map((id) => ({ id, data: {} })),
});

describe('corpus integrity', () => {
	test('a consistent corpus has no issue', () => {
		expect(checkCorpus(corpus())).toEqual([]);
	});
	test('an unknown source anywhere in an entry is reported with its path', () => {
		const c = corpus();
		c.cases[0]!.data = { sources: ['s1'], jobs: [{ sources: ['s1', 'ghost'] }] };
		expect(checkCorpus(c)).toEqual([
			{
				file: 'content/cases/acme/case.yaml',
				field: 'jobs[0].sources[1]',
				message: 'unknown source id "ghost"; expected the name of a file in content/sources/ without .yaml (e.g. s1)',
			},
		]);
	});
	test('a missing translation is reported, nothing is dropped', () => {
		const c = corpus();
		c.texts = c.texts.filter((t) => t.id !== 'documents/qe/en');
		const issues = checkCorpus(c);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.file).toBe('content/documents/qe/en.md');
	});
	test('prose without facts and odd file names are reported', () => {
		const c = corpus();
		c.texts.push({ id: 'cases/orphan/fr', data: {} }, { id: 'cases/acme/de', data: {} });
		expect(checkCorpus(c).map((i) => i.field)).toEqual(['(folder)', '(file name)']);
	});
	test('unknown related items are reported', () => {
		const c = corpus();
		c.documents[0]!.data = { sources: ['s1'], relatedCases: ['nope'] };
		expect(checkCorpus(c)[0]).toMatchObject({ file: 'content/documents/qe/document.yaml', field: 'relatedCases[0]' });
	});
	test('two source files with the same URL are reported', () => {
		const c = corpus();
		c.sources = [
			{ id: 's1', data: { url: 'https://example.org/a' } },
			{ id: 's2', filePath: 'content/sources/s2.yaml', data: { url: 'https://example.org/a' } },
		];
		expect(checkCorpus(c)).toEqual([
			{
				file: 'content/sources/s2.yaml',
				field: 'url',
				message: 'same URL as source "s1"; expected one file per source: cite "s1" instead',
			},
		]);
	});
	test('two URLs of one page are one source, whatever their case, port, fragment or trailing slash', () => {
		const c = corpus();
		c.sources = [
			{ id: 's1', data: { url: 'https://example.org/a/b' } },
			{ id: 's2', filePath: 'content/sources/s2.yaml', data: { url: 'HTTPS://Example.ORG:443/a/b/#section' } },
			{ id: 's3', filePath: 'content/sources/s3.yaml', data: { url: 'https://example.org/a/b?page=2' } },
			{ id: 's4', filePath: 'content/sources/s4.yaml', data: { url: 'https://example.org/A/b' } },
		];
		expect(checkCorpus(c)).toEqual([
			{
				file: 'content/sources/s2.yaml',
				field: 'url',
				message:
					'same URL as source "s1" ("https://example.org/a/b" and "HTTPS://Example.ORG:443/a/b/#section" are one page); ' +
					'expected one file per source: cite "s1" instead',
			},
		]);
	});
	test('the error lists every issue on its own line', () => {
		const error = new ContentError([
			{ file: 'a.yaml', field: 'x', message: 'm1' },
			{ file: 'b.yaml', field: 'y', message: 'm2' },
		]);
		expect(error.message.split('\n')).toEqual([
			'ORCA content is invalid (2 problems):',
			'  a.yaml: field "x": m1',
			'  b.yaml: field "y": m2',
		]);
	});
	test('source fields are found at any depth', () => {
		expect(sourceFields({ sources: ['a'], quotes: [{ sources: ['b'] }], cost: { sources: ['c'] } })).toEqual([
			{ field: 'sources', ids: ['a'] },
			{ field: 'quotes[0].sources', ids: ['b'] },
			{ field: 'cost.sources', ids: ['c'] },
		]);
	});
});
