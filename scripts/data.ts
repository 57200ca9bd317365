/**
 * `npm run data [outDir]`: writes every open-data file (scripts/data/index.ts) to a folder,
 * `open-data/` by default, from the validated content (`ORCA_CONTENT`, default `content/`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from './lib/content.ts';
import { DATASETS } from './data/index.ts';

const outDir = process.argv[2] ?? 'open-data';
const corpus = loadContent();
for (const dataset of DATASETS) {
	const file = join(outDir, dataset.path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, dataset.build(corpus));
	console.log(`data: wrote ${file}`);
}
