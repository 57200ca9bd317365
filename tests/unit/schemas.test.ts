import { describe, expect, test } from 'vitest';
import { countryCode, httpUrl, isCountryCode, isPartialDate, line, partialDate } from '../../src/schemas/common.ts';
import { textSchema } from '../../src/schemas/text.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

describe('partial dates', () => {
	test.each(['2009', '2009-06', '2018-07-17', '2024-02-29'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
	test.each(['2009-13', '2009-00', '2018-02-30', '2023-02-29', '09-06', '2009-6', '2009/06', 'juin 2009', ''])('refuses %s', (d) =>
		expect(isPartialDate(d)).toBe(false),
	);
	test('accepts an unquoted year (a YAML number) without inventing precision, and refuses a date object', () => {
		expect(partialDate.parse(2009)).toBe('2009');
		expect(partialDate.parse('2009-06')).toBe('2009-06');
		expect(partialDate.safeParse(new Date(Date.UTC(2018, 6, 17))).success).toBe(false);
	});
	test('refuses years outside 1900–2100', () => {
		expect(partialDate.safeParse('0000').error?.issues[0]?.message).toBe('expected a year between 1900 and 2100, got "0000"');
		expect(partialDate.safeParse('2101-01').success).toBe(false);
	});
	test('explains what was expected', () => {
		const result = partialDate.safeParse('2009-13');
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2009-13"');
	});
});

describe('countries and URLs', () => {
	test.each(['FR', 'MA', 'TN', 'SN', 'MU', 'IN', 'PH', 'PT', 'RO', 'GB'])('%s is a country', (c) => expect(isCountryCode(c)).toBe(true));
	test.each(['XX', 'EU', 'UN', 'fr', 'FRA', 'UK', 'ZZ'])('%s is not', (c) => expect(isCountryCode(c)).toBe(false));
	test('country errors name the value', () => {
		expect(countryCode.safeParse('XX').error?.issues[0]?.message).toMatch(/got "XX"/);
	});
	test.each(['https://example.org/a', 'http://questions.assemblee-nationale.fr/q15/15-10719QE.htm'])('accepts %s', (u) =>
		expect(httpUrl.safeParse(u).success).toBe(true),
	);
	test.each(['javascript:alert(1)', 'data:text/html,x', '/fr/cases/', 'ftp://example.org/x', 'https://', 'https://exa mple.org'])(
		'refuses %s',
		(u) => expect(httpUrl.safeParse(u).success).toBe(false),
	);
});

const goodCase = {
	company: 'Keyyo',
	sector: 'telecom',
	function: 'customer-service',
	operator: 'in-house',
	movement: 'reshoring',
	scope: 'partial',
	from: [{ country: 'MA', place: { fr: 'Casablanca', en: 'Casablanca' } }],
	to: [{ country: 'FR' }],
	status: 'implemented',
	jobs: [{ kind: 'observed', measure: 'created', count: 11, sources: ['s1'] }],
	sources: ['s1'],
	confidence: 'single-source',
	updated: '2026-11-22',
};

describe('case schema', () => {
	test('accepts a complete case and fills defaults', () => {
		const parsed = caseSchema.parse(goodCase);
		expect(parsed.quotes).toEqual([]);
		expect(parsed.events).toEqual([]);
		expect(parsed.date).toBeUndefined();
	});
	test('announced and observed figures stay apart', () => {
		expect(caseSchema.safeParse({ ...goodCase, jobs: [{ kind: 'estimated', count: 3, sources: ['s1'] }] }).success).toBe(false);
	});
	test.each(['moved', 'created', 'cut', 'site-staff', 'company-staff'])('a job figure may count %s', (measure) => {
		const parsed = caseSchema.parse({ ...goodCase, jobs: [{ kind: 'observed', measure, count: 11, sources: ['s1'] }] });
		expect(parsed.jobs[0]!.measure).toBe(measure);
	});
	test.each(['company', 'union', 'government', 'press'])('a job figure may be claimed by %s', (claimant) => {
		const parsed = caseSchema.parse({ ...goodCase, jobs: [{ kind: 'announced', measure: 'moved', claimant, count: 11, sources: ['s1'] }] });
		expect(parsed.jobs[0]!.claimant).toBe(claimant);
	});
	test('a job figure must say what it counts; the claimant is optional', () => {
		expect(caseSchema.parse(goodCase).jobs[0]).toEqual({ kind: 'observed', measure: 'created', count: 11, sources: ['s1'] });
		const missing = caseSchema.safeParse({ ...goodCase, jobs: [{ kind: 'observed', count: 11, sources: ['s1'] }] });
		expect(missing.error?.issues[0]?.path).toEqual(['jobs', 0, 'measure']);
		expect(missing.error?.issues[0]?.message).toBe(
			'expected what the figure counts: one of moved, created, cut, site-staff, company-staff',
		);
	});
	test('an unknown measure or claimant is refused, naming the field and the allowed values', () => {
		const measure = caseSchema.safeParse({ ...goodCase, jobs: [{ kind: 'observed', measure: 'staff', count: 11, sources: ['s1'] }] });
		expect(measure.error?.issues[0]?.path).toEqual(['jobs', 0, 'measure']);
		expect(measure.error?.issues[0]?.message).toBe(
			'expected what the figure counts: one of moved, created, cut, site-staff, company-staff',
		);
		const claimant = caseSchema.safeParse({
			...goodCase,
			jobs: [{ kind: 'observed', measure: 'cut', claimant: 'ceo', count: 11, sources: ['s1'] }],
		});
		expect(claimant.error?.issues[0]?.path).toEqual(['jobs', 0, 'claimant']);
		expect(claimant.error?.issues[0]?.message).toMatch(/"company"\|"union"\|"government"\|"press"/);
	});
	test('a job figure needs a source', () => {
		const result = caseSchema.safeParse({ ...goodCase, jobs: [{ kind: 'observed', measure: 'created', count: 11, sources: [] }] });
		expect(result.error?.issues[0]?.path).toEqual(['jobs', 0, 'sources']);
	});
	test('unknown motives are refused', () => {
		expect(caseSchema.safeParse({ ...goodCase, motives: ['cheaper'] }).success).toBe(false);
	});
	test('a case without any source is refused', () => {
		expect(caseSchema.safeParse({ ...goodCase, sources: [] }).error?.issues[0]?.message).toBe('expected at least one source id');
	});
});

describe('document and source schemas', () => {
	test('a written question with JO pages', () => {
		const doc = documentSchema.parse({
			kind: 'written-question',
			number: '10719',
			chamber: { fr: 'Assemblée nationale', en: 'National Assembly' },
			published: { date: '2018-07-17', page: 6253 },
			answered: { date: '2018-08-14', page: 7347 },
			officialUrl: 'https://questions.assemblee-nationale.fr/q15/15-10719QE.htm',
			sources: ['an'],
			updated: '2026-11-22',
		});
		expect(doc.published).toEqual({ date: '2018-07-17', page: 6253 });
	});
	test('a source may have no title or date, never an unsafe URL', () => {
		const base = { publisher: 'X', url: 'https://example.org', language: 'fr', type: 'press' };
		expect(sourceSchema.parse(base).authors).toEqual([]);
		expect(sourceSchema.safeParse({ ...base, url: 'javascript:void(0)' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...base, type: 'rumour' }).success).toBe(false);
	});
});

/** Issues as the content loader prints them: `field: message`. */
const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('one-line fields', () => {
	const source = { publisher: 'X', url: 'https://example.org', language: 'fr', type: 'press' };
	test.each([
		['company', 'Acme\nEvil'],
		['company', 'Acme\r\nEvil'],
		['company', 'Acme\u2028Evil'],
		['company', 'Acme\tEvil'],
		['company', 'Acme\u0000'],
		['company', 'Acme\u001b[31m'],
		['group', 'Group\u0085'],
		['provider', 'Provider\u007f'],
	])('%s %j is refused, naming the field', (field, value) => {
		expect(problems(caseSchema.safeParse({ ...goodCase, [field]: value }))).toEqual([
			`${field}: expected a one-line text without line breaks, tabs or control characters, got ${JSON.stringify(value)}`,
		]);
	});
	test('place names, labels, roles and speakers are one line too', () => {
		const bad = 'Casa\nblanca';
		const got = problems(
			caseSchema.safeParse({
				...goodCase,
				from: [{ country: 'MA', place: { fr: bad, en: 'Casablanca' } }],
				quotes: [{ text: 'Words.', lang: 'fr', speaker: bad, role: { fr: 'PDG', en: bad }, sources: ['s1'] }],
				events: [{ date: '2010', type: 'other', label: { fr: bad, en: 'x' }, sources: ['s1'] }],
			}),
		).map((p) => p.split(':')[0]);
		expect(got).toEqual(['from.0.place.fr', 'quotes.0.speaker', 'quotes.0.role.en', 'events.0.label.fr']);
	});
	test('source title, publisher and author names are one line', () => {
		const got = problems(
			sourceSchema.safeParse({
				...source,
				title: 'A\nB',
				publisher: 'P\rQ',
				authors: [{ family: 'F\tG', given: 'G' }, { literal: 'Org\n' }],
			}),
		).map((p) => p.split(':')[0]);
		expect(got).toEqual(['title', 'publisher', 'authors.0.family', 'authors.1.literal']);
	});
	test('titles and summaries of the prose are one line', () => {
		expect(problems(textSchema.safeParse({ title: 'A\nB', summary: 'S.' }))).toEqual([
			'title: expected a one-line text without line breaks, tabs or control characters, got "A\\nB"',
		]);
	});
	test('accents, punctuation and non-Latin scripts are fine', () => {
		expect(line.safeParse('Société Générale — « relation client » (Casablanca) 100 % 中文').success).toBe(true);
	});
});

describe('white space alone is not a text', () => {
	test.each(['', ' ', '   ', '\u00a0', '\u3000', '\n'])('%j is refused with one message naming the field', (value) => {
		expect(problems(caseSchema.safeParse({ ...goodCase, company: value }))).toEqual([
			'company: expected a one-line text, got an empty or white-space-only one',
		]);
	});
	test('in every kind of record', () => {
		const source = { publisher: ' ', url: 'https://example.org', language: 'fr', type: 'press' };
		expect(problems(sourceSchema.safeParse(source))).toEqual(['publisher: expected a one-line text, got an empty or white-space-only one']);
		expect(problems(textSchema.safeParse({ title: 'T', summary: '  ' }))).toEqual([
			'summary: expected a one-line text, got an empty or white-space-only one',
		]);
		expect(problems(caseSchema.safeParse({ ...goodCase, to: [{ country: 'FR', place: { fr: ' ', en: 'Lille' } }] }))).toEqual([
			'to.0.place.fr: expected a one-line text, got an empty or white-space-only one',
		]);
	});
});

describe('URLs with a user name', () => {
	const withUser = [
		'https://example.org@evil.example.com/',
		'https://user:pass@example.org/a',
		'http://@example.org/',
		'https://a%40b@example.org',
	];
	test.each(withUser)('%s is refused, naming the field', (url) => {
		const source = { publisher: 'X', url, language: 'fr', type: 'press' };
		expect(problems(sourceSchema.safeParse(source))).toEqual([
			`url: expected a URL without a user name or password before "@" (the page is on the host after it), got "${url}"`,
		]);
	});
	test('an @ in the path, query or an archived copy is fine', () => {
		const fine = [
			'https://example.org/@handle',
			'https://example.org/a?to=x@y.org',
			'https://web.archive.org/web/2010/https://example.org/@a',
		];
		for (const url of fine) expect(httpUrl.safeParse(url).success, url).toBe(true);
	});
	test('the archived copy is checked too', () => {
		const source = { publisher: 'X', url: 'https://example.org', archived: 'https://a@evil.example.com/', language: 'fr', type: 'press' };
		expect(problems(sourceSchema.safeParse(source))[0]).toMatch(/^archived: expected a URL without a user name/);
	});
});
