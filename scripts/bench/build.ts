/**
 * Build benchmark: `astro build` of the real content and of synthetic corpora of 1,000 and 5,000
 * cases (`ORCA_BENCH_SIZES=200,1000` to change them), each beside a bare Astro project that renders
 * the same Markdown with no ORCA logic, in the same run. Reports wall time, CPU time, peak memory
 * of the build's process tree and pages built; the ORCA/bare time ratio is the figure to watch.
 * Hands its real-content build to the page-size and Lighthouse benchmarks.
 */
import { readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type BuildRun, keep, measureBuild, realSite, round, workDir, writeBareProject } from './_site.ts';
import { writeSyntheticSite } from './_synthetic.ts';
import type { BenchResult, Metric } from './types.ts';

const SIZES = (process.env.ORCA_BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const load = () => loadavg().map((v) => v.toFixed(1)).join(', ');

/** ORCA's build of `content`, then the bare project's build of the same Markdown. */
async function compare(work: string, label: string, content: string): Promise<{ orca: BuildRun; bare: BuildRun; dist: string }> {
	const dist = join(work, `orca-${label}`);
	console.log(`  ORCA build (${label})…`);
	const orca = await measureBuild(process.cwd(), dist, { ORCA_CONTENT: content, ORCA_CACHE_DIR: join(work, `cache-${label}`), ORCA_BASE: '/' });
	console.log(`    ${orca.seconds} s, ${orca.cpuSeconds} s CPU, ${orca.peakMB} MB, ${orca.pages} pages`);
	const bareDir = join(work, `bare-${label}`);
	writeBareProject(bareDir, content);
	console.log(`  bare Astro build (${label})…`);
	const bare = await measureBuild(bareDir, join(bareDir, 'dist'));
	console.log(`    ${bare.seconds} s, ${bare.cpuSeconds} s CPU, ${bare.peakMB} MB, ${bare.pages} pages`);
	if (!keep()) rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
	return { orca, bare, dist };
}

function metrics(orca: BuildRun, bare: BuildRun, target: boolean): Metric[] {
	return [
		{ name: 'ORCA build time', value: orca.seconds, unit: 's' },
		{ name: 'bare Astro build time', value: bare.seconds, unit: 's' },
		{ name: 'build time ratio ORCA / bare', value: round(orca.seconds / bare.seconds, 2), unit: '×', ...(target ? { target: { value: 1.5, better: 'lower' as const } } : {}) },
		{ name: 'ORCA build CPU time (user + system)', value: orca.cpuSeconds, unit: 's' },
		{ name: 'bare Astro build CPU time', value: bare.cpuSeconds, unit: 's' },
		{ name: 'CPU time ratio ORCA / bare', value: round(orca.cpuSeconds / bare.cpuSeconds, 2), unit: '×' },
		{ name: 'ORCA peak memory (process tree)', value: orca.peakMB, unit: 'MB' },
		{ name: 'bare Astro peak memory', value: bare.peakMB, unit: 'MB' },
		{ name: 'ORCA HTML pages built', value: orca.pages, unit: 'pages' },
		{ name: 'bare Astro HTML pages built', value: bare.pages, unit: 'pages' },
	];
}

export default async function bench(): Promise<BenchResult[]> {
	const work = workDir('build');
	const results: BenchResult[] = [];
	const common = [
		`${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; every build is cold (its own empty cache folder).`,
		'Bare Astro: a minimal project (this repository’s node_modules, linked) with one glob collection over the same cases/documents/pages Markdown and one page per language rendering it; no schemas, layout, data files, search or ORCA logic.',
		'Peak memory: the highest sum of resident memory of `astro build` and its child processes, sampled every 100 ms (shared pages count once per process).',
	];

	const realCases = readdirSync('content/cases').length;
	try {
		const { orca, bare, dist } = await compare(work, 'real', 'content');
		realSite(dist);
		results.push({ name: `build: real content (${realCases} cases)`, metrics: metrics(orca, bare, false), notes: [...common, `Load average after the builds: ${load()}.`] });
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
			const { orca, bare, dist } = await compare(work, label, content);
			if (!keep()) rmSync(dist, { recursive: true, force: true });
			results.push({
				name,
				metrics: metrics(orca, bare, size >= 5000),
				notes: [
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
