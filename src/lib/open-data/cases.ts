/**
 * Cases as open data: `cases.json` (every fact, job figures in full) and `cases.csv` (one flat row
 * per case for spreadsheets: RFC 4180, UTF-8 with a BOM, CRLF line ends, ISO dates).
 */
import type { CaseData } from '../../schemas/case.ts';
import type { DataCorpus, DataEntry } from '../data-corpus.ts';
import type { CaseRecord, CasesFile } from '../../schemas/open-data.ts';
import { CONFIDENCES, FUNCTIONS, MOTIVES, MOVEMENTS, OPERATORS, SCOPES, SECTORS, STATUSES } from '../../schemas/vocabulary.ts';
import { COMPARABLE_MEASURES, latestComparable, type JobFigure } from '../job-figures.ts';
import { cellText, toCsv, type CsvValue } from '../csv.ts';
import { byId, dataVersion, LICENCE, versionLabel } from './version.ts';

/** Every case as published, ordered by id. */
export function caseRecords(corpus: DataCorpus): CaseRecord[] {
	return byId(corpus.cases).map((c: DataEntry<CaseData>) => ({
		id: c.id,
		title: { fr: c.text.fr.title, en: c.text.en.title },
		summary: { fr: c.text.fr.summary, en: c.text.en.summary },
		...c.data,
	}));
}

/** The type of a CSV column, as the data dictionary states it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year' | 'list';

/** One column of `cases.csv`: its name, type, allowed values and how it is read off a case. */
export interface CsvColumn {
	name: string;
	type: ColumnType;
	/** Closed list of values (each item of a `list`), labelled under `group` in the UI dictionaries. */
	values?: { group: string; items: readonly string[] };
	/** Unit of a number, as a UI dictionary key under `data.unit.`. */
	unit?: 'jobs' | 'currency' | 'figures';
	get(record: CaseRecord): CsvValue;
}

/** Separator between the items of a `list` column. */
export const LIST_SEPARATOR = ';';
const list = (items: readonly (string | undefined)[]) => items.filter((x): x is string => Boolean(x)).join(LIST_SEPARATOR);
/** Place names in the order of the countries (an empty item where a place is not known). */
const places = (ends: CaseRecord['from'], lang: 'fr' | 'en') =>
	ends.some((e) => e.place) ? ends.map((e) => e.place?.[lang] ?? '').join(LIST_SEPARATOR) : '';

/**
 * One job figure as a CSV list item: `count measure kind date claimant`, space-separated, unknown
 * parts as `-` (`400 created announced 2009-06 company`, `1200 site-staff observed 2015 -`).
 */
export const jobFigureItem = (j: JobFigure) => [j.count, j.measure ?? '-', j.kind, j.date ?? '-', j.claimant ?? '-'].join(' ');

/**
 * The columns of `cases.csv`, in order. Job figures are never summed: the latest comparable figure
 * of each kind (jobs moved, created or cut; never a head count) with its measure and date, and every
 * figure with its measure, kind, date and claimant in `job_figures_list`.
 */
export const CASE_COLUMNS: readonly CsvColumn[] = [
	{ name: 'id', type: 'string', get: (r) => r.id },
	{ name: 'title_fr', type: 'string', get: (r) => r.title.fr },
	{ name: 'title_en', type: 'string', get: (r) => r.title.en },
	{ name: 'company', type: 'string', get: (r) => r.company },
	{ name: 'group', type: 'string', get: (r) => r.group },
	{ name: 'sector', type: 'string', values: { group: 'sector', items: SECTORS }, get: (r) => r.sector },
	{ name: 'function', type: 'string', values: { group: 'function', items: FUNCTIONS }, get: (r) => r.function },
	{ name: 'operator', type: 'string', values: { group: 'operator', items: OPERATORS }, get: (r) => r.operator },
	{ name: 'provider', type: 'string', get: (r) => r.provider },
	{ name: 'movement', type: 'string', values: { group: 'movement', items: MOVEMENTS }, get: (r) => r.movement },
	{ name: 'scope', type: 'string', values: { group: 'scope', items: SCOPES }, get: (r) => r.scope },
	{ name: 'from_countries', type: 'list', get: (r) => list(r.from.map((e) => e.country)) },
	{ name: 'from_places_fr', type: 'list', get: (r) => places(r.from, 'fr') },
	{ name: 'from_places_en', type: 'list', get: (r) => places(r.from, 'en') },
	{ name: 'to_countries', type: 'list', get: (r) => list(r.to.map((e) => e.country)) },
	{ name: 'to_places_fr', type: 'list', get: (r) => places(r.to, 'fr') },
	{ name: 'to_places_en', type: 'list', get: (r) => places(r.to, 'en') },
	{ name: 'date', type: 'date', get: (r) => r.date },
	{ name: 'year', type: 'year', get: (r) => (r.date ? Number(r.date.slice(0, 4)) : undefined) },
	{ name: 'status', type: 'string', values: { group: 'status', items: STATUSES }, get: (r) => r.status },
	{ name: 'announced_jobs', type: 'integer', unit: 'jobs', get: (r) => latestComparable(r.jobs, 'announced')?.count },
	{ name: 'announced_jobs_measure', type: 'string', values: { group: 'measure', items: COMPARABLE_MEASURES }, get: (r) => latestComparable(r.jobs, 'announced')?.measure },
	{ name: 'announced_jobs_date', type: 'date', get: (r) => latestComparable(r.jobs, 'announced')?.date },
	{ name: 'observed_jobs', type: 'integer', unit: 'jobs', get: (r) => latestComparable(r.jobs, 'observed')?.count },
	{ name: 'observed_jobs_measure', type: 'string', values: { group: 'measure', items: COMPARABLE_MEASURES }, get: (r) => latestComparable(r.jobs, 'observed')?.measure },
	{ name: 'observed_jobs_date', type: 'date', get: (r) => latestComparable(r.jobs, 'observed')?.date },
	{ name: 'job_figures', type: 'integer', unit: 'figures', get: (r) => r.jobs.length },
	{ name: 'job_figures_list', type: 'list', get: (r) => list(r.jobs.map(jobFigureItem)) },
	{ name: 'cost_amount', type: 'number', unit: 'currency', get: (r) => r.cost?.amount },
	{ name: 'cost_currency', type: 'string', get: (r) => r.cost?.currency },
	{ name: 'cost_approximate', type: 'boolean', get: (r) => r.cost?.approximate },
	{ name: 'motives', type: 'list', values: { group: 'motive', items: MOTIVES }, get: (r) => list(r.motives) },
	{ name: 'confidence', type: 'string', values: { group: 'confidence', items: CONFIDENCES }, get: (r) => r.confidence },
	{ name: 'sources', type: 'list', get: (r) => list(r.sources) },
	{ name: 'updated', type: 'date', get: (r) => r.updated },
];

/** A case as one CSV row: column name → text as written in the file (empty when unknown). */
export function flatCase(record: CaseRecord): Record<string, string> {
	return Object.fromEntries(CASE_COLUMNS.map((c) => [c.name, cellText(c.get(record))]));
}

/** `cases.csv`. */
export function casesCsv(corpus: DataCorpus): string {
	return toCsv(
		CASE_COLUMNS.map((c) => c.name),
		caseRecords(corpus).map((record) => CASE_COLUMNS.map((c) => c.get(record))),
	);
}

/** How to cite the data set, with its version. */
export function dataCitation(version: CasesFile['version']): string {
	return `ORCA — Observatoire de la relocalisation des centres d'appels, open data, version ${versionLabel(version)}, ${LICENCE.name}.`;
}

/** What every JSON download carries besides its records: name, title, version, licence, citation and count. */
export function envelope<D extends string>(corpus: DataCorpus, dataset: D, title: string, count: number) {
	const version = dataVersion(corpus);
	return { dataset, title, version, licence: { name: LICENCE.name, url: LICENCE.url }, citation: dataCitation(version), count };
}

/** The content of `cases.json`. */
export function casesFileData(corpus: DataCorpus): CasesFile {
	const cases = caseRecords(corpus);
	return { ...envelope(corpus, 'cases', "ORCA — cases of call-centre relocation / cas de relocalisation de centres d'appels", cases.length), cases };
}

/** `cases.json`, pretty-printed with a final newline. */
export function casesJson(corpus: DataCorpus): string {
	return `${JSON.stringify(casesFileData(corpus), null, '\t')}\n`;
}
