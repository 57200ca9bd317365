/**
 * Release metadata for archiving the data set (e.g. on Zenodo, which reads `.zenodo.json`, and
 * GitHub, which reads `CITATION.cff`): written at the repository root by `npm run release`, naming
 * the same version as every download (`dataVersion()`: `<date>+<hash>`, as datapackage.json).
 * No DOI is written: one exists only once a release has been archived.
 */
import type { DataCorpus } from '../data-corpus.ts';
import { orcaAuthor } from '../cite/csl.ts';

/** The organisation under its own (French) name, as the dataset's one author. */
const ORCA_AUTHOR = orcaAuthor('fr');
import { REPOSITORY_URL } from '../../consts.ts';
import { dataVersion } from './version.ts';

const TITLE = `${ORCA_AUTHOR}: cases, documents and sources`;
const ABSTRACT =
	'Bilingual (French, English) open data on the offshoring and reshoring of call-centre and customer-service work: ' +
	'cases (company, movement, countries, dated and sourced job figures, motives, events), policy documents and their ' +
	'bibliography. Every fact links to a public source; announced figures are kept apart from observed ones.';
const KEYWORDS = ['call centres', 'customer service', 'offshoring', 'reshoring', 'nearshoring', 'relocalisation', 'open data'];

/** The release version: `<date>+<hash>` of the content, as in datapackage.json and cases.json. */
export function releaseVersion(corpus: DataCorpus): { version: string; date: string } {
	const { date, hash } = dataVersion(corpus);
	return { version: `${date}+${hash}`, date };
}

/** `CITATION.cff` (Citation File Format 1.2.0): strings written as JSON, which YAML reads as is. */
export function citationCff(corpus: DataCorpus): string {
	const { version, date } = releaseVersion(corpus);
	const q = (s: string) => JSON.stringify(s);
	return [
		'# Written by `npm run release` from the content (src/lib/open-data/release.ts): do not edit by hand.',
		'cff-version: 1.2.0',
		`message: ${q('If you use these data, please cite them as below.')}`,
		`title: ${q(TITLE)}`,
		'type: dataset',
		'authors:',
		`  - name: ${q(ORCA_AUTHOR)}`,
		'license: CC-BY-4.0',
		`version: ${q(version)}`,
		`date-released: ${q(date)}`,
		`repository-code: ${q(REPOSITORY_URL)}`,
		`abstract: ${q(ABSTRACT)}`,
		'keywords:',
		...KEYWORDS.map((k) => `  - ${q(k)}`),
		'',
	].join('\n');
}

/** `.zenodo.json`: Zenodo's deposit metadata for the same release. */
export function zenodoJson(corpus: DataCorpus): string {
	const { version, date } = releaseVersion(corpus);
	const metadata = {
		title: TITLE,
		upload_type: 'dataset',
		description: ABSTRACT,
		creators: [{ name: ORCA_AUTHOR }],
		license: 'cc-by-4.0',
		access_right: 'open',
		version,
		publication_date: date,
		keywords: KEYWORDS,
	};
	return `${JSON.stringify(metadata, null, 2)}\n`;
}

/** The release files, by their path at the repository root. */
export const RELEASE_FILES = [
	{ path: 'CITATION.cff', build: citationCff },
	{ path: '.zenodo.json', build: zenodoJson },
] as const;
