/**
 * `datapackage.json`: the Frictionless Data Package descriptor of the downloads — files, CSV
 * dialect and columns, version and licence — so that the CSV itself stays plain RFC 4180.
 */
import type { DataCorpus } from '../data-corpus.ts';
import { t } from '../../i18n/index.ts';
import { CASE_COLUMNS, dataCitation, LIST_SEPARATOR, type ColumnType } from './cases.ts';
import { dataVersion, LICENCE, versionLabel } from './version.ts';
import { PARTIAL_DATE_PATTERN } from './schema.ts';

const TABLE_TYPES: Record<ColumnType, string> = {
	string: 'string',
	integer: 'integer',
	number: 'number',
	boolean: 'boolean',
	date: 'string',
	year: 'year',
	list: 'string',
};

/** The descriptor, with the same version as the files it describes. */
export function dataPackage(corpus: DataCorpus): string {
	const version = dataVersion(corpus);
	const descriptor = {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'orca-cases',
		title: "ORCA — Observatoire de la relocalisation des centres d'appels",
		version: `${version.date}+${version.hash}`,
		orcaVersion: version,
		citation: dataCitation(version),
		description: `Cases of offshoring and reshoring of call-centre and customer-service work, version ${versionLabel(version)}.`,
		licenses: [{ name: 'CC-BY-4.0', path: LICENCE.url, title: 'Creative Commons Attribution 4.0 International' }],
		resources: [
			{
				name: 'cases-csv',
				path: 'cases.csv',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8-sig',
				dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
				schema: {
					primaryKey: ['id'],
					missingValues: [''],
					fields: CASE_COLUMNS.map((c) => ({
						name: c.name,
						type: TABLE_TYPES[c.type],
						description: t('en', `csv.${c.name}` as Parameters<typeof t>[1]),
						...(c.type === 'date' ? { constraints: { pattern: PARTIAL_DATE_PATTERN } } : {}),
						...(c.type === 'list' ? { 'orca:separator': LIST_SEPARATOR } : {}),
						...(c.values && c.type !== 'list' ? { constraints: { enum: [...c.values.items] } } : {}),
					})),
				},
			},
			{ name: 'cases-json', path: 'cases.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema: 'schema/cases.schema.json' },
			{ name: 'events-json', path: 'events.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema: 'schema/events.schema.json' },
		],
	};
	return `${JSON.stringify(descriptor, null, '\t')}\n`;
}
