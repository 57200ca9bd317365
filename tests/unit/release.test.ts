/** CITATION.cff and .zenodo.json at the repository root name the version of the downloads, and are up to date. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../src/build/content.ts';
import { casesJson } from '../../src/lib/open-data/cases.ts';
import { citationCff, RELEASE_FILES, zenodoJson } from '../../src/lib/open-data/release.ts';
import { minimalCase } from './cases.ts';

const real = loadContent();
const casesVersion = (JSON.parse(casesJson(real)) as { version: { date: string; hash: string } }).version;

describe('release metadata', () => {
	test.each(RELEASE_FILES.map((f) => f.path))('the committed %s is the one `npm run release` writes from the content', (path) => {
		const file = RELEASE_FILES.find((f) => f.path === path)!;
		expect(readFileSync(path, 'utf8'), `${path} is out of date: run \`npm run release\` and commit it`).toBe(file.build(real));
	});

	test('CITATION.cff is CFF 1.2.0 for a dataset by one entity, CC BY 4.0, with the version of cases.json and no DOI', () => {
		const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
		expect(Object.keys(cff)).toEqual([
			'cff-version',
			'message',
			'title',
			'type',
			'authors',
			'license',
			'version',
			'date-released',
			'repository-code',
			'abstract',
			'keywords',
		]);
		expect(cff).toMatchObject({
			'cff-version': '1.2.0',
			type: 'dataset',
			authors: [{ name: "ORCA — Observatoire de la relocalisation des centres d'appels" }],
			license: 'CC-BY-4.0',
		});
		expect(cff.version).toBe(`${casesVersion.date}+${casesVersion.hash}`);
		expect(cff['date-released']).toBe(casesVersion.date);
		expect(cff['date-released']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('.zenodo.json names the same version, a dataset under cc-by-4.0, and no DOI', () => {
		const zenodo = JSON.parse(readFileSync('.zenodo.json', 'utf8')) as Record<string, unknown>;
		expect(zenodo).toMatchObject({
			upload_type: 'dataset',
			license: 'cc-by-4.0',
			access_right: 'open',
			creators: [{ name: "ORCA — Observatoire de la relocalisation des centres d'appels" }],
			version: `${casesVersion.date}+${casesVersion.hash}`,
			publication_date: casesVersion.date,
		});
		expect(zenodo).not.toHaveProperty('doi');
	});

	test('on a small corpus, the version follows the content', () => {
		const corpus = {
			cases: [
				{
					id: 'a',
					data: minimalCase({ updated: '2026-12-04' }),
					text: { fr: { title: 'A', summary: 'A' }, en: { title: 'A', summary: 'A' } },
				},
			],
			documents: [],
			sources: [],
			context: [],
		};
		const cff = parse(citationCff(corpus)) as { version: string; 'date-released': string };
		expect(cff['date-released']).toBe('2026-12-04');
		expect(cff.version).toMatch(/^2026-12-04\+[0-9a-f]{12}$/);
		expect((JSON.parse(zenodoJson(corpus)) as { version: string }).version).toBe(cff.version);
	});
});
