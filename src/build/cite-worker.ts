/**
 * A worker thread that formats page references with citeproc (see `pageReferences()` in
 * references.ts), so that the build renders pages on one core while citeproc runs on another.
 * It runs under plain Node, which reads the `?raw` style imports of engine.ts from disk as Vite does.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';
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

parentPort!.on('message', ({ id, item, lang }: { id: number; item: CslItem; lang: 'fr' | 'en' }) => {
	try {
		parentPort!.postMessage({ id, references: formatPageReferences(item, lang) });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
