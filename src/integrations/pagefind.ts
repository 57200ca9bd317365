/**
 * Builds the Pagefind search index after `astro build`, through Pagefind's Node API (as Starlight
 * does), so that one `astro build` gives a searchable site and any indexing error fails the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Closing tags after which text must not run on into the next element's text. */
const BLOCK_END = /<\/(?:address|article|aside|blockquote|caption|dd|div|dt|figcaption|footer|h[1-6]|header|li|p|section|td|th|tr)>/gi;

/**
 * Adds a space after block-level closing tags. Astro 7 writes `<dt>Company</dt><dd>Keyyo</dd>`
 * with no whitespace between elements, which Pagefind would index as one word ("companykeyyo").
 * Only the indexed copy is changed, never the page.
 */
export function separateBlocks(html: string): string {
	return html.replace(BLOCK_END, '$& ');
}

/** Every `.html` file under `dir`, as paths relative to it, in a stable order. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** Indexes the built pages that have `data-pagefind-body` (one index per `<html lang>`) into `dist/pagefind/`. */
export default function pagefind(): AstroIntegration {
	return {
		name: 'orca:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]): never => {
					throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
				};
				const started = performance.now();
				try {
					const { index, errors } = await createIndex({});
					if (!index || errors.length) return fail('createIndex', errors);
					let pages = 0;
					const files = await htmlFiles(site);
					// A few files in flight at a time: the Pagefind service parses them in parallel.
					for (let i = 0; i < files.length; i += 32) {
						const batch = await Promise.all(
							files.slice(i, i + 32).map(async (path) => {
								const html = await readFile(join(site, path), 'utf8');
								if (!html.includes('data-pagefind-body')) return 0;
								const added = await index.addHTMLFile({ url: pageUrlOf(path), content: separateBlocks(html) });
								if (added.errors.length) fail(`indexing of ${path}`, added.errors);
								return 1;
							}),
						);
						pages += batch.reduce<number>((a, b) => a + b, 0);
					}
					// An empty corpus is not an error, but say why search will find nothing.
					if (pages === 0) logger.warn('no built page has data-pagefind-body: the search index is empty');
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) fail('writing the index', written.errors);
					logger.info(`indexed ${pages} pages into ${written.outputPath} in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await close();
				}
			},
		},
	};
}

/** `fr/cases/x/index.html` → `/fr/cases/x/` (Pagefind prefixes the base at search time). */
export function pageUrlOf(path: string): string {
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
