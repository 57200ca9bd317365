/**
 * Timeline benchmark: builds the site on a synthetic corpus of 2,000 case events (plus the small
 * test fixture), serves it, and measures in Chromium the time from the timeline script's start to
 * its first drawn frame, the time of one zoom step, and the gzip size of the timeline page's
 * JavaScript; it also checks that case pages (which draw their chart at build time) load neither the
 * timeline's script nor D3.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../tests/browser.ts';
import { median, round, serve } from './_site.ts';
import { writeContent } from './_synthetic.ts';
import { syntheticCorpus } from './_timeline-synthetic.ts';
import type { BenchResult } from './types.ts';

const CASES = 100;
const EVENTS_PER_CASE = 20;
const RUNS = 5;

/** The gzip size (bytes) of the JavaScript a built page loads: its module scripts and what they import, statically or not. */
function pageScriptBytes(dist: string, page: string): number {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const visit = (src: string) => {
		if (seen.has(src)) return;
		seen.add(src);
		const code = readFileSync(join(dist, src), 'utf8');
		// Static imports, dynamic imports (loaded after the first paint, but loaded) and Vite's preload list.
		for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']\.\/([^"']+\.js)["']|["']_astro\/([^"']+\.js)["']/g)) visit(join('_astro', m[1] ?? m[2]!));
	};
	for (const m of html.matchAll(/<script[^>]*\bsrc="\/(_astro\/[^"]+\.js)"/g)) visit(m[1]!);
	const inline = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
	for (const m of inline.matchAll(/["']\/(_astro\/[^"']+\.js)["']/g)) visit(m[1]!);
	return [...seen].reduce((n, src) => n + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length, gzipSync(inline, { level: 9 }).length);
}

export default async function bench(): Promise<BenchResult[]> {
	const work = mkdtempSync(join(tmpdir(), 'orca-bench-timeline-'));
	try {
		const content = join(work, 'content');
		const dist = join(work, 'dist');
		const undated = syntheticCorpus(1, 0, 2, 'press-one').cases[0]!;
		undated.id = 'synthetic-no-events';
		writeContent(content, [...syntheticCorpus(CASES, EVENTS_PER_CASE, 1, 'press-one').cases, undated]);
		const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
			env: { ...process.env, ORCA_CONTENT: content, ORCA_CACHE_DIR: join(work, 'cache'), ORCA_BASE: '/' },
			encoding: 'utf8',
		});
		if (build.status !== 0) throw new Error(`timeline bench: the synthetic build failed:\n${build.stdout}\n${build.stderr}`);

		const { server, origin } = await serve(dist);
		const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu'] });
		try {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
			const firstFrames: number[] = [];
			let events = 0;
			let zoomSteps: number[] = [];
			let renders: number[] = [];
			for (let run = 0; run < RUNS; run++) {
				const page = await context.newPage();
				await page.goto(`${origin}/fr/timeline/`);
				await page.waitForFunction(() => document.querySelector<HTMLElement>('orca-timeline')?.dataset.firstFrameMs);
				firstFrames.push(Number(await page.locator('orca-timeline').getAttribute('data-first-frame-ms')));
				if (run === RUNS - 1) {
					events = await page.locator('orca-timeline tbody tr').count();
					// One zoom step = one zoom event handled and the chart redrawn, layout included
					// (reduced motion: the step is applied at once, without a transition).
					const timings = await page.evaluate(() => {
						const el = document.querySelector('orca-timeline') as HTMLElement & { chart: { zoomBy(k: number): void; lastRenderMs: number } };
						const steps: number[] = [];
						const renders: number[] = [];
						for (let i = 0; i < 24; i++) {
							const t0 = performance.now();
							el.chart.zoomBy(i < 12 ? 1.3 : 1 / 1.3);
							el.getBoundingClientRect();
							void document.body.offsetHeight; // forces layout, so the step's time includes it
							steps.push(performance.now() - t0);
							renders.push(el.chart.lastRenderMs);
						}
						return { steps, renders };
					});
					zoomSteps = timings.steps;
					renders = timings.renders;
				}
				await page.close();
			}
			// Case pages draw their chart at build time: neither one with events nor one without loads the
			// timeline's script or D3 (their other scripts, search box and cite panel, are not counted).
			const timelineScripts: string[] = [];
			for (const slug of ['synthetic-1', 'synthetic-no-events']) {
				const casePage = await context.newPage();
				casePage.on('request', (r) => {
					if (r.resourceType() === 'script' && /timeline|chart|d3|element/i.test(r.url().split('/').pop()!)) timelineScripts.push(r.url());
				});
				await casePage.goto(`${origin}/fr/cases/${slug}/`, { waitUntil: 'networkidle' });
				await casePage.close();
			}

			return [
				{
					name: `timeline (${events.toLocaleString('en')} events: ${CASES * EVENTS_PER_CASE} synthetic + test fixture)`,
					metrics: [
						{ name: 'script start to first drawn frame (median of 5 loads)', value: round(median(firstFrames)), unit: 'ms', target: { value: 150, better: 'lower' } },
						{ name: 'one zoom step (median of 24)', value: round(median(zoomSteps), 2), unit: 'ms', target: { value: 16, better: 'lower' } },
						{ name: 'one zoom step (slowest of 24)', value: round(Math.max(...zoomSteps), 2), unit: 'ms' },
						{ name: 'chart redraw inside a zoom step (median)', value: round(median(renders), 2), unit: 'ms' },
						{ name: 'timeline page JavaScript (gzip)', value: round(pageScriptBytes(dist, 'fr/timeline') / 1024), unit: 'KB', target: { value: 60, better: 'lower' } },
						{ name: 'case page with a chart: JavaScript (gzip)', value: round(pageScriptBytes(dist, 'fr/cases/synthetic-1') / 1024), unit: 'KB' },
						{ name: 'case pages (with and without a chart): timeline or D3 scripts loaded', value: timelineScripts.length, unit: 'files', target: { value: 0, better: 'lower' } },
					],
					notes: [
						`Chromium ${browser.version()}, 1280×900, prefers-reduced-motion (zoom steps without transition); first frames: ${firstFrames.map((v) => round(v)).join(', ')} ms.`,
						'First frame: from the timeline module starting to run to the next animation frame after the first draw (filters, counts, layout and SVG included).',
						`Time figures on a shared machine are noisy; compare ratios between runs. Load average during the run: ${loadavg().map((v) => v.toFixed(1)).join(', ')} on ${availableParallelism()} cores.`,
					],
				},
			];
		} finally {
			await browser.close();
			server.close();
		}
	} finally {
		if (!process.env.ORCA_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
		else console.log(`  kept ${work}`);
	}
}
