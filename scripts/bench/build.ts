/**
 * Build benchmark: `astro build` of the real content and of synthetic corpora of 1,000 and 5,000
 * cases (`ORCA_BENCH_SIZES=200,1000` to change them), each beside a bare Astro project and the
 * Starlight peer (`_peer.ts`) rendering the same Markdown, in the same run, and ORCA's rebuild
 * after one synthetic case changes. Reports wall time, CPU time, peak memory of the build's process
 * tree and pages built; the CPU ratios to bare Astro and to Starlight are the figures to watch.
 * Hands its real-content build to the page-size and Lighthouse benchmarks.
 */
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type BuildRun, keep, measureBuild, realSite, round, workDir, writeBareProject } from './_site.ts';
import { installPeer, type PeerInstall, writePeerProject } from './_peer.ts';
import { writeSyntheticSite } from './_synthetic.ts';
import type { BenchResult, Metric } from './types.ts';

const SIZES = (process.env.ORCA_BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const load = () => loadavg().map((v) => v.toFixed(1)).join(', ');

interface Comparison {
	orca: BuildRun;
	/** ORCA's build again, same cache and output folders, after one case's `en.md` changed. */
	rebuild?: BuildRun;
	bare: BuildRun;
	/** The Starlight peer's build, or why it did not run. */
	peer: BuildRun | string;
	dist: string;
}

/** Appends a sentence to the English text of the first synthetic case of `content`: the one-case change. */
function changeOneCase(content: string): string {
	const ids = readdirSync(join(content, 'cases')).sort();
	const id = ids.find((name) => name.startsWith('synthetic-')) ?? ids[0]!;
	appendFileSync(join(content, 'cases', id, 'en.md'), '\nOne more sentence, written between two builds.\n');
	return id;
}

const show = (run: BuildRun) => `${run.seconds} s, ${run.cpuSeconds} s CPU, ${run.peakMB} MB, ${run.pages} pages`;

/**
 * ORCA's build of `content` (and, with `rebuild`, again after one case changes), then the bare
 * project's and the Starlight peer's builds of the same Markdown.
 */
async function compare(work: string, label: string, content: string, peer: PeerInstall | string, rebuild: boolean): Promise<Comparison> {
	const dist = join(work, `orca-${label}`);
	const env = { ORCA_CONTENT: content, ORCA_CACHE_DIR: join(work, `cache-${label}`), ORCA_BASE: '/' };
	console.log(`  ORCA build (${label})…`);
	const orca = await measureBuild(process.cwd(), dist, env);
	console.log(`    ${show(orca)}`);
	let again: BuildRun | undefined;
	if (rebuild) {
		const id = changeOneCase(content);
		console.log(`  ORCA rebuild after ${id}/en.md changed (${label})…`);
		again = await measureBuild(process.cwd(), dist, env);
		console.log(`    ${show(again)}`);
	}
	const bareDir = join(work, `bare-${label}`);
	writeBareProject(bareDir, content);
	console.log(`  bare Astro build (${label})…`);
	const bare = await measureBuild(bareDir, join(bareDir, 'dist'));
	console.log(`    ${show(bare)}`);
	if (!keep()) rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
	let starlight: BuildRun | string = peer as string;
	if (typeof peer !== 'string') {
		const peerDir = join(work, `starlight-${label}`);
		try {
			writePeerProject(peerDir, content, peer);
			console.log(`  Starlight build (${label})…`);
			starlight = await measureBuild(peerDir, join(peerDir, 'dist'));
			console.log(`    ${show(starlight)}`);
		} catch (error) {
			starlight = `the Starlight build failed: ${String(error).slice(0, 1500)}`;
			console.log(`    ${starlight}`);
		}
		if (!keep()) rmSync(peerDir, { recursive: true, force: true });
	}
	return { orca, ...(again ? { rebuild: again } : {}), bare, peer: starlight, dist };
}

const ratio = (a: number, b: number) => round(a / b, 2);

/** The metrics of one corpus; `size` (synthetic cases) sets which targets apply, none for the real content. */
function metrics({ orca, rebuild, bare, peer }: Comparison, size?: number): Metric[] {
	const big = size !== undefined && size >= 5000;
	const target = (value: number, on: boolean) => (on ? { target: { value, better: 'lower' as const } } : {});
	const starlight = typeof peer === 'string' ? undefined : peer;
	return [
		{ name: 'ORCA build CPU time (user + system)', value: orca.cpuSeconds, unit: 's' },
		{ name: 'bare Astro build CPU time', value: bare.cpuSeconds, unit: 's' },
		...(starlight ? [{ name: 'Starlight build CPU time', value: starlight.cpuSeconds, unit: 's' }] : []),
		{ name: 'CPU time ratio ORCA / bare', value: ratio(orca.cpuSeconds, bare.cpuSeconds), unit: '×', ...target(2, big) },
		...(starlight
			? [{ name: 'CPU time ratio ORCA / Starlight', value: ratio(orca.cpuSeconds, starlight.cpuSeconds), unit: '×', ...target(1, size !== undefined && size >= 1000) }]
			: []),
		{ name: 'ORCA build time', value: orca.seconds, unit: 's' },
		{ name: 'bare Astro build time', value: bare.seconds, unit: 's' },
		...(starlight ? [{ name: 'Starlight build time', value: starlight.seconds, unit: 's' }] : []),
		{ name: 'build time ratio ORCA / bare', value: ratio(orca.seconds, bare.seconds), unit: '×', ...target(1.5, big) },
		...(starlight ? [{ name: 'build time ratio ORCA / Starlight', value: ratio(orca.seconds, starlight.seconds), unit: '×' }] : []),
		...(rebuild
			? [
					{ name: 'ORCA rebuild after one case changed: CPU time', value: rebuild.cpuSeconds, unit: 's' },
					{ name: 'ORCA rebuild after one case changed: time', value: rebuild.seconds, unit: 's' },
					{ name: 'CPU time ratio rebuild / cold build', value: ratio(rebuild.cpuSeconds, orca.cpuSeconds), unit: '×', ...target(0.15, big) },
					{ name: 'time ratio rebuild / cold build', value: ratio(rebuild.seconds, orca.seconds), unit: '×' },
				]
			: []),
		{ name: 'ORCA peak memory (process tree)', value: orca.peakMB, unit: 'MB', ...target(2560, big) },
		{ name: 'bare Astro peak memory', value: bare.peakMB, unit: 'MB' },
		...(starlight ? [{ name: 'Starlight peak memory', value: starlight.peakMB, unit: 'MB' }] : []),
		...(rebuild ? [{ name: 'ORCA rebuild peak memory', value: rebuild.peakMB, unit: 'MB' }] : []),
		{ name: 'ORCA HTML pages built', value: orca.pages, unit: 'pages' },
		{ name: 'bare Astro HTML pages built', value: bare.pages, unit: 'pages' },
		...(starlight ? [{ name: 'Starlight HTML pages built', value: starlight.pages, unit: 'pages' }] : []),
	];
}

/** What the notes say about the peer: its versions, or why it is missing. */
const peerNote = (peer: PeerInstall | string, result: BuildRun | string) =>
	typeof peer === 'string'
		? `Starlight peer NOT measured: ${peer}`
		: typeof result === 'string'
			? `Starlight peer NOT measured: ${result}`
			: `Starlight peer: astro ${peer.astro}, @astrojs/starlight ${peer.starlight} (from the npm registry), the same Markdown in src/content/docs/{fr,en}/ with a case's company and group as a first line, locales fr and en, default Pagefind (which indexes dist/ after the pages are written), a one-link sidebar (its default sidebar, generated from every page, is much slower at thousands of pages).`;

export default async function bench(): Promise<BenchResult[]> {
	const work = workDir('build');
	const results: BenchResult[] = [];
	const common = [
		`${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; every build is cold (its own empty cache folder) but ORCA's rebuild.`,
		'Bare Astro: a minimal project (this repository’s node_modules, linked) with one glob collection over the same cases/documents/pages Markdown and one page per language rendering it; no schemas, layout, data files, search or ORCA logic.',
		'Peak memory: the highest sum of resident memory of `astro build` and its child processes, sampled every 100 ms (shared pages count once per process).',
	];

	const peer = await installPeer().catch((error: unknown) => `the peer could not be installed (${String(error).slice(0, 1500)})`);
	if (typeof peer === 'string') console.log(`  ${peer}`);

	const realCases = readdirSync('content/cases').length;
	try {
		const run = await compare(work, 'real', 'content', peer, false);
		realSite(run.dist);
		results.push({
			name: `build: real content (${realCases} cases)`,
			metrics: metrics(run),
			notes: [...common, peerNote(peer, run.peer), `Load average after the builds: ${load()}.`],
		});
	} catch (error) {
		results.push({ name: `build: real content (${realCases} cases)`, metrics: [], notes: [`FAILED: ${String(error).slice(0, 2000)}`] });
	}

	for (const size of SIZES) {
		const label = `synthetic-${size}`;
		const content = join(work, `content-${size}`);
		console.log(`  writing ${size.toLocaleString('en')} synthetic cases…`);
		writeSyntheticSite(content, size);
		const name = `build: ${size.toLocaleString('en')} synthetic cases (+ test fixture)`;
		try {
			const run = await compare(work, label, content, peer, true);
			if (!keep()) rmSync(run.dist, { recursive: true, force: true });
			results.push({
				name,
				metrics: metrics(run, size),
				notes: [
					peerNote(peer, run.peer),
					'Rebuild: ORCA built again with the same cache and output folders after a sentence was appended to the English text of one synthetic case (the first by folder name).',
					'Synthetic cases: made-up companies, two dated events and one source each, 200–300 words of filler prose per language (deterministic, the size of a real case).',
					`Time figures on a shared machine are noisy (other jobs run beside it); the CPU ratio is steadier than the wall-time ratio. Load average after the builds: ${load()}.`,
				],
			});
		} catch (error) {
			results.push({ name, metrics: [], notes: [`FAILED: ${String(error).slice(0, 2000)}`] });
		}
		if (!keep()) rmSync(content, { recursive: true, force: true });
	}
	return results;
}
