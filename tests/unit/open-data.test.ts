import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { DataCorpus } from '../../src/lib/data-corpus.ts';
import type { CaseData } from '../../src/schemas/case.ts';
import { minimalCase } from './cases.ts';
import { loadContent } from '../../src/build/content.ts';
import { casesCsv, casesFileData, casesJson, flatCase, CASE_COLUMNS } from '../../src/lib/open-data/cases.ts';
import { caseJobFigure, isComparable, jobFigureText, latestComparable } from '../../src/lib/job-figures.ts';
import { costPerJob, eventsByYear, flowCases, jobsByYear, topCountries } from '../../src/lib/charts/aggregates.ts';
import { caseRecordJsonSchema, caseSchemaJson, casesFileJsonSchema } from '../../src/lib/open-data/schema.ts';
import { dataVersion } from '../../src/lib/open-data/version.ts';
import { DATASETS } from '../../src/lib/open-data/index.ts';
import { aggregateFlows, flowValue } from '../../src/lib/charts/flows.ts';
import { codeSpans, fieldDescription, schemaFields, VALUE_GROUPS } from '../../src/lib/data-dictionary.ts';
import { caseRecordDocs } from '../../src/build/schema-docs.ts';
import { hasKey, label } from '../../src/i18n/index.ts';

/** A synthetic case, validated by the real schema so that defaults apply. */
function makeCase(id: string, data: Record<string, unknown>) {
	const parsed = minimalCase({ company: id.toUpperCase(), ...data });
	return {
		id,
		data: parsed,
		text: { fr: { title: `Titre ${id}`, summary: 'Résumé.' }, en: { title: `Title ${id}`, summary: 'Summary.' } },
	};
}
const corpusOf = (...cases: ReturnType<typeof makeCase>[]): DataCorpus => ({ cases, documents: [], sources: [], context: [] });
/** A job figure (`moved` unless said otherwise). */
const job = (kind: 'announced' | 'observed', count: number, date?: string, measure = 'moved') => ({
	kind,
	count,
	measure,
	...(date ? { date } : {}),
	sources: ['s'],
});
const event = (date: string, type = 'other') => ({ date, type, label: { fr: 'x', en: 'x' }, sources: ['s'] });

const synthetic = corpusOf(
	makeCase('a', {
		from: [{ country: 'MA' }],
		date: '2009-06',
		jobs: [
			job('announced', 400, '2009-06', 'created'),
			job('observed', 550, '2019'),
			job('announced', 700, undefined, 'cut'),
			job('observed', 20000, '2021', 'company-staff'),
			job('observed', 10, '2022', 'site-staff'),
		],
		events: [event('2009-06'), event('2019')],
	}),
	makeCase('b', {
		movement: 'offshoring',
		from: [{ country: 'FR' }],
		to: [{ country: 'MA' }, { country: 'TN' }],
		date: '2012',
		jobs: [job('announced', 200), job('announced', 3000, '2013', 'site-staff')],
		events: [event('2012-03')],
	}),
	makeCase('c', {
		from: [{ country: 'TN' }],
		date: '2012',
		cost: { amount: 150000, currency: 'EUR', sources: ['s'] },
		jobs: [job('observed', 11, undefined, 'created'), job('observed', 900, '2020', 'site-staff')],
	}),
	makeCase('e', {
		from: [{ country: 'IN' }],
		to: [{ country: 'GB' }],
		date: '2011',
		cost: { amount: 5000, currency: 'GBP', sources: ['s'] },
		jobs: [job('observed', 40000, '2011', 'company-staff'), job('announced', 300, '2011', 'site-staff')],
	}),
	makeCase('d', {
		company: 'Quote, "Comma" and more',
		to: [{ country: 'FR', place: { fr: 'Lille', en: 'Lille' } }],
		cost: { amount: 9000, currency: 'EUR', approximate: true, sources: ['s'] },
	}),
);

describe('aggregations', () => {
	test('only moved, created and cut figures are comparable; head counts and figures without a measure are not', () => {
		expect(
			['moved', 'created', 'cut', 'site-staff', 'company-staff', undefined].map((measure) =>
				isComparable({ measure } as CaseData['jobs'][number]),
			),
		).toEqual([true, true, true, false, false, false]);
	});
	test('the latest comparable figure of a kind is the latest dated one, else the last listed; head counts never; none is undefined', () => {
		const jobs = synthetic.cases[0]!.data.jobs;
		expect(latestComparable(jobs, 'announced')?.count).toBe(400);
		// 20 000 (company staff, 2021) and 10 (site staff, 2022) are later, but head counts.
		expect(latestComparable(jobs, 'observed')?.count).toBe(550);
		expect(latestComparable([job('announced', 1), job('announced', 2)] as CaseData['jobs'], 'announced')?.count).toBe(2);
		expect(latestComparable([], 'observed')).toBeUndefined();
		expect(latestComparable(synthetic.cases[3]!.data.jobs, 'observed')).toBeUndefined();
		expect(latestComparable(synthetic.cases[3]!.data.jobs, 'announced')).toBeUndefined();
	});
	test("a case's figure is its latest observed comparable one, else its latest announced one", () => {
		expect(caseJobFigure(synthetic.cases[0]!.data.jobs)?.count).toBe(550);
		expect(caseJobFigure(synthetic.cases[1]!.data.jobs)?.count).toBe(200);
		expect(caseJobFigure(synthetic.cases[3]!.data.jobs)).toBeUndefined();
	});
	test('a figure is written with its measure, kind and date, never bare', () => {
		const [created, , , staff] = synthetic.cases[0]!.data.jobs;
		expect(jobFigureText('fr', created!)).toBe('400 créés, annoncés, juin 2009');
		expect(jobFigureText('en', created!)).toBe('400 created, announced, June 2009');
		expect(jobFigureText('fr', staff!)).toBe("20\u202f000 salariés de l'entreprise ou du groupe, constatés, 2021");
		expect(jobFigureText('en', { ...staff!, claimant: 'union' }, { claimant: true })).toBe(
			'20,000 company or group staff, observed, 2021, according to a union',
		);
		expect(jobFigureText('en', synthetic.cases[3]!.data.jobs[1]!)).toBe('300 site staff, announced, 2011');
	});
	test('events are counted per year and movement; cases without events are counted apart', () => {
		const r = eventsByYear(synthetic);
		expect(r.rows).toEqual([
			{ year: 2009, movement: 'reshoring', value: 1, cases: 1 },
			{ year: 2012, movement: 'offshoring', value: 1, cases: 1 },
			{ year: 2019, movement: 'reshoring', value: 1, cases: 1 },
		]);
		expect(r.events).toBe(3);
		expect(r.casesWithoutEvents).toBe(3);
	});
	test('announced and observed jobs are summed apart, in the year of the figure; head counts and unmeasured figures never; missing figures are not zeros', () => {
		const announced = jobsByYear(synthetic, 'announced');
		// b's 3 000 (2013, no measure) and e's 300 (no measure) are not added.
		expect(announced.rows).toEqual([
			{ year: 2009, movement: 'reshoring', value: 400, cases: 1 },
			{ year: 2012, movement: 'offshoring', value: 200, cases: 1 },
		]);
		expect(announced).toMatchObject({ counted: 2, withoutFigure: 2, notComparable: 1, undated: 0 });
		const observed = jobsByYear(synthetic, 'observed');
		// No 2020, 2021 or 2022 bar: 900 site staff, 20 000 and 40 000 company staff are head counts.
		expect(observed.rows).toEqual([
			{ year: 2012, movement: 'reshoring', value: 11, cases: 1 },
			{ year: 2019, movement: 'reshoring', value: 550, cases: 1 },
		]);
		expect(observed).toMatchObject({ counted: 2, withoutFigure: 2, notComparable: 1, undated: 0 });
		// A figure with no date on a case with no date has no year: left out, and said.
		const undated = jobsByYear(corpusOf(makeCase('x', { jobs: [job('observed', 5)] })), 'observed');
		expect(undated).toMatchObject({ rows: [], counted: 0, undated: 1, withoutFigure: 0, notComparable: 0 });
	});
	test('top countries keep N and gather the rest as other; cases naming no country are counted apart', () => {
		const many = corpusOf(
			...['MA', 'MA', 'TN', 'SN', 'MU', 'IN', 'PH'].map((c, i) => makeCase(`k${i}`, { from: [{ country: c }] })),
			makeCase('none', {}),
		);
		const r = topCountries(many, 'from', 3);
		expect(r.rows).toEqual([
			{ country: 'MA', cases: 2 },
			{ country: 'IN', cases: 1 },
			{ country: 'MU', cases: 1 },
			{ country: 'other', cases: 3, countries: 3 },
		]);
		expect(r.withoutCountry).toBe(1);
		// No "other" bar for a single leftover country: it is shown by name.
		expect(topCountries(many, 'from', 5).rows.map((x) => x.country)).toEqual(['MA', 'IN', 'MU', 'PH', 'SN', 'TN']);
		expect(topCountries(synthetic, 'to').rows).toEqual([
			{ country: 'FR', cases: 3 },
			{ country: 'GB', cases: 1 },
			{ country: 'MA', cases: 1 },
			{ country: 'TN', cases: 1 },
		]);
	});
	test('cost per job uses the comparable observed figure when there is one (never a head count), and counts cases without jobs apart', () => {
		const r = costPerJob(synthetic);
		expect(r.rows).toEqual([
			{
				id: 'c',
				company: 'C',
				movement: 'reshoring',
				amount: 150000,
				currency: 'EUR',
				approximate: false,
				jobs: 11,
				measure: 'created',
				basis: 'observed',
				perJob: 13636,
			},
		]);
		expect(r.withoutCost).toBe(2);
		// d has no figure; e has only a head count and a figure without a measure.
		expect(r.withoutJobs).toBe(2);
	});
	test('flows pair every origin with every destination; weights never add announced and observed', () => {
		const cases = flowCases(synthetic);
		const all = aggregateFlows(cases);
		expect(all.flows.map((f) => f.key)).toEqual(['FR-MA', 'FR-TN', 'IN-GB', 'MA-FR', 'TN-FR']);
		expect(all.withoutOrigin).toBe(1);
		const ma = all.flows.find((f) => f.key === 'MA-FR')!;
		expect(ma).toMatchObject({ cases: 1, announced: { sum: 400, n: 1 }, observed: { sum: 550, n: 1 } });
		expect(
			flowValue(
				all.flows.find((f) => f.key === 'TN-FR')!,
				'announced',
			),
		).toBeUndefined();
		// Head counts never weigh a flow: TN → FR is 11 created, not 900 site staff; IN → GB has no comparable figure.
		expect(
			flowValue(
				all.flows.find((f) => f.key === 'TN-FR')!,
				'observed',
			),
		).toBe(11);
		expect(all.flows.find((f) => f.key === 'IN-GB')).toMatchObject({
			cases: 1,
			announced: { sum: 0, n: 0 },
			observed: { sum: 0, n: 0 },
		});
		const fr = aggregateFlows(cases, { movement: 'offshoring' }).flows.find((f) => f.key === 'FR-MA')!;
		expect(fr).toMatchObject({ announced: { sum: 200, n: 1 }, observed: { sum: 0, n: 0 } });
		expect(aggregateFlows(cases, { movement: 'offshoring' }).flows).toHaveLength(2);
		const period = aggregateFlows(cases, { fromYear: 2010, toYear: 2012 });
		expect(period.flows.map((f) => f.key)).toEqual(['FR-MA', 'FR-TN', 'IN-GB', 'TN-FR']);
		expect(period.kept).toBe(3);
	});
});

describe('open-data files', () => {
	const real = loadContent('content');
	test('the CSV parses back (d3-dsv) to the same records as the JSON, one row per case', () => {
		for (const corpus of [synthetic, real]) {
			const csv = casesCsv(corpus);
			expect(csv.startsWith('\uFEFF')).toBe(true);
			expect(csv.endsWith('\r\n')).toBe(true);
			const rows = csvParse(csv.slice(1));
			const json = JSON.parse(casesJson(corpus)) as ReturnType<typeof casesFileData>;
			expect(rows.length).toBe(corpus.cases.length);
			expect(rows.columns).toEqual(CASE_COLUMNS.map((c) => c.name));
			expect(rows.map((r) => ({ ...r }))).toEqual(json.cases.map(flatCase));
		}
	});
	test('fields with commas or quotes are quoted as RFC 4180 says (one-line fields hold no line break)', () => {
		const line = casesCsv(synthetic)
			.split('\r\n')
			.find((l) => l.startsWith('d,'))!;
		expect(line).toContain('"Quote, ""Comma"" and more"');
		const d = csvParse(casesCsv(synthetic).slice(1)).find((r) => r.id === 'd')!;
		expect(d.company).toBe('Quote, "Comma" and more');
		expect(d.announced_jobs).toBe('');
		expect(d.cost_approximate).toBe('true');
		expect(d.to_places_fr).toBe('Lille');
	});
	test('the JSON Schema derived from the Zod schemas validates the JSON export and rejects bad records', () => {
		const ajv = new Ajv2020({ strict: false });
		const validate = ajv.compile(casesFileJsonSchema(caseRecordDocs()));
		for (const corpus of [synthetic, real]) {
			const json = JSON.parse(casesJson(corpus)) as unknown;
			expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		}
		const bad = JSON.parse(casesJson(synthetic)) as { cases: Record<string, unknown>[] };
		bad.cases[0]!.movement = 'sideways';
		expect(validate(bad)).toBe(false);
		bad.cases[0]!.movement = 'reshoring';
		bad.cases[0]!.date = '2009-13';
		expect(validate(bad)).toBe(false);
		const one = ajv.compile(JSON.parse(caseSchemaJson(caseRecordDocs())) as object);
		expect(one(JSON.parse(casesJson(real)).cases[0])).toBe(true);
	});
	test('every download carries the same version and the licence', () => {
		const json = casesFileData(real);
		expect(json.licence.name).toBe('CC BY 4.0');
		expect(json.version.hash).toMatch(/^[0-9a-f]{12}$/);
		expect(json.version.date).toBe('2026-12-05');
		const pkg = JSON.parse(DATASETS.find((d) => d.path === 'datapackage.json')!.build(real, caseRecordDocs())) as {
			version: string;
			licenses: { name: string }[];
		};
		expect(pkg.version).toBe(`${json.version.date}+${json.version.hash}`);
		expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
	});
	test('events.json validates against its published JSON Schema, which refuses a bad event, and datapackage.json lists both', () => {
		const build = (path: string) => DATASETS.find((d) => d.path === path)!.build(real, caseRecordDocs());
		const validate = new Ajv2020({ strict: false }).compile(JSON.parse(build('schema/events.schema.json')) as object);
		const events = JSON.parse(build('events.json')) as { events: Record<string, unknown>[] };
		expect(validate(events), JSON.stringify(validate.errors)).toBe(true);
		events.events[0]!.lane = 'sideways';
		expect(validate(events)).toBe(false);
		const pkg = JSON.parse(build('datapackage.json')) as { resources: { name: string; path: string; schema?: unknown }[] };
		expect(pkg.resources.map((r) => [r.name, r.path, r.schema])).toEqual([
			['cases-csv', 'cases.csv', expect.any(Object)],
			['cases-json', 'cases.json', 'schema/cases.schema.json'],
			['events-json', 'events.json', 'schema/events.schema.json'],
		]);
	});
	test('the version depends on the content, not on load order', () => {
		const reversed = { ...real, cases: [...real.cases].reverse(), sources: [...real.sources].reverse() };
		expect(dataVersion(reversed)).toEqual(dataVersion(real));
		const changed = { ...real, cases: real.cases.map((c, i) => (i === 0 ? { ...c, data: { ...c.data, company: 'Other' } } : c)) };
		expect(dataVersion(changed).hash).not.toBe(dataVersion(real).hash);
	});
	test('the data dictionary describes every field and labels every allowed value, in both languages', () => {
		const docs = caseRecordDocs();
		const fields = schemaFields(casesFileJsonSchema(docs).properties!.cases!.items!);
		expect(fields.length).toBeGreaterThan(40);
		for (const f of fields) {
			for (const lang of ['fr', 'en'] as const)
				expect(fieldDescription(docs, f.path, lang), `${lang} description of ${f.path} (JSDoc, and its @fr tag)`).not.toBe('');
			const group = VALUE_GROUPS[f.path];
			if (f.enum) {
				expect(group, `label group of ${f.path}`).toBeDefined();
				for (const v of f.enum) for (const lang of ['fr', 'en'] as const) expect(label(lang, group!, String(v))).not.toBe('');
			}
		}
		for (const c of CASE_COLUMNS) expect(hasKey(`csv.${c.name}`), `description of column ${c.name}`).toBe(true);
	});
	test('a field described in both languages in the schema is described so in the data dictionary and the published schema', () => {
		const docs = caseRecordDocs();
		expect(docs.get('jobs[].count')).toEqual({
			en: 'Number of jobs as the source gives it.',
			fr: "Nombre d'emplois tel que la source le donne.",
		});
		expect(fieldDescription(docs, 'title.fr', 'fr')).toBe('Texte en français, sur une ligne.');
		expect(fieldDescription(docs, 'no.such.field', 'en')).toBe('');
		const record = caseRecordJsonSchema(docs);
		expect(record.properties!.jobs!.items!.properties!.count!.description).toBe('Number of jobs as the source gives it.');
	});
	test('a description shows its backtick spans as code', () => {
		expect(codeSpans('Amount in `currency`.')).toEqual([
			{ text: 'Amount in ', code: false },
			{ text: 'currency', code: true },
			{ text: '.', code: false },
		]);
		expect(codeSpans('`moved` or `cut`')).toEqual([
			{ text: 'moved', code: true },
			{ text: ' or ', code: false },
			{ text: 'cut', code: true },
		]);
	});
});

test('every download is described on the data page, in both languages', () => {
	for (const d of DATASETS) expect(hasKey(`data.file.${d.path.split('/').at(-1)}`), d.path).toBe(true);
});
