/**
 * What the benchmarks share: a measured `astro build` (wall time, CPU time and peak memory of the
 * whole process tree), a bare Astro project rendering the same Markdown without ORCA's logic, a
 * small static server that gzips like a static host, and one build of the real content that the
 * page-size and Lighthouse benchmarks reuse.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const keep = () => Boolean(process.env.ORCA_BENCH_KEEP);

/** A temporary folder, removed when the process exits unless `ORCA_BENCH_KEEP=1`. */
export function workDir(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `orca-bench-${name}-`));
	process.on('exit', () => {
		if (keep()) console.log(`  kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	});
	return dir;
}

const getconf = (name: string, fallback: number) => {
	try {
		return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
	} catch {
		return fallback;
	}
};
const TICKS = getconf('CLK_TCK', 100);
const PAGE = getconf('PAGESIZE', 4096);

/** The fields of /proc/<pid>/stat after the command name (field 3, the state, is index 0). */
const stat = (pid: number | 'self') => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
/** CPU seconds used by this process's finished (waited-for) children and their descendants. */
const childCpu = () => {
	const f = stat('self');
	return (Number(f[13]) + Number(f[14])) / TICKS;
};

/** Resident memory (bytes) of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
	const parent = new Map<number, number>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const f = stat(Number(name));
			parent.set(Number(name), Number(f[1]));
			rss.set(Number(name), Number(f[21]) * PAGE);
		} catch {
			// The process ended while we read.
		}
	}
	const inTree = (pid: number): boolean => {
		for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) if (p === root) return true;
		return false;
	};
	let total = 0;
	for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
	return total;
}

/** Every file under `dir` whose name ends with `suffix`. */
export function filesUnder(dir: string, suffix: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix));
}

export interface BuildRun {
	/** Wall-clock seconds of `astro build`. */
	seconds: number;
	/** CPU seconds (user + system) of the build's whole process tree. */
	cpuSeconds: number;
	/** Highest sum of the resident memory of the build's process tree, sampled every 100 ms (MB). */
	peakMB: number;
	/** HTML files written. */
	pages: number;
}

/**
 * Runs `astro build --outDir outDir` in `cwd` (a project root) with Node 24 and measures it.
 * Throws with the end of the build's output when it fails. Node's compile cache, which Astro's CLI
 * turns on outside CI, is off: a second build of the same files would find its modules compiled
 * (the content store among them: 15 s at 5,000 cases), which a build of new content never does.
 */
export async function measureBuild(cwd: string, outDir: string, env: Record<string, string> = {}): Promise<BuildRun> {
	const cpu0 = childCpu();
	const t0 = performance.now();
	const child = spawn(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd,
		env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let tail = '';
	const keepTail = (chunk: Buffer) => {
		tail = (tail + chunk.toString()).slice(-6000);
	};
	child.stdout.on('data', keepTail);
	child.stderr.on('data', keepTail);
	let peak = 0;
	const sample = () => {
		if (child.pid) peak = Math.max(peak, treeRss(child.pid));
	};
	const timer = setInterval(sample, 100);
	const code = await new Promise<number | null>((done) => child.on('close', done));
	clearInterval(timer);
	const seconds = (performance.now() - t0) / 1000;
	const cpuSeconds = childCpu() - cpu0;
	if (code !== 0) throw new Error(`astro build in ${cwd} failed (exit ${code}):\n${tail}`);
	return { seconds: round(seconds), cpuSeconds: round(cpuSeconds), peakMB: Math.round(peak / 2 ** 20), pages: filesUnder(outDir, '.html').length };
}

const LANG_PAGE = (lang: string) => `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	const texts = await getCollection('texts', (entry) => entry.id.endsWith('/${lang}'));
	return texts.map((entry) => ({ params: { slug: entry.id.slice(0, -3) }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="${lang}">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>{entry.data.title}</title>
	</head>
	<body>
		<main>
			<h1>{entry.data.title}</h1>
			<p>{entry.data.summary}</p>
			<Content />
		</main>
	</body>
</html>
`;

/**
 * A bare Astro project in `dir` (this repository's node_modules, linked) that renders every
 * `{cases,documents,pages}/<id>/<lang>.md` of `content` through a plain glob collection, one page
 * per file and language, with no ORCA logic: the baseline the ORCA build is compared with.
 */
export function writeBareProject(dir: string, content: string): void {
	mkdirSync(join(dir, 'src/pages/fr'), { recursive: true });
	mkdirSync(join(dir, 'src/pages/en'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), '{ "name": "orca-bench-bare", "private": true, "type": "module" }\n');
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
export default defineConfig({
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	cacheDir: ${JSON.stringify(join(dir, 'cache'))},
});
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
	texts: defineCollection({
		loader: glob({
			base: ${JSON.stringify(resolve(content))},
			pattern: '{cases,documents,pages}/*/*.md',
			generateId: ({ entry }) => entry.replace(/\\.md$/, ''),
		}),
	}),
};
`,
	);
	for (const lang of ['fr', 'en']) writeFileSync(join(dir, `src/pages/${lang}/[...slug].astro`), LANG_PAGE(lang));
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
};
/** Types a static host compresses on the fly. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.csv', '.bib', '.ris']);

/**
 * Serves the built folder `dir` on 127.0.0.1:`port` (0: any free port). With `gzip`, compressible
 * files are sent gzip-encoded (level 6, as nginx or a CDN would) to clients that accept it.
 */
export async function serve(dir: string, port = 0, { gzip = false } = {}): Promise<{ server: Server; origin: string }> {
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, path);
		if (!extname(file)) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(dir, '404.html');
			if (!existsSync(file)) {
				res.writeHead(404).end();
				return;
			}
		}
		const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
		let body: Buffer = readFileSync(file);
		if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = cache.get(file) ?? cache.set(file, gzipSync(body, { level: 6 })).get(file)!;
			headers['Content-Encoding'] = 'gzip';
			headers.Vary = 'Accept-Encoding';
		}
		headers['Content-Length'] = String(body.length);
		res.writeHead(status, headers).end(body);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let real: Promise<string> | undefined;

/**
 * The built real content (`content/`, base `/`), shared by the benchmarks of one `npm run bench`:
 * build.ts hands over the build it measured; otherwise the first caller builds it, unless
 * `ORCA_BENCH_DIST` names an existing build of it to measure instead.
 */
export function realSite(built?: string): Promise<string> {
	if (built) real = Promise.resolve(built);
	if (!real && process.env.ORCA_BENCH_DIST) real = Promise.resolve(resolve(process.env.ORCA_BENCH_DIST));
	real ??= (async () => {
		const dir = workDir('real');
		console.log('  building the real content…');
		await measureBuild(process.cwd(), join(dir, 'dist'), { ORCA_BASE: '/', ORCA_CACHE_DIR: join(dir, 'cache'), ORCA_CONTENT: 'content' });
		return join(dir, 'dist');
	})();
	return real;
}
