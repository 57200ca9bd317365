/**
 * Search benchmark: builds synthetic corpora of 1,000 and 5,000 cases (plus the real content;
 * `ORCA_BENCH_SIZES` or `BENCH_SEARCH_CASES` change the sizes) into a temporary folder, with ORCA
 * and with the Starlight peer (`_peer.ts`, the same Markdown), then reports the time Pagefind adds
 * after the last page and the index size, and, in Chromium, for both sites side by side, the bytes
 * fetched and the time to first results for three queries on a cold cache, and the rank of an
 * exact company name. `BENCH_SEARCH_KEEP=1` keeps the builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../../tests/browser.ts';
import { installPeer, type PeerInstall, STARLIGHT_PAGEFIND_OPTIONS, writePeerProject } from './_peer.ts';
import { type BuildRun, measureBuild, median } from './_site.ts';
import type { BenchResult, Metric } from './types.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/pagefind-client.ts';
import { keyToken } from '../../src/lib/search-vocabulary.ts';

/** Cold queries per site and query for the side-by-side times (`BENCH_SEARCH_RUNS`). */
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 3);
/** The page both sites are queried from in the side-by-side figures: a French case page of the synthetic corpus. */
const CASE_PAGE = '/fr/cases/synthetic-00000/';
const SIZES = (process.env.BENCH_SEARCH_CASES ?? process.env.ORCA_BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const root = join(import.meta.dirname, '..', '..');

/** A small seeded generator, so that every run indexes the same corpus. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COMMON = {
	fr: "le la les des du un une et à en pour par sur dans avec qui que son ses leur centre centres d'appels service client clients emplois entreprise opérateur prestataire site salariés téléconseillers relocalisation délocalisation rapatriement activité qualité coût direction annonce ouverture fermeture région ville plateau appels Maroc Tunisie Sénégal France Portugal".split(' '),
	en: 'the a of and to in for by on with who that its their centre centres call service customer customers jobs company operator provider site staff agents reshoring offshoring activity quality cost management announcement opening closure region town floor calls Morocco Tunisia Senegal France Portugal'.split(' '),
};
const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo'.split(' ');
const SECTORS = ['telecom', 'energy', 'banking-insurance', 'retail', 'transport-travel', 'public-services', 'technology', 'media', 'outsourcing', 'health'];
const MOVEMENTS = ['reshoring', 'offshoring', 'nearshoring'];
const ABROAD = ['MA', 'TN', 'SN', 'MU', 'IN', 'PH', 'PT', 'RO'];

/** The group name of synthetic case `i`: "Synthetic company 7" is case 6, whose number begins 70–79, 700–799 and 7000–7999. */
const rankingProbe = (i: number) => `Synthetic company ${i + 1}`;
/** The case the ranking probe must find first, and its query. */
const RANKING_PROBE = { query: rankingProbe(6), slug: 'synthetic-00006' };

/** Writes the real content plus `count` synthetic cases into `dir`; returns a company and a town to search for. */
function writeCorpus(dir: string, count: number) {
	cpSync(join(root, 'content'), dir, { recursive: true });
	const rand = random(42);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const word = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join('');
	const vocabulary = Array.from({ length: 20000 }, word);
	const towns = Array.from({ length: 100 }, () => { const w = word(); return w[0]!.toUpperCase() + w.slice(1); });
	const probes = { company: 'Keyyo', town: 'Abbeville' };
	const sentence = (lang: 'fr' | 'en') =>
		Array.from({ length: 8 + Math.floor(rand() * 12) }, () => (rand() < 0.55 ? pick(COMMON[lang]) : pick(vocabulary))).join(' ') + '.';
	const paragraph = (lang: 'fr' | 'en') => Array.from({ length: 4 }, () => sentence(lang)).join(' ');
	for (let i = 0; i < count; i++) {
		const slug = `synthetic-${String(i).padStart(5, '0')}`;
		const company = `Société${pick(vocabulary)}${i}`;
		const town = pick(towns);
		const movement = pick(MOVEMENTS);
		const abroad = pick(ABROAD);
		const [from, to] = movement === 'reshoring' ? [abroad, 'FR'] : ['FR', abroad];
		const year = 2000 + Math.floor(rand() * 25);
		if (i === Math.floor(count * 0.85)) Object.assign(probes, { company, town });
		const folder = join(dir, 'cases', slug);
		mkdirSync(folder, { recursive: true });
		writeFileSync(
			join(folder, 'case.yaml'),
			[
				`company: "${company}"`,
				// A group name that shares two words with every case and whose number begins others' (7, 70–79, 700–799…): the ranking probe.
				`group: "${rankingProbe(i)}"`,
				`sector: ${pick(SECTORS)}`,
				'function: customer-service',
				'operator: in-house',
				`movement: ${movement}`,
				'scope: total',
				`from: [{ country: ${from}, place: { fr: "${town}", en: "${town}" } }]`,
				`to: [{ country: ${to} }]`,
				`date: "${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}"`,
				'status: implemented',
				'sources: [silicon-contre-courant]',
				'confidence: single-source',
				'updated: 2026-01-01',
				'',
			].join('\n'),
		);
		for (const lang of ['fr', 'en'] as const) {
			const title = lang === 'fr' ? `${company} : ${town} (${year})` : `${company}: ${town} (${year})`;
			const body = [1, 2, 3].map((n) => `## ${lang === 'fr' ? 'Partie' : 'Part'} ${n}\n\n${paragraph(lang)}\n`).join('\n');
			writeFileSync(join(folder, `${lang}.md`), `---\ntitle: "${title}"\nsummary: "${sentence(lang)}"\n---\n\n${paragraph(lang)}\n\n${body}`);
		}
	}
	return probes;
}

/** Total size of the files under `dir`, in bytes. */
function size(dir: string, filter: (name: string) => boolean = () => true): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
		if (entry.isFile() && filter(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size;
	return total;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** A static server for `dir` that gzips text as ordinary static hosts do (Pagefind's chunks and WASM are gzipped already). */
async function serve(dir: string) {
	/** Bytes sent per path (bodies, after compression), for the bench to read and reset. */
	const sent = new Map<string, number>();
	const server = createServer((req, res) => {
		const url = new URL(req.url!, 'http://x').pathname;
		let path = normalize(decodeURIComponent(url));
		if (path.endsWith('/')) path += 'index.html';
		const file = join(dir, path);
		try {
			if (!statSync(file).isFile()) throw new Error();
		} catch {
			res.writeHead(404).end();
			return;
		}
		const counter = new PassThrough();
		counter.on('data', (chunk: Buffer) => sent.set(url, (sent.get(url) ?? 0) + chunk.length));
		counter.pipe(res);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (COMPRESSIBLE.has(extname(file)) && /gzip/.test(String(req.headers['accept-encoding']))) {
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
			createReadStream(file).pipe(createGzip()).pipe(counter);
		} else {
			res.writeHead(200, { 'content-type': type });
			createReadStream(file).pipe(counter);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, sent, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

type Sent = Map<string, number>;

/** Kilobytes of the /pagefind/ files sent so far, by file kind, and their total in bytes. */
function pagefindBytes(sent: Sent) {
	const files = [...sent].filter(([path]) => path.includes('/pagefind/'));
	const byKind = new Map<string, number>();
	for (const [path, n] of files) {
		const key = /\/pagefind\/(\w+)\//.exec(path)?.[1] ?? path.split('/').pop()!.replace(/\.\w+_[0-9a-f]+\./, '.');
		byKind.set(key, (byKind.get(key) ?? 0) + n);
	}
	const breakdown = [...byKind].sort().map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ');
	return { bytes: files.reduce((n, [, b]) => n + b, 0), breakdown };
}

/**
 * The first query on a cold page at `origin + path`: loads Pagefind with `options`, runs `term`,
 * then loads the first five results. Returns the time, the result count and the /pagefind/ bytes
 * the server sent for it; leaves `window.pagefind` for a second query.
 */
async function coldQuery(page: Page, origin: string, path: string, sent: Sent, term: string, options: Record<string, unknown>) {
	await page.goto(`${origin}${path}`);
	sent.clear();
	const timing = await page.evaluate(
		async ({ term, options }) => {
			const t0 = performance.now();
			const bundle = '/pagefind/pagefind.js';
			const pagefind = await import(bundle);
			await pagefind.options(options);
			const search = await pagefind.search(term);
			await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
			(window as unknown as { pagefind: unknown }).pagefind = pagefind;
			return { first: performance.now() - t0, count: search.results.length };
		},
		{ term, options },
	);
	// The first query's bytes are counted before anything else runs.
	await page.waitForTimeout(300);
	return { ...timing, ...pagefindBytes(sent) };
}

/** The first 20 result URLs for `term` on a page at `origin + path`; with `token`, the pages containing it first, as the site's search does. */
async function ranked(page: Page, origin: string, path: string, term: string, options: Record<string, unknown>, token: string | null) {
	await page.goto(`${origin}${path}`);
	return page.evaluate(
		async ({ term, options, token }) => {
			type Result = { data: () => Promise<{ url: string; content: string }> };
			const pagefind = await import(`/pagefind/pagefind.js?${Math.random()}`);
			await pagefind.options(options);
			const search = await pagefind.search(term);
			const found: string[] = await Promise.all(search.results.slice(0, 20).map(async (r: Result) => (await r.data()).url));
			if (!token) return found;
			const exact = await Promise.all(((await pagefind.search(token)).results as Result[]).slice(0, 3).map((r) => r.data()));
			const first = exact.filter((d) => d.content.includes(token)).map((d) => d.url);
			return [...first, ...found.filter((url) => !first.includes(url))];
		},
		{ term, options, token },
	);
}

type Cold = Awaited<ReturnType<typeof coldQuery>>;

/** Builds ORCA on `content` into `out`; returns Pagefind's log figures and the build's wall time. */
function buildOrca(content: string, out: string, cache: string) {
	const started = performance.now();
	const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
		cwd: root,
		env: { ...process.env, ORCA_CONTENT: content, ORCA_CACHE_DIR: cache, ORCA_BASE: '/' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const buildMs = performance.now() - started;
	if (build.status !== 0) throw new Error(`bench build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
	const log = /indexed (\d+) pages .*, (\d+) ms after the last page was built/.exec(build.stdout);
	if (!log) throw new Error('bench: no Pagefind timing in the build log');
	return { pages: Number(log[1]), afterLastPageMs: Number(log[2]), buildMs };
}

/** Builds the Starlight peer on the Markdown of `content` in `dir`; its site, or why there is none. */
async function buildPeer(dir: string, content: string, peer: PeerInstall | string): Promise<{ dist: string; run: BuildRun } | string> {
	if (typeof peer === 'string') return peer;
	try {
		writePeerProject(dir, content, peer);
		console.log('  Starlight build…');
		const run = await measureBuild(dir, join(dir, 'dist'));
		console.log(`    ${run.seconds} s, ${run.cpuSeconds} s CPU, ${run.pages} pages`);
		return { dist: join(dir, 'dist'), run };
	} catch (error) {
		return `the Starlight build failed: ${String(error).slice(0, 1500)}`;
	}
}

/** Whether ORCA meets a target relative to the peer: the ratio ORCA / Starlight, at most 1. */
const versus = (name: string, orca: number, starlight: number): Metric => ({
	name,
	value: Number((orca / starlight).toFixed(2)),
	unit: '×',
	target: { value: 1, better: 'lower' },
});

async function benchSize(count: number, peer: PeerInstall | string): Promise<BenchResult> {
	const work = mkdtempSync(join(tmpdir(), 'orca-bench-search-'));
	const content = join(work, 'content');
	const out = join(work, 'dist');
	const name = `search (${count.toLocaleString('en')} synthetic cases + the real content, fr and en)`;
	try {
		console.log(`  writing ${count.toLocaleString('en')} synthetic cases, ORCA build…`);
		const probes = writeCorpus(content, count);
		const log = buildOrca(content, out, join(work, 'cache'));
		const starlight = await buildPeer(join(work, 'starlight'), content, peer);
		const pagefindDir = join(out, 'pagefind');
		const indexBytes = size(pagefindDir, (n) => !/^pagefind-(component-|modular-)?ui\./.test(n));
		const frBytes = size(pagefindDir, (n) => n.startsWith('fr_') || n.startsWith('pagefind.fr') || n === 'wasm.fr.pagefind');

		// Three queries: a company (one case), a town (about 1% of cases), a word in every case.
		const queries = [probes.company, probes.town, 'relocalisation'];

		const orcaSite = await serve(out);
		const peerSite = typeof starlight === 'string' ? undefined : await serve(starlight.dist);
		const breakdown: string[] = [];
		const rankingNotes: string[] = [];
		const timesNotes: string[] = [];
		const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu', '--no-first-run'] });
		const metrics: Metric[] = [
			{ name: 'pages indexed', value: log.pages, unit: 'pages' },
			{ name: 'Pagefind time after the last page (it indexes beside rendering)', value: log.afterLastPageMs, unit: 'ms' },
			{ name: 'whole build time', value: Math.round(log.buildMs), unit: 'ms' },
			...(typeof starlight === 'string' ? [] : [{ name: 'Starlight: whole build time (Pagefind indexes dist/ at the end)', value: Math.round(starlight.run.seconds * 1000), unit: 'ms' }]),
			{ name: 'index size on disk (both languages, without unused UI bundles)', value: Math.round(indexBytes / 1024), unit: 'KB' },
			{ name: 'index size on disk (French)', value: Math.round(frBytes / 1024), unit: 'KB' },
			...(typeof starlight === 'string'
				? []
				: [{ name: 'Starlight: index size on disk (both languages, without UI bundles)', value: Math.round(size(join(starlight.dist, 'pagefind'), (n) => !/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\./.test(n)) / 1024), unit: 'KB' }]),
		];
		const options = { ...PAGEFIND_OPTIONS, ...JSON.parse(process.env.BENCH_SEARCH_OPTIONS ?? '{}') };
		try {
			for (const q of queries) {
				// API: a cold page loads Pagefind and runs the query, then loads the first five results.
				const context = await browser.newContext();
				const page = await context.newPage();
				const orca = await coldQuery(page, orcaSite.origin, '/fr/', orcaSite.sent, q, options);
				const warm = await page.evaluate(async (term) => {
					const pagefind = (window as unknown as { pagefind: { search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } }).pagefind;
					const t1 = performance.now();
					const again = await pagefind.search(`${term} centre`);
					await Promise.all(again.results.slice(0, 5).map((r) => r.data()));
					return performance.now() - t1;
				}, q);
				await page.waitForTimeout(300);
				const secondBytes = pagefindBytes(orcaSite.sent).bytes - orca.bytes;
				breakdown.push(`"${q}", ORCA: ${orca.breakdown}`);
				metrics.push(
					{ name: `"${q}": results`, value: orca.count, unit: 'pages' },
					{ name: `"${q}": bytes fetched for the first query`, value: Math.round(orca.bytes / 1024), unit: 'KB', target: { value: 150, better: 'lower' } },
					{ name: `"${q}": time to first results (cold)`, value: Math.round(orca.first), unit: 'ms', target: { value: 300, better: 'lower' } },
					{ name: `"${q}": a second query (warm)`, value: Math.round(warm), unit: 'ms' },
					{ name: `"${q} centre": bytes fetched for the second query`, value: Math.round(secondBytes / 1024), unit: 'KB' },
				);
				// UI: the search page opened with the query, until the first result is on screen.
				const ui = await context.newPage();
				await ui.goto(`${orcaSite.origin}/fr/search/?q=${encodeURIComponent(q)}`);
				await ui.locator('.search-result h3').first().waitFor();
				const shown = await ui.evaluate(() => performance.now());
				metrics.push({ name: `"${q}": search page load to first result shown`, value: Math.round(shown), unit: 'ms' });
				await context.close();
				if (!peerSite) continue;
				// Side by side: both sites from the same kind of page (a French case page), cold, in
				// turns, RUNS times each; the median time (the machine is shared) and the first run's bytes.
				const side = { orca: [] as Cold[], starlight: [] as Cold[] };
				for (let run = 0; run < RUNS; run++)
					for (const [site, origin, sent, siteOptions] of [
						['orca', orcaSite.origin, orcaSite.sent, options],
						['starlight', peerSite.origin, peerSite.sent, STARLIGHT_PAGEFIND_OPTIONS],
					] as const) {
						const pair = await browser.newContext();
						side[site].push(await coldQuery(await pair.newPage(), origin, CASE_PAGE, sent, q, siteOptions));
						await pair.close();
					}
				const ours = side.orca[0]!;
				const theirs = side.starlight[0]!;
				const ourTime = median(side.orca.map((c) => c.first));
				const theirTime = median(side.starlight.map((c) => c.first));
				breakdown.push(`"${q}", Starlight: ${theirs.breakdown}`);
				metrics.push(
					{ name: `"${q}": Starlight: results`, value: theirs.count, unit: 'pages' },
					{ name: `"${q}", from a case page: ORCA bytes fetched for the first query`, value: Math.round(ours.bytes / 1024), unit: 'KB' },
					{ name: `"${q}", from a case page: Starlight bytes fetched for the first query`, value: Math.round(theirs.bytes / 1024), unit: 'KB' },
					versus(`"${q}": bytes ratio ORCA / Starlight`, ours.bytes, theirs.bytes),
					{ name: `"${q}", from a case page: ORCA time to first results (cold, median of ${RUNS})`, value: Math.round(ourTime), unit: 'ms' },
					{ name: `"${q}", from a case page: Starlight time to first results (cold, median of ${RUNS})`, value: Math.round(theirTime), unit: 'ms' },
					versus(`"${q}": time ratio ORCA / Starlight`, ourTime, theirTime),
				);
				timesNotes.push(
					`"${q}", cold times in turns (ms): ORCA ${side.orca.map((c) => Math.round(c.first)).join(', ')}; Starlight ${side.starlight.map((c) => Math.round(c.first)).join(', ')}`,
				);
			}
			// Ranking: where the exact company comes for its own name, with the site's ranking, with Pagefind's defaults and on the peer.
			const context = await browser.newContext();
			const page = await context.newPage();
			// The site's search also searches the query's keyToken and puts the pages that have it first (search-forgiving.ts).
			const runs: [string, string, Record<string, unknown>, string | null, boolean][] = [
				['site search (ranking, then the exact key first)', orcaSite.origin, PAGEFIND_OPTIONS, keyToken(RANKING_PROBE.query), true],
				['site ranking alone', orcaSite.origin, PAGEFIND_OPTIONS, null, false],
				["Pagefind's default ranking", orcaSite.origin, { ...PAGEFIND_OPTIONS, ranking: {} }, null, false],
				...(peerSite ? [['Starlight (its default settings)', peerSite.origin, STARLIGHT_PAGEFIND_OPTIONS, null, false] as [string, string, Record<string, unknown>, null, boolean]] : []),
			];
			for (const [label, origin, rankingOptions, token, target] of runs) {
				const path = origin === orcaSite.origin ? '/en/' : CASE_PAGE.replace('/fr/', '/en/');
				const urls = await ranked(page, origin, path, RANKING_PROBE.query, rankingOptions, token);
				const rank = urls.findIndex((url) => url.includes(`/${RANKING_PROBE.slug}/`)) + 1;
				metrics.push({
					name: `"${RANKING_PROBE.query}" (en): rank of that company's case, ${label} (0: not in the first 20)`,
					value: rank,
					unit: 'rank',
					...(target ? { target: { value: 1, better: 'lower' as const } } : {}),
				});
				rankingNotes.push(`"${RANKING_PROBE.query}", ${label}: first results ${urls.slice(0, 3).map((u) => u.replace(/^\/en\/cases\//, '')).join(', ')}`);
			}
			await context.close();
		} finally {
			await browser.close();
			orcaSite.server.close();
			peerSite?.server.close();
		}
		return {
			name,
			metrics,
			notes: [
				typeof peer === 'string' || typeof starlight === 'string'
					? `Starlight peer NOT measured: ${typeof peer === 'string' ? peer : starlight}`
					: `Starlight peer: astro ${peer.astro}, @astrojs/starlight ${peer.starlight}, the same Markdown (a case's company and group as a first line, as ORCA indexes them from its YAML), its default Pagefind settings (one index over dist/, ranking ${JSON.stringify(STARLIGHT_PAGEFIND_OPTIONS.ranking)}), measured the same way. Side by side, both sites are queried from a French case page (ORCA's own figures above them start from its home page, as before); ratios ORCA / Starlight at most 1 meet the target.`,
				'Cold cache: a new browser context per query and per site. Bytes are the response bodies the server sent for /pagefind/ files (the bundle, worker, WASM, entry, meta, index, filter and fragment chunks), with JS/JSON gzipped by the server as a static host would (Pagefind chunks and WASM are gzipped files already).',
				...breakdown.map((b) => `Bytes by file, first query, ${b}`),
				...timesNotes,
				...rankingNotes,
				'Times are wall-clock on a shared 2-core machine and vary between runs; the page-load figure includes HTML, CSS and the page script.',
				'Synthetic prose mixes common French/English words with 20,000 generated words, so that the index has a realistic vocabulary.',
			],
		};
	} catch (error) {
		return { name, metrics: [], notes: [`FAILED: ${String(error).slice(0, 2000)}`] };
	} finally {
		if (process.env.BENCH_SEARCH_KEEP) console.log(`bench: kept ${work}`);
		else rmSync(work, { recursive: true, force: true });
	}
}

export default async function bench(): Promise<BenchResult[]> {
	const peer = await installPeer().catch((error: unknown) => `the peer could not be installed (${String(error).slice(0, 1500)})`);
	if (typeof peer === 'string') console.log(`  ${peer}`);
	const results: BenchResult[] = [];
	for (const count of SIZES) results.push(await benchSize(count, peer));
	return results;
}
