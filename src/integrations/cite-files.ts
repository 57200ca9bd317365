/**
 * The reference files next to every citable page (`<page>/cite.bib`, `cite.ris`, `cite.json`, and
 * `cite-original.*` on document pages). In `astro dev` each is a route of `src/pages/[...citeFile].ts`;
 * `astro build` renders that route once, as one list of every file (`CITE_FILES`, which the built
 * site does not keep), and `citeFiles()` writes the files from it when the build is done: thousands of
 * small files without a route each (about a millisecond apiece). The URLs and bytes are the same.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the build's list of reference files is written, under the output folder (without the base). */
export const CITE_FILES = '_orca/cite-files.json';

/** One reference file: its path under the site (`fr/cases/x/cite.bib`) and its content. */
export type CiteFile = [path: string, body: string];

/** Writes every file of the list `CITE_FILES` under `outDir`, then removes the list. */
export async function writeCiteFiles(outDir: string): Promise<number> {
	const list = join(outDir, CITE_FILES);
	const text = await readFile(list, 'utf8').catch(() => {
		throw new Error(`cite files: the build wrote no list of reference files at ${list} (src/pages/[...citeFile].ts)`);
	});
	const files = JSON.parse(text) as CiteFile[];
	const root = normalize(outDir + sep);
	const targets = files.map(([path, body]) => {
		const target = normalize(join(outDir, path));
		if (!target.startsWith(root)) throw new Error(`cite files: ${path} is outside the output folder`);
		return [target, body] as const;
	});
	for (const dir of new Set(targets.map(([target]) => dirname(target)))) await mkdir(dir, { recursive: true });
	// A few at a time: the writes overlap without opening thousands of files at once.
	for (let i = 0; i < targets.length; i += 64) await Promise.all(targets.slice(i, i + 64).map(([target, body]) => writeFile(target, body)));
	await rm(dirname(list), { recursive: true, force: true });
	return targets.length;
}

/** The integration that writes the reference files at the end of `astro build`. */
export default function citeFiles(): AstroIntegration {
	return {
		name: 'orca:cite-files',
		hooks: {
			// Tells the route (src/pages/[...citeFile].ts) to render the one list, in `astro build` only.
			// In `astro dev`, serves each file at its URL (src/integrations/cite-files-dev.ts).
			'astro:config:setup': ({ command, updateConfig, addMiddleware }) => {
				updateConfig({ vite: { define: { __ORCA_CITE_FILES_LIST__: JSON.stringify(command === 'build') } } });
				if (command === 'dev') addMiddleware({ entrypoint: new URL('./cite-files-dev.ts', import.meta.url), order: 'pre' });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const start = performance.now();
				const count = await writeCiteFiles(fileURLToPath(dir));
				logger.info(`wrote ${count} reference files in ${Math.round(performance.now() - start)} ms`);
			},
		},
	};
}
