/**
 * Search benchmark: builds a synthetic corpus of 5,000 cases (plus the real content) into a
 * temporary folder, then reports the time Pagefind adds after the last page and the index size, and, in Chromium, the
 * bytes fetched and the time to first results for three queries on a cold cache.
 * `BENCH_SEARCH_CASES=500 npm run bench -- search` runs a smaller corpus; `BENCH_SEARCH_KEEP=1` keeps the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../tests/browser.ts';
import type { BenchResult, Metric } from './types.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/pagefind-client.ts';
import { keyToken } from '../../src/lib/search-vocabulary.ts';

const CASES = Number(process.env.BENCH_SEARCH_CASES ?? 5000);
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

export default async function bench(): Promise<BenchResult[]> {
	const work = mkdtempSync(join(tmpdir(), 'orca-bench-search-'));
	const content = join(work, 'content');
	const out = join(work, 'dist');
	try {
		const probes = writeCorpus(content, CASES);
		const started = performance.now();
		const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
			cwd: root,
			env: { ...process.env, ORCA_CONTENT: content, ORCA_CACHE_DIR: join(work, 'cache'), ORCA_BASE: '/' },
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		});
		const buildMs = performance.now() - started;
		if (build.status !== 0) throw new Error(`bench build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
		const log = /indexed (\d+) pages .*, (\d+) ms after the last page was built/.exec(build.stdout);
		if (!log) throw new Error('bench: no Pagefind timing in the build log');
		const pagefindDir = join(out, 'pagefind');
		const indexBytes = size(pagefindDir, (n) => !/^pagefind-(component-|modular-)?ui\./.test(n));
		const frBytes = size(pagefindDir, (n) => n.startsWith('fr_') || n.startsWith('pagefind.fr') || n === 'wasm.fr.pagefind');

		// Three queries: a company (one case), a town (about 1% of cases), a word in every case.
		const queries = [probes.company, probes.town, 'relocalisation'];

		const { server, sent, origin } = await serve(out);
		const breakdown: string[] = [];
		const rankingNotes: string[] = [];
		const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu', '--no-first-run'] });
		const metrics: Metric[] = [
			{ name: 'pages indexed', value: Number(log[1]), unit: 'pages' },
			{ name: 'Pagefind time after the last page (it indexes beside rendering)', value: Number(log[2]), unit: 'ms' },
			{ name: 'whole build time', value: Math.round(buildMs), unit: 'ms' },
			{ name: 'index size on disk (both languages, without unused UI bundles)', value: Math.round(indexBytes / 1024), unit: 'KB' },
			{ name: 'index size on disk (French)', value: Math.round(frBytes / 1024), unit: 'KB' },
		];
		try {
			for (const q of queries) {
				// API: a cold page loads Pagefind and runs the query, then loads the first five results.
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.goto(`${origin}/fr/`);
				sent.clear();
				const options = { ...PAGEFIND_OPTIONS, ...JSON.parse(process.env.BENCH_SEARCH_OPTIONS ?? '{}') };
				const timing = await page.evaluate(async ({ term, options }) => {
					const t0 = performance.now();
					const bundle = '/pagefind/pagefind.js';
					const pagefind = await import(bundle);
					await pagefind.options(options);
					const search = await pagefind.search(term);
					await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
					(window as unknown as { pagefind: unknown }).pagefind = pagefind;
					return { first: performance.now() - t0, count: search.results.length };
				}, { term: q, options });
				// The first query's bytes are counted before the second query runs.
				await page.waitForTimeout(300);
				const pagefindBytes = () => [...sent].filter(([path]) => path.includes('/pagefind/'));
				const first = pagefindBytes();
				const bytes = first.reduce((n, [, b]) => n + b, 0);
				const warm = await page.evaluate(async (term) => {
					const pagefind = (window as unknown as { pagefind: { search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } }).pagefind;
					const t1 = performance.now();
					const again = await pagefind.search(`${term} centre`);
					await Promise.all(again.results.slice(0, 5).map((r) => r.data()));
					return performance.now() - t1;
				}, q);
				await page.waitForTimeout(300);
				const secondBytes = pagefindBytes().reduce((n, [, b]) => n + b, 0) - bytes;
				const byKind = new Map<string, number>();
				for (const [path, n] of first) {
					const key = /\/pagefind\/(\w+)\//.exec(path)?.[1] ?? path.split('/').pop()!.replace(/\.\w+_[0-9a-f]+\./, '.');
					byKind.set(key, (byKind.get(key) ?? 0) + n);
				}
				breakdown.push(`"${q}": ${[...byKind].sort().map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')}`);
				metrics.push(
					{ name: `"${q}": results`, value: timing.count, unit: 'pages' },
					{ name: `"${q}": bytes fetched for the first query`, value: Math.round(bytes / 1024), unit: 'KB', target: { value: 150, better: 'lower' } },
					{ name: `"${q}": time to first results (cold)`, value: Math.round(timing.first), unit: 'ms', target: { value: 300, better: 'lower' } },
					{ name: `"${q}": a second query (warm)`, value: Math.round(warm), unit: 'ms' },
					{ name: `"${q} centre": bytes fetched for the second query`, value: Math.round(secondBytes / 1024), unit: 'KB' },
				);
				// UI: the search page opened with the query, until the first result is on screen.
				const ui = await context.newPage();
				await ui.goto(`${origin}/fr/search/?q=${encodeURIComponent(q)}`);
				await ui.locator('.search-result h3').first().waitFor();
				const shown = await ui.evaluate(() => performance.now());
				metrics.push({ name: `"${q}": search page load to first result shown`, value: Math.round(shown), unit: 'ms' });
				await context.close();
			}
			// Ranking: where the exact company comes for its own name, with the site's ranking and with Pagefind's defaults.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${origin}/en/`);
			// The site's search also searches the query's keyToken and puts the pages that have it first (search-forgiving.ts).
			for (const [label, options, token] of [
				["site search (ranking, then the exact key first)", PAGEFIND_OPTIONS, keyToken(RANKING_PROBE.query)],
				["site ranking alone", PAGEFIND_OPTIONS, null],
				["Pagefind's default ranking", { ...PAGEFIND_OPTIONS, ranking: {} }, null],
			] as const) {
				const urls = await page.evaluate(async ({ term, options, token }) => {
					type Result = { data: () => Promise<{ url: string; content: string }> };
					const pagefind = await import(`/pagefind/pagefind.js?${Math.random()}`);
					await pagefind.options(options);
					const search = await pagefind.search(term);
					const found: string[] = await Promise.all(search.results.slice(0, 20).map(async (r: Result) => (await r.data()).url));
					if (!token) return found;
					const exact = await Promise.all(((await pagefind.search(token)).results as Result[]).slice(0, 3).map((r) => r.data()));
					const first = exact.filter((d) => d.content.includes(token)).map((d) => d.url);
					return [...first, ...found.filter((url) => !first.includes(url))];
				}, { term: RANKING_PROBE.query, options, token });
				const rank = urls.findIndex((url) => url.includes(`/${RANKING_PROBE.slug}/`)) + 1;
				metrics.push({
					name: `"${RANKING_PROBE.query}" (en): rank of that company's case, ${label} (0: not in the first 20)`,
					value: rank,
					unit: 'rank',
					...(token ? { target: { value: 1, better: 'lower' as const } } : {}),
				});
				rankingNotes.push(`"${RANKING_PROBE.query}", ${label}: first results ${urls.slice(0, 3).map((u) => u.replace(/^\/en\/cases\//, '')).join(', ')}`);
			}
			await context.close();
		} finally {
			await browser.close();
			server.close();
		}
		return [
			{
				name: `search (${CASES.toLocaleString('en')} synthetic cases + the real content, fr and en)`,
				metrics,
				notes: [
					'Cold cache: a new browser context per query. Bytes are the response bodies the server sent for /pagefind/ files (the bundle, worker, WASM, entry, meta, index, filter and fragment chunks), with JS/JSON gzipped by the server as a static host would (Pagefind chunks and WASM are gzipped files already).',
					...breakdown.map((b) => `Bytes by file, first query, ${b}`),
					...rankingNotes,
					'Times are wall-clock on a shared 2-core machine and vary between runs; the page-load figure includes HTML, CSS and the page script.',
					'Synthetic prose mixes common French/English words with 20,000 generated words, so that the index has a realistic vocabulary.',
				],
			},
		];
	} finally {
		if (process.env.BENCH_SEARCH_KEEP) console.log(`bench: kept ${work}`);
		else rmSync(work, { recursive: true, force: true });
	}
}
