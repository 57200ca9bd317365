/**
 * Astro's side of the content reader: a collection loader that fills each collection from
 * `readContent()` (read once per sync for all collections), renders the Markdown texts with the
 * site's Markdown pipeline, and keeps an unchanged entry as it is (same digest, no new render).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, readContent, type ContentFiles } from './content.ts';

type Collection = keyof ContentFiles;

const root = () => process.env.ORCA_CONTENT ?? 'content';
let reading: { files: ContentFiles; error?: ContentError } | undefined;

/** The content folder read once; the first collection to ask reports every problem of the folder. */
function contentFiles(): { files: ContentFiles; error?: ContentError } {
	if (!reading) {
		const { files, issues } = readContent(root());
		reading = { files, ...(issues.length > 0 ? { error: new ContentError(issues) } : {}) };
	}
	return reading;
}

/** A loader for one collection of the content folder. */
export function contentLoader(collection: Collection): Loader {
	return {
		name: `orca-content-${collection}`,
		load: async (context: LoaderContext) => {
			await fill(collection, context);
			context.watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(resolve(root()))) return;
				reading = undefined;
				void fill(collection, context).catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}

async function fill(collection: Collection, { store, generateDigest, renderMarkdown, config }: LoaderContext): Promise<void> {
	const { files, error } = contentFiles();
	if (error) throw error;
	const entries = files[collection];
	const ids = new Set(entries.map((e) => e.id));
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	for (const entry of entries) {
		const data = entry.data as Record<string, unknown>;
		const digest = generateDigest(JSON.stringify([entry.data, entry.body ?? '']));
		if (store.get(entry.id)?.digest === digest) continue;
		const rendered =
			entry.body === undefined ? undefined : await renderMarkdown(entry.body, { fileURL: pathToFileURL(resolve(entry.filePath)) });
		store.set({
			id: entry.id,
			data,
			digest,
			// Astro keeps paths relative to the project (a fixture corpus outside it gives `../…`).
			filePath: relative(fileURLToPath(config.root), resolve(entry.filePath)),
			...(entry.body === undefined ? {} : { body: entry.body }),
			...(rendered ? { rendered } : {}),
		});
	}
}
