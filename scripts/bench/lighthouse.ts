/**
 * Lighthouse benchmark: performance, accessibility, best practices and SEO (mobile form factor,
 * Lighthouse's default simulated throttling) for the home page, the heaviest case page, the
 * timeline, search (when the site has one) and figures of the real content's build (French),
 * served gzip-encoded, with the system Chromium, offline. `ORCA_BENCH_LIGHTHOUSE_RUNS` (default 1)
 * runs each page several times and keeps the median score per category.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../tests/browser.ts';
import { median, realSite, serve, workDir } from './_site.ts';
import type { BenchResult, Metric } from './types.ts';

const PORT = Number(process.env.ORCA_BENCH_LIGHTHOUSE_PORT ?? 4432);
const RUNS = Math.max(1, Number(process.env.ORCA_BENCH_LIGHTHOUSE_RUNS ?? 1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMEOUT_MS = 180_000;

interface Report {
	lighthouseVersion: string;
	runtimeError?: { code: string; message: string };
	runWarnings: string[];
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

/** One Lighthouse run of `url` through its command line; the parsed JSON report. */
async function lighthouse(url: string, out: string, chrome: string): Promise<Report> {
	const child = spawn(
		process.execPath,
		[
			'node_modules/lighthouse/cli/index.js',
			url,
			'--output=json',
			`--output-path=${out}`,
			`--only-categories=${CATEGORIES.join(',')}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
			'--quiet',
		],
		{ env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'pipe'] },
	);
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
	const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
	const code = await new Promise<number | null>((done) => child.on('close', done));
	clearTimeout(timer);
	if (code !== 0 || !existsSync(out)) throw new Error(`lighthouse ${url} exited with ${code}: ${stderr.trim()}`);
	return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

/** The weighted audits that lost points, e.g. "color-contrast (0)". */
const lost = (report: Report, category: string) =>
	report.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map(
		(ref) => `${ref.id} (${report.audits[ref.id]!.score}${report.audits[ref.id]!.displayValue ? `, ${report.audits[ref.id]!.displayValue}` : ''})`,
	);

export default async function bench(): Promise<BenchResult[]> {
	const dist = await realSite();
	const work = workDir('lighthouse');
	const chrome = chromiumExecutable() ?? chromium.executablePath();
	// The heaviest case page (largest HTML), the strictest test of a case.
	const cases = readdirSync(join(dist, 'fr/cases'), { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dist, 'fr/cases', d.name, 'index.html')))
		.map((d) => ({ id: d.name, size: statSync(join(dist, 'fr/cases', d.name, 'index.html')).size }))
		.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
	const pages: [string, string][] = [
		['home', '/fr/'],
		['case', `/fr/cases/${cases[0]!.id}/`],
		['timeline', '/fr/timeline/'],
		...(existsSync(join(dist, 'fr/search/index.html')) ? [['search', '/fr/search/'] as [string, string]] : []),
		['figures', '/fr/figures/'],
	];

	const { server, origin } = await serve(dist, PORT, { gzip: true });
	const metrics: Metric[] = [];
	const notes: string[] = [];
	let version = '';
	try {
		for (const [type, path] of pages) {
			const reports: Report[] = [];
			for (let run = 0; run < RUNS; run++) {
				console.log(`  ${type} (${path}), run ${run + 1} of ${RUNS}…`);
				try {
					reports.push(await lighthouse(origin + path, join(work, `${type}-${run}.json`), chrome));
				} catch (error) {
					notes.push(`${type}: ${String(error).slice(0, 600)}`);
				}
			}
			const ok = reports.filter((r) => !r.runtimeError);
			for (const r of reports) if (r.runtimeError) notes.push(`${type}: Lighthouse runtime error ${r.runtimeError.code}: ${r.runtimeError.message}`);
			if (!ok.length) continue;
			version = ok[0]!.lighthouseVersion;
			for (const category of CATEGORIES) {
				const scores = ok.map((r) => r.categories[category]?.score).filter((s): s is number => typeof s === 'number');
				if (!scores.length) {
					notes.push(`${type}: no ${category} score.`);
					continue;
				}
				metrics.push({ name: `${type}: ${category}`, value: Math.round(median(scores) * 100), unit: '', target: { value: 100, better: 'higher' } });
				const losses = lost(ok[0]!, category);
				if (losses.length) notes.push(`${type} ${category} lost points on: ${losses.join('; ')}.`);
			}
			for (const warning of new Set(ok.flatMap((r) => r.runWarnings))) notes.push(`${type}: ${warning}`);
		}
	} finally {
		server.close();
	}
	return [
		{
			name: 'Lighthouse (mobile, real content, French pages)',
			metrics,
			notes: [
				`Lighthouse ${version || '(did not run)'} with ${chrome} (--headless=new --no-sandbox --disable-gpu), mobile form factor and simulated throttling, ${RUNS} run(s) per page (median), offline against a local server that gzips like a static host.`,
				`Case page: ${pages[1]![1]} (the largest case HTML).`,
				'Performance scores depend on the machine’s load even under simulated throttling; accessibility, best practices and SEO do not.',
				...notes,
			],
		},
	];
}
