/**
 * `npm run data [outDir]`: writes every open-data file (src/lib/open-data/index.ts) to a folder,
 * `open-data/` by default, from the content (`ORCA_CONTENT`, default `content/`) read and checked by
 * the same reader as the build. A content problem prints every issue and exits with status 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ContentError, loadContent } from '../src/build/content.ts';
import { DATASETS } from '../src/lib/open-data/index.ts';
import { caseRecordDocs } from '../src/build/schema-docs.ts';

const outDir = process.argv[2] ?? 'open-data';
let corpus;
try {
	corpus = loadContent();
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
for (const dataset of DATASETS) {
	const file = join(outDir, dataset.path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, dataset.build(corpus, caseRecordDocs()));
	console.log(`data: wrote ${file}`);
}
