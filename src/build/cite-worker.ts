/**
 * A worker thread that formats page references with citeproc (see `pageReferences()` in
 * references.ts), so that the build renders pages on one core while citeproc runs on another.
 * It runs under plain Node, which reads the `?raw` style imports of engine.ts from disk as Vite does.
 * Given a cache folder, it formats only the items it has not formatted in a previous build (cite-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '../lib/cite/csl.ts';

registerHooks({
	resolve: (specifier, context, next) =>
		specifier.endsWith('?raw') ? { url: new URL(specifier, context.parentURL).href, shortCircuit: true } : next(specifier, context),
	load: (url, context, next) =>
		url.endsWith('?raw')
			? {
					format: 'module',
					source: `export default ${JSON.stringify(readFileSync(new URL(url.slice(0, -'?raw'.length)), 'utf8'))};`,
					shortCircuit: true,
				}
			: next(url, context),
});
const { formatPageReferences } = await import('./cite-references.ts');
const { openReferenceCache } = await import('./cite-cache.ts');
/** With a cache folder (`citeWorker()`), the references of the previous builds (cite-cache.ts). */
const { cacheDir } = (workerData ?? {}) as { cacheDir?: string };
const cache = cacheDir ? openReferenceCache(cacheDir) : undefined;

parentPort!.on('message', ({ id, item, lang }: { id: number; item: CslItem; lang: 'fr' | 'en' }) => {
	try {
		let references = cache?.get(item, lang);
		if (!references) {
			references = formatPageReferences(item, lang);
			cache?.set(item, lang, references);
		}
		parentPort!.postMessage({ id, references });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
