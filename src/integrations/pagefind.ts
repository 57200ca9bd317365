/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API (as Starlight
 * does), so that one `astro build` gives a searchable site and any indexing error fails the build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { setPagefindFeed } from './pagefind-feed.ts';

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

/**
 * Indexes the built pages that have `data-pagefind-body` (one index per `<html lang>`) into
 * `dist/pagefind/`. Each page is handed to Pagefind by a middleware as soon as it is rendered, so
 * the Pagefind service (a separate process) indexes on another core while Astro renders the next
 * pages; the index is written once every page is built.
 */
export default function pagefind(): AstroIntegration {
	let index: PagefindIndex | undefined;
	/** Pages handed to Pagefind, and the indexing failures (reported when the build is done). */
	let pending: Array<Promise<void>> = [];
	let failures: Array<[string, string[]]> = [];
	const fail = (step: string, errors: string[]): never => {
		throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
	};
	const stop = async () => {
		setPagefindFeed(undefined);
		index = undefined;
		await close();
	};
	return {
		name: 'orca:pagefind',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-feed.ts', import.meta.url), order: 'post' });
			},
			'astro:build:start': async () => {
				const created = await createIndex({});
				if (!created.index || created.errors.length) {
					await stop();
					fail('createIndex', created.errors);
				}
				index = created.index;
				pending = [];
				failures = [];
				setPagefindFeed({
					add(url, html) {
						if (!html.includes('data-pagefind-body')) return;
						pending.push(
							index!.addHTMLFile({ url, content: separateBlocks(html) }).then(
								(added) => void (added.errors.length && failures.push([url, added.errors])),
								(error: unknown) => void failures.push([url, [String(error)]]),
							),
						);
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const done = performance.now();
				try {
					if (!index) return fail('indexing', ['no index: the astro:build:start hook did not run']);
					await Promise.all(pending);
					if (failures.length) fail('indexing', failures.flatMap(([url, errors]) => errors.map((e) => `${url}: ${e}`)));
					const pages = pending.length;
					// An empty corpus is not an error, but say why search will find nothing.
					if (pages === 0) logger.warn('no built page has data-pagefind-body: the search index is empty');
					const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
					if (written.errors.length) fail('writing the index', written.errors);
					// Indexing runs beside rendering: what it adds to the build is the wait after the last page.
					logger.info(`indexed ${pages} pages into ${written.outputPath}, ${Math.round(performance.now() - done)} ms after the last page was built`);
				} finally {
					await stop();
				}
			},
		},
	};
}
