/**
 * A page's reference in every style of the cite panel. citeproc takes about a millisecond per
 * reference and style, the larger part of a page's rendering time, so `astro build` hands it to a
 * worker thread (worker.ts) and renders other pages meanwhile; the dev server and tests format in place.
 */
import { Worker } from 'node:worker_threads';
import { STYLES, type StyleId } from '../lib/cite/engine.ts';
import type { SplitReference } from '../lib/cite/accessed.ts';
import { shapedReference } from '../lib/cite/shapes.ts';
import type { CslItem } from '../lib/cite/csl.ts';

export type PageReference = SplitReference & { style: StyleId };
type Format = (item: CslItem, lang: 'fr' | 'en') => Promise<PageReference[]>;

/** Formats `item` in every style, here and now (through its shape's reference where that is exact: shapes.ts). */
export function formatPageReferences(item: CslItem, lang: 'fr' | 'en'): PageReference[] {
	return STYLES.map((style) => ({ style: style.id, ...shapedReference(item, style.id, lang) }));
}

/**
 * Starts the worker at `path` (worker.ts) and returns what formats in it, keeping the references
 * between builds under `cacheDir` when given (cite-cache.ts). Only a request in flight keeps the process alive.
 */
export function citeWorker(path: string, cacheDir?: string): Format {
	const worker = new Worker(path, { workerData: { cacheDir } });
	const waiting = new Map<number, { item: CslItem; resolve: (r: PageReference[]) => void; reject: (e: Error) => void }>();
	let nextId = 0;
	worker.on('message', ({ id, references, error }: { id: number; references?: PageReference[]; error?: string }) => {
		const request = waiting.get(id)!;
		waiting.delete(id);
		if (waiting.size === 0) worker.unref();
		if (error) request.reject(new Error(`cite: formatting the reference of ${request.item.URL ?? request.item.id} failed:\n${error}`));
		else request.resolve(references!);
	});
	worker.on('error', (error) => {
		for (const request of waiting.values()) request.reject(error);
		waiting.clear();
	});
	worker.unref();
	return (item, lang) => {
		const id = nextId++;
		worker.ref();
		worker.postMessage({ id, item, lang });
		return new Promise((resolve, reject) => waiting.set(id, { item, resolve, reject }));
	};
}

/** Set by astro.config.mjs: the path of worker.ts, and Astro's cacheDir (where the worker keeps its references). */
declare const __ORCA_CITE_WORKER__: string | undefined;
declare const __ORCA_CACHE_DIR__: string | undefined;
let inBuild: Format | undefined;

/** `item` in every style: in the worker thread during `astro build`, in place otherwise. */
export function pageReferences(item: CslItem, lang: 'fr' | 'en'): Promise<PageReference[]> {
	if (!import.meta.env.PROD || typeof __ORCA_CITE_WORKER__ !== 'string') return Promise.resolve(formatPageReferences(item, lang));
	inBuild ??= citeWorker(__ORCA_CITE_WORKER__, typeof __ORCA_CACHE_DIR__ === 'string' ? __ORCA_CACHE_DIR__ : undefined);
	return inBuild(item, lang);
}
