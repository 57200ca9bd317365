/**
 * `npm run release`: writes CITATION.cff and .zenodo.json at the repository root from the validated
 * content (`ORCA_CONTENT`, default `content/`), naming the data version of the downloads.
 */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/build/content.ts';
import { RELEASE_FILES } from '../src/lib/open-data/release.ts';

const corpus = loadContent();
for (const file of RELEASE_FILES) {
	writeFileSync(file.path, file.build(corpus));
	console.log(`release: wrote ${file.path}`);
}
