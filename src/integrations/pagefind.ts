/**
 * Builds the Pagefind search index after `astro build`, through Pagefind's Node API (as Starlight
 * does), so that one `astro build` gives a searchable site and any indexing error fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Indexes the built HTML in `dist/` (one index per `<html lang>`) and writes `dist/pagefind/`. */
export default function pagefind(): AstroIntegration {
	return {
		name: 'orca:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]): never => {
					throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
				};
				try {
					const { index, errors } = await createIndex({});
					if (!index || errors.length) fail('createIndex', errors);
					const added = await index!.addDirectory({ path: site });
					if (added.errors.length) fail(`indexing of ${site}`, added.errors);
					if (added.page_count === 0) fail(`indexing of ${site}`, ['no page was indexed (no data-pagefind-body?)']);
					const written = await index!.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
					if (written.errors.length) fail('writing the index', written.errors);
					logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
				} finally {
					await close();
				}
			},
		},
	};
}
