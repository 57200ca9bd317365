import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';

const state = vi.hoisted(() => ({
	addErrors: [] as string[],
	added: [] as Array<{ url: string; content: string }>,
	written: [] as string[],
	closed: 0,
}));
vi.mock('pagefind', () => ({
	createIndex: async () => ({
		errors: [],
		index: {
			addHTMLFile: async ({ url, content }: { url: string; content: string }) => {
				state.added.push({ url, content });
				return { errors: state.addErrors, file: { url, uniqueWords: 1, meta: {} } };
			},
			writeFiles: async ({ outputPath }: { outputPath: string }) => {
				state.written.push(outputPath);
				// As Pagefind does: one gzipped fragment per page, named by the page's id (`<lang>_<hash>`).
				const { mkdirSync, writeFileSync } = await import('node:fs');
				const { gzipSync } = await import('node:zlib');
				mkdirSync(`${outputPath}/fragment`, { recursive: true });
				state.added.forEach(({ url, content }, i) => {
					const lang = /<html lang="(\w+)"/.exec(content)?.[1] ?? 'unknown';
					writeFileSync(`${outputPath}/fragment/${lang}_${i}.pf_fragment`, gzipSync(`pagefind_dcd${JSON.stringify({ url })}`));
				});
				return { errors: [], outputPath };
			},
		},
	}),
	close: async () => {
		state.closed++;
		return null;
	},
}));
const { default: pagefind } = await import('../../src/integrations/pagefind.ts');
const { onRequest } = await import('../../src/integrations/pagefind-feed.ts');

const site = mkdtempSync(join(tmpdir(), 'orca-pagefind-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

type Hook = (o: object) => Promise<void> | void;
const logger = { info: vi.fn(), warn: vi.fn() };
const BODY = '<html lang="fr"><body><main data-pagefind-body><dl><dt>Société</dt><dd>Keyyo</dd></dl></main></body></html>';

/** One page through the middleware, as `astro build` renders it. */
async function render(pathname: string, body: string, type = 'text/html'): Promise<Response> {
	const context = { url: new URL(pathname, 'https://orca.example.org'), isPrerendered: true };
	return (await onRequest(context as never, async () => new Response(body, { headers: { 'content-type': type } }))) as Response;
}

/**
 * A build: config, start, the pages, done. `copied` are the pages of the build that Astro's incremental
 * build copied from the previous one (listed in `pages`, not rendered), already under `site`.
 */
async function build(pages: Array<[string, string, string?]>, copied: string[] = []) {
	const integration = pagefind();
	const middleware: unknown[] = [];
	await (integration.hooks['astro:config:setup'] as unknown as Hook)({
		command: 'build',
		addMiddleware: (m: unknown) => middleware.push(m),
		config: { base: import.meta.env.BASE_URL },
	});
	await (integration.hooks['astro:build:start'] as unknown as Hook)({ logger });
	const responses = [];
	for (const [path, body, type] of pages) responses.push(await render(path, body, type));
	const built = [...pages.filter(([, , type]) => !type).map(([path]) => path), ...copied].map((path) => ({
		pathname: path.replace(/^\/(orca\/)?/, ''),
	}));
	const done = (integration.hooks['astro:build:done'] as unknown as Hook)({ dir: pathToFileURL(`${site}/`), pages: built, logger });
	return { middleware, responses, done };
}

describe('the Pagefind integration', () => {
	beforeEach(() => {
		state.addErrors = [];
		state.added = [];
		state.written = [];
		state.closed = 0;
		logger.info.mockClear();
		logger.warn.mockClear();
	});

	test('indexes each rendered page with data-pagefind-body as it is built, by its URL, and leaves the page unchanged', async () => {
		const { middleware, responses, done } = await build([
			['/fr/cases/x/', BODY],
			['/', '<html lang="fr"><body>root</body></html>'],
			['/fr/cases/x/cite.bib', '@misc{x, note={data-pagefind-body}}', 'application/x-bibtex'],
		]);
		await done;
		expect(middleware).toEqual([
			{ entrypoint: expect.objectContaining({ pathname: expect.stringMatching(/src\/integrations\/pagefind-feed\.ts$/) }), order: 'post' },
		]);
		expect(state.added.map((a) => a.url)).toEqual(['/fr/cases/x/']);
		// The indexed copy keeps words of adjacent blocks apart; the page itself is not changed.
		expect(state.added[0]!.content).toContain('<dt>Société</dt> <dd>Keyyo</dd>');
		expect(await responses[0]!.text()).toBe(BODY);
		expect(responses[0]!.headers.get('content-type')).toBe('text/html');
		expect(state.written).toEqual([join(site, 'pagefind')]);
		// The spelling vocabulary of the page's language, beside the index.
		expect(JSON.parse(readFileSync(join(site, 'pagefind', 'vocabulary.fr.json'), 'utf8'))).toEqual({
			names: [],
			words: ['keyyo', 'societe'],
		});
		// The date order of the page's language, by Pagefind page id: undated, since the page has no sort day.
		expect(JSON.parse(readFileSync(join(site, 'pagefind', 'dates.fr.json'), 'utf8'))).toEqual({ newest: [], undated: ['fr_0'] });
		expect(logger.info).toHaveBeenCalledWith(
			expect.stringMatching(/^indexed 1 pages into .*pagefind, \d+ ms after the last page was built$/),
		);
		expect(state.closed).toBe(1);
	});

	test('a page copied from the previous build (not rendered) is indexed from its file', async () => {
		const copied = join(site, 'en', 'cases', 'y');
		mkdirSync(copied, { recursive: true });
		writeFileSync(
			join(copied, 'index.html'),
			BODY.replace('lang="fr"', 'lang="en"').replace('<dl>', '<div hidden data-pagefind-ignore data-sort-date="2009-06-01"></div><dl>'),
		);
		mkdirSync(join(site, 'en', 'plain'), { recursive: true });
		writeFileSync(join(site, 'en', 'plain', 'index.html'), '<html lang="en"><body>not indexed</body></html>');
		try {
			await (
				await build([['/fr/cases/x/', BODY]], ['/en/cases/y/', '/en/plain/'])
			).done;
		} finally {
			rmSync(join(site, 'en'), { recursive: true, force: true });
		}
		expect(state.added.map((a) => a.url)).toEqual(['/fr/cases/x/', '/en/cases/y/']);
		expect(state.added[1]!.content).toContain('<dt>Société</dt> <dd>Keyyo</dd>');
		// A page read from its file keeps its sort day in the date order.
		expect(JSON.parse(readFileSync(join(site, 'pagefind', 'dates.en.json'), 'utf8'))).toEqual({ newest: ['en_1'], undated: [] });
		expect(JSON.parse(readFileSync(join(site, 'pagefind', 'vocabulary.en.json'), 'utf8'))).toEqual({
			names: [],
			words: ['keyyo', 'societe'],
		});
		expect(logger.info).toHaveBeenCalledWith(
			expect.stringMatching(
				/^indexed 2 pages into .*pagefind, \d+ ms after the last page was built \(1 of them read from their files: copied from the previous build, or rendered in a worker thread\)$/,
			),
		);
	});

	test('under a base path, the URL indexed has no base (Pagefind adds it at search time)', async () => {
		vi.stubEnv('BASE_URL', '/orca/');
		try {
			await (
				await build([['/orca/en/cases/x/', BODY]])
			).done;
		} finally {
			vi.unstubAllEnvs();
		}
		expect(state.added.map((a) => a.url)).toEqual(['/en/cases/x/']);
	});

	test('an indexing error fails the build, naming the page, and still stops Pagefind', async () => {
		state.addErrors = ['bad HTML'];
		const { done } = await build([
			['/fr/cases/x/', BODY],
			['/en/cases/x/', BODY],
		]);
		await expect(done).rejects.toThrow(/^Pagefind indexing failed:\n {2}- \/fr\/cases\/x\/: bad HTML\n {2}- \/en\/cases\/x\/: bad HTML$/);
		expect(state.written).toEqual([]);
		expect(state.closed).toBe(1);
	});

	test('no page to index: an empty index and a warning that says why', async () => {
		await (
			await build([['/', '<html lang="fr"><body>root</body></html>']])
		).done;
		expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('no built page has data-pagefind-body'));
		expect(state.written).toHaveLength(1);
	});

	test('outside a build (dev server), the middleware passes pages through untouched', async () => {
		const response = await render('/fr/cases/x/', BODY);
		expect(await response.text()).toBe(BODY);
		expect(state.added).toEqual([]);
	});
});
