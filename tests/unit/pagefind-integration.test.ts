import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';

const state = vi.hoisted(() => ({ addErrors: [] as string[], added: [] as string[], closed: 0 }));
vi.mock('pagefind', () => ({
	createIndex: async () => ({
		errors: [],
		index: {
			addHTMLFile: async ({ url }: { url: string }) => {
				state.added.push(url);
				return { errors: state.addErrors, file: { url, uniqueWords: 1, meta: {} } };
			},
			writeFiles: async ({ outputPath }: { outputPath: string }) => ({ errors: [], outputPath }),
		},
	}),
	close: async () => {
		state.closed++;
		return null;
	},
}));
const { default: pagefind } = await import('../../src/integrations/pagefind.ts');

const site = mkdtempSync(join(tmpdir(), 'orca-pagefind-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
mkdirSync(join(site, 'fr', 'cases', 'x'), { recursive: true });
writeFileSync(join(site, 'fr', 'cases', 'x', 'index.html'), '<html lang="fr"><body><main data-pagefind-body>x</main></body></html>');
writeFileSync(join(site, 'index.html'), '<html lang="fr"><body>root</body></html>');

const logger = { info: vi.fn(), warn: vi.fn() };
const run = () =>
	(pagefind().hooks['astro:build:done'] as unknown as (o: object) => Promise<void>)({ dir: pathToFileURL(`${site}/`), logger });

describe('the Pagefind integration', () => {
	beforeEach(() => {
		state.addErrors = [];
		state.added = [];
		state.closed = 0;
	});
	test('indexes only pages with data-pagefind-body, by their URL', async () => {
		await run();
		expect(state.added).toEqual(['/fr/cases/x/']);
		expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^indexed 1 pages/));
		expect(state.closed).toBe(1);
	});
	test('an indexing error fails the build, naming the file, and still stops Pagefind', async () => {
		state.addErrors = ['bad HTML'];
		await expect(run()).rejects.toThrow(/Pagefind indexing of fr\/cases\/x\/index\.html failed:\n {2}- bad HTML/);
		expect(state.closed).toBe(1);
	});
});
