/**
 * The CSV writer (src/lib/csv.ts) with hostile text: a cell a spreadsheet would run as a formula gets
 * a `'` in front (OWASP), numbers stay numbers, RFC 4180 quoting still applies.
 */
import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { cellText, csvField, toCsv } from '../../src/lib/csv.ts';
import { casesCsv } from '../../src/lib/open-data/cases.ts';
import { figurePayloads } from '../../src/lib/figures.ts';
import { minimalCase } from './cases.ts';
import type { DataCorpus } from '../../src/lib/data-corpus.ts';

describe('formula injection', () => {
	test.each([
		['=HYPERLINK("https://evil.example.com","x")', `'=HYPERLINK("https://evil.example.com","x")`],
		['+1+1', `'+1+1`],
		['-2+3', `'-2+3`],
		['@SUM(A1:A2)', `'@SUM(A1:A2)`],
		['\tTab', `'\tTab`],
		['\rCR', `'\rCR`],
		["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
	])('text %j is written %j', (text, written) => expect(cellText(text)).toBe(written));

	test.each([
		['Acme', 'Acme'],
		['Rabat;Lille', 'Rabat;Lille'],
		['2010-05', '2010-05'],
		[' =leading space', ' =leading space'],
		['a=b', 'a=b'],
		['', ''],
	])('harmless text %j is kept as %j', (text, written) => expect(cellText(text)).toBe(written));

	test('numbers and booleans stay as they are, nothing is empty', () => {
		expect(cellText(-3)).toBe('-3');
		expect(cellText(1250.5)).toBe('1250.5');
		expect(cellText(true)).toBe('true');
		expect(cellText(undefined)).toBe('');
	});

	test('a whole file: prefixed, quoted, and read back by a CSV parser', () => {
		const csv = toCsv(
			['name', 'jobs'],
			[
				['=1+2, "x"', -20],
				['-Lille\r\nRabat', 0],
				['@x', undefined],
			],
		);
		expect(csv).toBe(`\uFEFFname,jobs\r\n"'=1+2, ""x""",-20\r\n"'-Lille\r\nRabat",0\r\n'@x,\r\n`);
		expect(csvParse(csv.slice(1)).map((r) => ({ ...r }))).toEqual([
			{ name: `'=1+2, "x"`, jobs: '-20' },
			{ name: `'-Lille\r\nRabat`, jobs: '0' },
			{ name: `'@x`, jobs: '' },
		]);
	});

	test('quoting alone is RFC 4180', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('plain')).toBe('plain');
	});
});

describe('every CSV the site writes goes through it', () => {
	const hostileCase = minimalCase({
		company: '=HYPERLINK("https://evil.example.com","Acme")',
		from: [{ country: 'MA', place: { fr: '-Rabat', en: '@Rabat' } }],
		date: '2010',
		jobs: [{ kind: 'announced', measure: 'created', count: 20, date: '2010', sources: ['s'] }],
		events: [{ date: '2010', type: 'other', label: { fr: '+x', en: '+x' }, sources: ['s'] }],
	});
	const corpus: DataCorpus = {
		cases: [{ id: 'h', data: hostileCase, text: { fr: { title: '=Titre', summary: 'R.' }, en: { title: '=Title', summary: 'S.' } } }],
		documents: [],
		sources: [],
		context: [],
	};
	test('cases.csv', () => {
		const [row] = csvParse(casesCsv(corpus).slice(1));
		expect(row).toMatchObject({
			company: `'=HYPERLINK("https://evil.example.com","Acme")`,
			title_fr: "'=Titre",
			from_places_fr: "'-Rabat",
			from_places_en: "'@Rabat",
			announced_jobs: '20',
			year: '2010',
		});
	});
	test('the figures CSV downloads: numbers stay numbers, no cell starts a formula', () => {
		let cells = 0;
		for (const lang of ['fr', 'en'] as const)
			for (const [id, figure] of Object.entries(figurePayloads(lang, corpus))) {
				const rows = csvParse((figure as { csv: string }).csv.slice(1));
				cells += rows.length;
				for (const row of rows)
					for (const cell of Object.values(row)) {
						expect(cell, `${id}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
						if (/^'/.test(cell ?? '')) throw new Error(`${id}: unexpected prefixed cell ${cell}`);
					}
			}
		expect(cells).toBeGreaterThan(0);
	});
});
