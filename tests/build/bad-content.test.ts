/**
 * Bad content never reaches readers: each malformed fixture must stop `astro build` with a message
 * naming the file, the field and what was expected. Fixtures are the good corpus plus one edit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildWorkDir } from '../site.ts';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const GOOD = 'tests/fixtures/good';
const CASE = 'cases/acme-rabat-lille/case.yaml';
const work = buildWorkDir('orca-fixtures-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the good corpus, applies `edit`, builds it; returns the exit status and all output. */
function buildWith(name: string, edit: (root: string) => void) {
	const root = join(work, name);
	cpSync(GOOD, root, { recursive: true });
	edit(root);
	const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, `${name}-dist`)], {
		encoding: 'utf8',
		env: { ...process.env, ORCA_CONTENT: root, ORCA_CACHE_DIR: join(work, `${name}-cache`), ORCA_BASE: '/' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, root };
}

/** `npm run data` on the same corpus: its exit status and the problem lines it prints. */
function dataWith(root: string) {
	const result = spawnSync(process.execPath, ['scripts/data.ts', join(root, '..', `${relative(work, root)}-data`)], {
		encoding: 'utf8',
		env: { ...process.env, ORCA_CONTENT: root },
	});
	return { status: result.status, problems: result.stderr.split('\n').filter((line) => line.startsWith('  ')) };
}

/** `npm run content:check` on the same corpus: its exit status and the problem lines it prints. */
function checkWith(root: string) {
	const result = spawnSync(process.execPath, ['scripts/content-check.ts'], {
		encoding: 'utf8',
		env: { ...process.env, ORCA_CONTENT: root },
	});
	return { status: result.status, problems: result.stderr.split('\n').filter((line) => line.startsWith('  ')), summary: result.stdout };
}

/** Replaces `from` by `to` in a fixture file (failing loudly if `from` is absent). */
function replaceIn(file: string, from: string | RegExp, to: string) {
	const text = readFileSync(file, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}`);
	writeFileSync(file, next);
}

describe('malformed content stops the build', () => {
	const cases: { name: string; edit: (root: string) => void; file: string; field: string; expected: RegExp }[] = [
		{
			name: 'missing-company',
			edit: (r) => replaceIn(join(r, CASE), /^company: Acme\n/m, ''),
			file: CASE,
			field: 'company',
			expected: /field "company": missing; expected a one-line text/,
		},
		{
			name: 'unknown-movement',
			edit: (r) => replaceIn(join(r, CASE), 'movement: reshoring', 'movement: teleportation'),
			file: CASE,
			field: 'movement',
			expected: /reshoring.*offshoring.*nearshoring/,
		},
		{
			name: 'month-13',
			edit: (r) => replaceIn(join(r, CASE), /^date: 2010-05/m, 'date: 2009-13'),
			file: CASE,
			field: 'date',
			expected: /YYYY, YYYY-MM or YYYY-MM-DD, got "2009-13"/,
		},
		{
			name: 'february-30',
			edit: (r) => replaceIn(join(r, CASE), 'date: 2010, type: relocated', 'date: "2010-02-30", type: relocated'),
			file: CASE,
			field: 'events.0.date',
			expected: /got "2010-02-30"/,
		},
		{
			name: 'unknown-country',
			edit: (r) => replaceIn(join(r, CASE), 'country: MA', 'country: XX'),
			file: CASE,
			field: 'from.0.country',
			expected: /ISO 3166-1 alpha-2 country code such as FR or MA, got "XX"/,
		},
		{
			name: 'javascript-url',
			edit: (r) => replaceIn(join(r, 'sources/press-one.yaml'), 'https://example.org/article', '"javascript:alert(1)"'),
			file: 'sources/press-one.yaml',
			field: 'url',
			expected: /absolute http:\/\/ or https:\/\/ URL, got "javascript:alert\(1\)"/,
		},
		{
			name: 'negative-jobs',
			edit: (r) => replaceIn(join(r, CASE), 'count: 20', 'count: -20'),
			file: CASE,
			field: 'jobs.0.count',
			expected: /expected number to be >=0|Too small/i,
		},
		{
			name: 'bad-currency',
			edit: (r) =>
				writeFileSync(
					join(r, CASE),
					readFileSync(join(r, CASE), 'utf8') + 'cost: { amount: 100, currency: euros, sources: [press-one] }\n',
				),
			file: CASE,
			field: 'cost.currency',
			expected: /ISO 4217 currency code/,
		},
		{
			name: 'unknown-source',
			edit: (r) => replaceIn(join(r, CASE), 'sources: [press-one]\nconfidence', 'sources: [press-one, no-such-source]\nconfidence'),
			file: CASE,
			field: 'sources[1]',
			expected: /unknown source id "no-such-source"; expected the name of a file in .*sources\//,
		},
		{
			name: 'missing-translation',
			edit: (r) => rmSync(join(r, 'cases/acme-rabat-lille/en.md')),
			file: 'cases/acme-rabat-lille/en.md',
			field: 'title',
			expected: /missing English text/,
		},
		{
			name: 'mdx-runs-code',
			edit: (r) =>
				writeFileSync(
					join(r, 'cases/acme-rabat-lille/fr.mdx'),
					"---\ntitle: x\nsummary: y\n---\nimport { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/passwd', 'utf8')}\n",
				),
			file: 'cases/acme-rabat-lille/fr.mdx',
			field: '(file)',
			expected: /MDX is not accepted \(it can run code\)/,
		},
		{
			name: 'misspelt-key',
			edit: (r) => writeFileSync(join(r, CASE), readFileSync(join(r, CASE), 'utf8') + 'relatedcases: [acme-rabat-lille]\n'),
			file: CASE,
			field: 'relatedcases',
			expected: /unknown field "relatedcases" \(did you mean "relatedCases"\?\)/,
		},
		{
			name: 'unknown-related-case',
			edit: (r) =>
				replaceIn(join(r, 'documents/qe-1/document.yaml'), 'sources: [press-one]', 'sources: [press-one]\nrelatedCases: [ghost-case]'),
			file: 'documents/qe-1/document.yaml',
			field: 'relatedCases[0]',
			expected: /unknown case "ghost-case"/,
		},
		{
			name: 'company-line-break',
			edit: (r) => replaceIn(join(r, CASE), /^company: Acme\n/m, 'company: "Acme\\nEvil"\n'),
			file: CASE,
			field: 'company',
			expected: /expected a one-line text without line breaks, tabs or control characters, got "Acme\\nEvil"/,
		},
		{
			name: 'blank-summary',
			edit: (r) => replaceIn(join(r, 'cases/acme-rabat-lille/en.md'), 'summary: "A test case."', 'summary: "   "'),
			file: 'cases/acme-rabat-lille/en.md',
			field: 'summary',
			expected: /expected a one-line text, got an empty or white-space-only one/,
		},
		{
			name: 'url-user-info',
			edit: (r) =>
				replaceIn(join(r, 'sources/press-one.yaml'), 'https://example.org/article', 'https://example.org@evil.example.com/article'),
			file: 'sources/press-one.yaml',
			field: 'url',
			expected: /expected a URL without a user name or password before "@"/,
		},
		{
			name: 'change-before-first-publication',
			edit: (r) => replaceIn(join(r, CASE), '  - date: 2026-10-15', '  - date: 2026-09-15'),
			file: CASE,
			field: 'changes[0].date',
			expected: /change dated 2026-09-15, before the first publication \(firstPublished: 2026-10-01\)/,
		},
	];

	for (const c of cases) {
		test(`${c.name}: names ${c.file}, field ${c.field}`, () => {
			const { status, output, root } = buildWith(c.name, c.edit);
			expect(status).not.toBe(0);
			const rel = relative(process.cwd(), join(root, c.file));
			expect(output).toContain(rel.startsWith('..') ? join(root, c.file) : rel);
			expect(output).toMatch(new RegExp(c.field.replace(/[.[\]]/g, '\\$&')));
			expect(output).toMatch(c.expected);
			// The build and `npm run data` read content with one reader: same verdict, same messages.
			const data = dataWith(root);
			expect(data.status).toBe(1);
			expect(data.problems.length).toBeGreaterThan(0);
			for (const line of data.problems) expect(output).toContain(line);
			// `npm run content:check` too, in seconds and without building.
			const check = checkWith(root);
			expect(check.status).toBe(1);
			expect(check.problems).toEqual(data.problems);
			for (const line of check.problems) expect(output).toContain(line);
			expect(check.summary).toMatch(/^content: 2 cases, 1 document, 1 source, 0 context entries checked; \d+ problems? in \d+ files?\n$/);
		});
	}

	test('the good corpus builds, and every good entry becomes a page in both languages', () => {
		const { status, output } = buildWith('good', () => {});
		expect(output).not.toMatch(/\[ERROR\]|Error\]/);
		expect(status).toBe(0);
		for (const lang of ['fr', 'en'])
			for (const page of ['cases/acme-rabat-lille', 'documents/qe-1'])
				expect(() => readFileSync(join(work, 'good-dist', lang, page, 'index.html'))).not.toThrow();
	});
});
