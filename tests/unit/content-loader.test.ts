import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { ContentError } from '../../src/lib/integrity.ts';

const work = mkdtempSync(join(tmpdir(), 'orca-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the Node content loader used by the data scripts', () => {
	test('loads the fixture corpus with both languages', () => {
		const corpus = loadContent('tests/fixtures/good');
		expect(corpus.cases.map((c) => c.id)).toEqual(['acme-rabat-lille', 'beta-pune-leeds']);
		expect(corpus.cases[0]!.text.en.title).toBe('Acme comes back to Lille');
		expect(corpus.cases[0]!.data.events[0]!.date).toBe('2010');
		expect(corpus.documents[0]!.data.published).toEqual({ date: '2018-07-17', page: 1 });
		expect(corpus.sources[0]!.data.published).toBe('2010-05');
	});
	test('loads the real corpus', () => {
		const corpus = loadContent('content');
		expect(corpus.cases.length).toBeGreaterThan(0);
		expect(corpus.documents.length).toBeGreaterThan(0);
	});
	test('reports every problem with file and field, like the build', () => {
		const root = join(work, 'bad');
		cpSync('tests/fixtures/good', root, { recursive: true });
		const file = join(root, 'cases/acme-rabat-lille/case.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('movement: reshoring', 'movement: sideways').replace('date: 2010-05', 'date: 2010-13').replace('measure: created', 'measure: staff'),
		);
		const error = (() => {
			try {
				loadContent(root);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		const issues = (error as ContentError).issues;
		expect(issues.map((i) => [i.file, i.field])).toEqual([
			[file, 'movement'],
			[file, 'date'],
			[file, 'jobs.0.measure'],
		]);
		expect(issues[2]!.message).toMatch(/expected one of "moved"\|"created"\|"cut"\|"site-staff"\|"company-staff"/);
	});
});
