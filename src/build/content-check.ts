/**
 * `npm run content:check [path…]`: the content folder read by the one content reader, as the build
 * reads it, without building anything. Given paths, only their problems are shown, but every
 * reference is still checked against the whole folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { displayPath, readContent } from './content.ts';
import { issueLine } from '../lib/integrity.ts';

/** What `content:check` prints and whether it passes. */
export interface CheckReport {
	/** One line per problem, exactly as the build prints it. */
	problems: string[];
	/** `content: 94 cases, 30 documents, 496 sources, 60 context entries checked; 0 problems`. */
	summary: string;
	ok: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How many records of each kind the folder holds (folders for cases and documents, files for the others). */
function countRecords(root: string) {
	const entries = (collection: string) =>
		existsSync(join(root, collection))
			? readdirSync(join(root, collection), { withFileTypes: true }).filter((d) => !d.name.startsWith('.'))
			: [];
	return {
		cases: entries('cases').filter((d) => d.isDirectory()).length,
		documents: entries('documents').filter((d) => d.isDirectory()).length,
		sources: entries('sources').filter((d) => d.isFile()).length,
		context: entries('context').filter((d) => d.isFile()).length,
	};
}

/** Checks the content folder `root`; with `paths` (files or folders inside it), reports only their problems. */
export function checkContent(root: string, paths: readonly string[] = []): CheckReport {
	for (const path of paths) {
		if (!existsSync(path)) throw new Error(`no such file or folder: ${path}`);
		const inside = resolve(path) === resolve(root) || resolve(path).startsWith(resolve(root) + sep);
		if (!inside)
			throw new Error(`${path} is not inside the content folder ${displayPath(root)} (set ORCA_CONTENT to check another folder)`);
	}
	const { issues } = readContent(root);
	const within = (file: string) => paths.some((p) => resolve(file) === resolve(p) || resolve(file).startsWith(resolve(p) + sep));
	const shown = paths.length === 0 ? issues : issues.filter((i) => within(i.file));
	const n = countRecords(root);
	const checked = `${plural(n.cases, 'case')}, ${plural(n.documents, 'document')}, ${plural(n.sources, 'source')}, ${plural(n.context, 'context entry', 'context entries')} checked`;
	const files = new Set(shown.map((i) => i.file)).size;
	const found = shown.length === 0 ? '0 problems' : `${plural(shown.length, 'problem')} in ${plural(files, 'file')}`;
	const scope = paths.length === 0 ? '' : ` in ${paths.map(displayPath).join(', ')}`;
	const elsewhere = issues.length - shown.length;
	return {
		problems: shown.map(issueLine),
		summary: `content: ${checked}; ${found}${scope}${elsewhere > 0 ? ` (${plural(elsewhere, 'other problem')} elsewhere in the folder)` : ''}`,
		ok: shown.length === 0,
	};
}
