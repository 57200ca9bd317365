/**
 * Every open-data file, by its path under `/data/`: the site serves them (src/pages/data/) and
 * `npm run data` writes them to a folder, both from these functions. Add a data set with one line.
 */
import type { DataCorpus } from '../data-corpus.ts';
import type { FieldDocs } from '../data-dictionary.ts';
import { casesCsv, casesJson } from './cases.ts';
import { caseSchemaJson, casesSchemaJson, eventsSchemaJson } from './schema.ts';
import { dataPackage } from './datapackage.ts';
import { eventsJson } from './events.ts';
import { bibliographyFile } from '../cite/bibliography.ts';

const bibliography = (format: 'json' | 'bib' | 'ris') => (corpus: DataCorpus) =>
	bibliographyFile(format, new Map(corpus.sources.map((s) => [s.id, s.data])));

/**
 * One downloadable file: its path under `/data/` and how it is made from the corpus and the
 * descriptions of a case record's fields (the schemas' JSDoc, read by `src/build/schema-docs.ts`).
 */
export interface Dataset {
	path: string;
	build(corpus: DataCorpus, docs: FieldDocs): string;
}

export const DATASETS: readonly Dataset[] = [
	{ path: 'cases.json', build: casesJson },
	{ path: 'cases.csv', build: casesCsv },
	{ path: 'schema/case.schema.json', build: (_, docs) => caseSchemaJson(docs) },
	{ path: 'schema/cases.schema.json', build: (_, docs) => casesSchemaJson(docs) },
	{ path: 'datapackage.json', build: dataPackage },
	{ path: 'events.json', build: eventsJson },
	{ path: 'schema/events.schema.json', build: eventsSchemaJson },
	{ path: 'sources.json', build: bibliography('json') },
	{ path: 'sources.bib', build: bibliography('bib') },
	{ path: 'sources.ris', build: bibliography('ris') },
];

export { mediaType } from '../media-types.ts';
