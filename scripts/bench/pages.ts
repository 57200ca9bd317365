/**
 * Page weight benchmark: loads every page type of the real content's build (French) in Chromium,
 * served gzip-encoded like a static host would, and sums what went over the wire: transferred
 * bytes (response bodies, gzip where the host compresses) and JavaScript bytes (script files
 * plus inline module scripts, gzip). Case and document pages are all measured; the heaviest counts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../../tests/browser.ts';
import { median, realSite, round, serve } from './_site.ts';
import type { BenchResult, Metric } from './types.ts';

const PORT = Number(process.env.ORCA_BENCH_PAGES_PORT ?? 4431);

interface Weight {
	path: string;
	/** Bytes of every response body as transferred (gzip-encoded where served so). */
	transferred: number;
	/** Bytes of script responses as transferred, plus inline module scripts gzipped. */
	js: number;
	requests: number;
}

/** Loads `url` in a fresh context (empty cache) and adds up its responses once the network is idle. */
async function weigh(browser: Browser, origin: string, path: string): Promise<Weight> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const responses: Promise<{ bytes: number; script: boolean }>[] = [];
	page.on('response', (response) =>
		responses.push(
			response
				.request()
				.sizes()
				.then((s) => ({ bytes: s.responseBodySize, script: response.request().resourceType() === 'script' })),
		),
	);
	const main = await page.goto(origin + path, { waitUntil: 'networkidle' });
	if (!main?.ok()) throw new Error(`pages bench: ${path} answered ${main?.status()}`);
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
			.map((s) => s.textContent ?? '')
			.join('\n'),
	);
	const all = await Promise.all(responses);
	await context.close();
	const scripts = all.filter((r) => r.script).reduce((n, r) => n + r.bytes, 0);
	return {
		path,
		transferred: all.reduce((n, r) => n + r.bytes, 0),
		js: scripts + (inline.trim() ? gzipSync(inline, { level: 6 }).length : 0),
		requests: all.length,
	};
}

const kb = (bytes: number) => round(bytes / 1024);

export default async function bench(): Promise<BenchResult[]> {
	const dist = await realSite();
	const folders = (dir: string) =>
		readdirSync(join(dist, 'fr', dir), { withFileTypes: true })
			.filter((d) => d.isDirectory() && existsSync(join(dist, 'fr', dir, d.name, 'index.html')))
			.map((d) => `/fr/${dir}/${d.name}/`)
			.sort();
	const types: [string, string[]][] = [
		['home', ['/fr/']],
		['case', folders('cases')],
		['document', folders('documents')],
		['case list', ['/fr/cases/']],
		['timeline', ['/fr/timeline/']],
		['figures', ['/fr/figures/']],
		['data', ['/fr/data/']],
		['methodology', ['/fr/methodology/']],
		['sources', ['/fr/sources/']],
		...(existsSync(join(dist, 'fr/search/index.html')) ? [['search', ['/fr/search/']] as [string, string[]]] : []),
	];

	const { server, origin } = await serve(dist, PORT, { gzip: true });
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu'] });
	try {
		const metrics: Metric[] = [];
		const notes: string[] = [];
		for (const [type, paths] of types) {
			console.log(`  ${type}: ${paths.length} page(s)…`);
			const weights: Weight[] = [];
			for (const path of paths) weights.push(await weigh(browser, origin, path));
			const heaviest = weights.reduce((a, b) => (b.transferred > a.transferred ? b : a));
			const mostJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
			const isCase = type === 'case';
			const many = weights.length > 1;
			metrics.push(
				{ name: `${type}${many ? ' (heaviest)' : ''}: transferred`, value: kb(heaviest.transferred), unit: 'KB', ...(isCase ? { target: { value: 50, better: 'lower' as const } } : {}) },
				{ name: `${type}${many ? ' (most scripted)' : ''}: JavaScript`, value: kb(mostJs.js), unit: 'KB', ...(isCase ? { target: { value: 10, better: 'lower' as const } } : {}) },
			);
			if (many)
				metrics.push(
					{ name: `${type} (median of ${weights.length}): transferred`, value: kb(median(weights.map((w) => w.transferred))), unit: 'KB' },
					{ name: `${type} (median of ${weights.length}): JavaScript`, value: kb(median(weights.map((w) => w.js))), unit: 'KB' },
				);
			metrics.push({ name: `${type}${many ? ' (heaviest)' : ''}: requests`, value: heaviest.requests, unit: 'requests' });
			if (many) notes.push(`Heaviest ${type} page: ${heaviest.path}; most JavaScript: ${mostJs.path}.`);
		}
		return [
			{
				name: 'page weight (real content, French pages)',
				metrics,
				notes: [
					...notes,
					`Chromium ${browser.version()}, 1280×900, empty cache per page, counted once the network is idle; sizes are response bodies as sent (HTML, CSS, JS, JSON, SVG gzip-encoded at level 6, as a static host would), headers excluded.`,
					'JavaScript: script files as transferred plus the page’s inline scripts (JSON data islands excluded), gzipped.',
				],
			},
		];
	} finally {
		await browser.close();
		server.close();
	}
}
