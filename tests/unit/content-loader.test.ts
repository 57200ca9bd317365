/**
 * The one content reader (src/build/content.ts), used by the build and by `npm run data`: every
 * bad input is refused with the file, the field and what was expected; nothing is dropped silently.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent, readContent } from '../../src/build/content.ts';
import { ContentError } from '../../src/lib/integrity.ts';

const work = mkdtempSync(join(tmpdir(), 'orca-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CASE = 'cases/acme-rabat-lille/case.yaml';
const FR = 'cases/acme-rabat-lille/fr.md';
let n = 0;

/** The good fixture corpus with one edit; returns the problems as `file | field | message` lines relative to the corpus. */
function problemsWith(edit: (root: string) => void): string[] {
	const root = join(work, `c${n++}`);
	cpSync('tests/fixtures/good', root, { recursive: true });
	edit(root);
	return readContent(root).issues.map((i) => `${i.file.slice(root.length + 1)} | ${i.field} | ${i.message}`);
}
const replaceIn = (root: string, file: string, from: string, to: string) => {
	const text = readFileSync(join(root, file), 'utf8');
	if (!text.includes(from)) throw new Error(`fixture edit found nothing to replace in ${file}`);
	writeFileSync(join(root, file), text.replace(from, to));
};
const append = (root: string, file: string, text: string) => writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8') + text);

describe('the content reader', () => {
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
	test('reports every problem with file and field, in a ContentError', () => {
		const root = join(work, 'bad');
		cpSync('tests/fixtures/good', root, { recursive: true });
		replaceIn(root, CASE, 'movement: reshoring', 'movement: sideways');
		replaceIn(root, CASE, 'date: 2010-05\nstatus', 'date: 2010-13\nstatus');
		replaceIn(root, CASE, 'measure: created', 'measure: staff');
		const error = (() => {
			try {
				loadContent(root);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).issues.map((i) => [i.file, i.field])).toEqual([
			[join(root, CASE), 'movement'],
			[join(root, CASE), 'date'],
			[join(root, CASE), 'jobs.0.measure'],
		]);
		expect((error as ContentError).issues[2]!.message).toBe(
			'expected what the figure counts: one of moved, created, cut, site-staff, company-staff',
		);
	});
});

describe('bad and hostile inputs are refused by name', () => {
	const cases: { name: string; edit: (root: string) => void; expected: string[] }[] = [
		{
			name: 'an MDX text (it could run code)',
			edit: (r) => writeFileSync(join(r, 'cases/acme-rabat-lille/de.mdx'), "import x from 'node:fs'\n"),
			expected: [
				'cases/acme-rabat-lille/de.mdx | (file) | unexpected file; MDX is not accepted (it can run code); expected a plain Markdown file, de.md',
			],
		},
		{
			name: 'fr.mdx beside fr.md',
			edit: (r) => writeFileSync(join(r, 'cases/acme-rabat-lille/fr.mdx'), '---\ntitle: x\nsummary: y\n---\n'),
			expected: [
				'cases/acme-rabat-lille/fr.mdx | (file) | unexpected file; MDX is not accepted (it can run code); expected a plain Markdown file, fr.md',
			],
		},
		{
			name: 'x.yml beside x.yaml',
			edit: (r) => writeFileSync(join(r, 'sources/press-one.yml'), 'title: other\n'),
			expected: ['sources/press-one.yml | (file) | unexpected file; expected the extension .yaml (press-one.yaml)'],
		},
		{
			name: 'a folder name that is not a slug (..acme)',
			edit: (r) => cpSync(join(r, 'cases/acme-rabat-lille'), join(r, 'cases/..acme'), { recursive: true }),
			expected: ['cases/..acme | (name) | "..acme" is not a valid folder name; expected lower-case letters a-z, digits and single hyphens'],
		},
		{
			name: 'an upper-case folder name',
			edit: (r) => cpSync(join(r, 'cases/acme-rabat-lille'), join(r, 'cases/Acme-Rabat-Lille'), { recursive: true }),
			expected: [
				'cases/Acme-Rabat-Lille | (name) | "Acme-Rabat-Lille" is not a valid folder name; expected lower-case letters a-z, digits and single hyphens',
			],
		},
		{
			name: 'a misspelt key',
			edit: (r) => append(r, CASE, 'motive: [labour-cost]\n'),
			expected: [
				`${CASE} | motive | unknown field "motive" (did you mean "motives"?); expected one of: company, group, sector, function, operator, provider, movement, scope, from, to, date, status, jobs, cost, motives, quotes, events, sources, relatedCases, relatedDocuments, confidence, firstPublished, formerIds, changes, updated`,
			],
		},
		{
			name: 'an unknown key in the front matter',
			edit: (r) => replaceIn(r, FR, 'title:', 'titel: x\ntitle:'),
			expected: [`${FR} | titel | unknown field "titel" (did you mean "title"?); expected one of: title, summary, updated`],
		},
		{
			name: '1,000 in a flow mapping (YAML reads a key "000")',
			edit: (r) => replaceIn(r, CASE, 'count: 20', 'count: 1,000'),
			expected: [
				`${CASE} | jobs.0.0 | unknown field "0" (a number written 1,000 inside { } is read as two fields: write 1000); expected one of: kind, measure, movement, claimant, count, date, note, sources`,
			],
		},
		{
			name: 'an unquoted impossible date',
			edit: (r) => replaceIn(r, CASE, 'date: 2010-05\nstatus', 'date: 2009-02-30\nstatus'),
			expected: [`${CASE} | date | expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2009-02-30"`],
		},
		{
			name: 'year 0000',
			edit: (r) => replaceIn(r, CASE, 'date: 2010-05\nstatus', 'date: "0000"\nstatus'),
			expected: [`${CASE} | date | expected a year between 1900 and 2100, got "0000"`],
		},
		{
			name: 'a YAML syntax error',
			edit: (r) => append(r, CASE, 'motives: [labour-cost\n'),
			expected: [
				expect.stringMatching(
					new RegExp(`^${CASE} \\| \\(yaml\\) \\| YAML syntax error at line \\d+: .+; expected a mapping of case fields`),
				),
			] as unknown as string[],
		},
		{
			name: 'an empty file',
			edit: (r) => writeFileSync(join(r, 'sources/press-one.yaml'), ''),
			expected: ['sources/press-one.yaml | (file) | the file is empty; expected a mapping of source fields (see src/schemas/source.ts)'],
		},
		{
			name: 'a list where a mapping was expected',
			edit: (r) => writeFileSync(join(r, 'sources/press-one.yaml'), '- title: x\n'),
			expected: ['sources/press-one.yaml | (file) | got a list; expected a mapping of source fields (see src/schemas/source.ts)'],
		},
		{
			name: 'Latin-1 bytes',
			edit: (r) =>
				writeFileSync(
					join(r, FR),
					Buffer.concat([Buffer.from('---\ntitle: "Acme '), Buffer.from([0xe9]), Buffer.from('"\nsummary: s\n---\n')]),
				),
			expected: [`${FR} | (file) | the file is not valid UTF-8; expected a text file saved as UTF-8`],
		},
		{
			name: 'an oversized text',
			edit: (r) => append(r, FR, 'x'.repeat(200_001)),
			expected: [
				expect.stringMatching(new RegExp(`^${FR} \\| \\(file\\) \\| file of \\d+ bytes; expected at most 200000 bytes$`)),
			] as unknown as string[],
		},
		{
			name: 'a case related to itself',
			edit: (r) => append(r, CASE, 'relatedCases: [acme-rabat-lille]\n'),
			expected: [`${CASE} | relatedCases[0] | "acme-rabat-lille" is this record itself; expected other cases`],
		},
		{
			name: 'a former slug that is still a published case',
			edit: (r) => {
				cpSync(join(r, 'cases/acme-rabat-lille'), join(r, 'cases/acme-two'), { recursive: true });
				append(r, CASE, 'formerIds: [acme-two]\n');
			},
			expected: [`${CASE} | formerIds[0] | "acme-two" is a published case; expected a slug no longer in use`],
		},
		{
			name: 'a repeated list item',
			edit: (r) => replaceIn(r, CASE, 'sources: [press-one]\nconfidence', 'sources: [press-one, press-one]\nconfidence'),
			expected: [`${CASE} | sources[1] | "press-one" is listed twice; expected each item once`],
		},
		{
			name: 'a stray file in a case folder',
			edit: (r) => writeFileSync(join(r, 'cases/acme-rabat-lille/notes.txt'), 'x'),
			expected: ['cases/acme-rabat-lille/notes.txt | (file) | unexpected file; expected only case.yaml, fr.md, en.md'],
		},
		{
			name: 'a required page in one language only',
			edit: (r) => rmSync(join(r, 'pages/methodology/en.md')),
			expected: ['pages/methodology/en.md | title | missing English text; every page exists in fr and en'],
		},
		{
			name: 'a missing required page',
			edit: (r) => rmSync(join(r, 'pages/methodology'), { recursive: true }),
			expected: [
				'pages/methodology/fr.md | (file) | missing required page; expected the methodology page in French',
				'pages/methodology/en.md | (file) | missing required page; expected the methodology page in English',
			],
		},
		{
			name: 'an empty content folder',
			edit: (r) => {
				rmSync(r, { recursive: true });
				mkdirSync(r);
			},
			expected: [
				'cases | (folder) | no case found; expected at least one folder cases/<slug>/ with case.yaml, fr.md and en.md',
				'pages/methodology/fr.md | (file) | missing required page; expected the methodology page in French',
				'pages/methodology/en.md | (file) | missing required page; expected the methodology page in English',
			],
		},
	];
	for (const c of cases)
		test(c.name, () => {
			expect(problemsWith(c.edit)).toEqual(c.expected);
		});
});
