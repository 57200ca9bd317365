import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/browser.ts';
import { REAL, SITE, SUBPATH, type Build } from './tests/e2e/builds.ts';

const isCI = !!process.env.CI;
/** The representative part of the suite that also runs against the fixture site built under a sub-path. */
const SUBPATH_SPECS = ['pages', 'case-table', 'links', 'search'].map((name) => `**/e2e/${name}.spec.ts`);
/**
 * Not run again under the sub-path, since the base path cannot change them: search tests about ranking alone,
 * and the HTML validation of every page (the links are still followed there).
 */
const BASE_INDEPENDENT = /finds ".*" (first|in the top 3)|among the first three|accents, stems and apostrophes|valid HTML \(Nu/;
/** `ORCA_E2E=site`, `real` or `subpath` (or a comma-separated list) builds and runs those projects only (default: all). */
const only = process.env.ORCA_E2E;

/**
 * Three projects, each against its own build (tests/e2e/builds.ts), all in one run:
 * - `site`: every spec of tests/e2e/ but those of tests/e2e/real/, on the fixture corpus, with literal expectations;
 * - `real`: the smoke specs of tests/e2e/real/ and links.spec.ts, on the real content;
 * - `subpath`: pages, case table, links and search (but what the base cannot change) on the fixture corpus built under `/orca/`.
 */
const projects: { build: Build; testMatch: string | string[]; testIgnore?: string; grepInvert?: RegExp }[] = [
	{ build: SITE, testMatch: '**/*.spec.ts', testIgnore: '**/e2e/real/**' },
	{ build: REAL, testMatch: ['**/e2e/real/*.spec.ts', '**/e2e/links.spec.ts'] },
	{ build: SUBPATH, testMatch: SUBPATH_SPECS, grepInvert: BASE_INDEPENDENT },
];
const selected = projects.filter((p) => !only || only.split(',').includes(p.build.name));
if (selected.length === 0) throw new Error(`ORCA_E2E=${only}: expected site, real, subpath or a comma-separated list of them`);

/** One server of the `webServer` list. */
type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];

const url = (build: Build) => `http://127.0.0.1:${build.port}${build.base}`;
const browser = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath: chromiumExecutable(),
		args: [
			'--disable-gpu',
			'--disable-quic',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	},
};

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	workers: 2,
	// Generous: two cores shared by the build, the preview server, Chromium and axe.
	timeout: 60_000,
	// Pagefind, D3 and the map answer slowly when the cores are busy: 10 s before an expectation fails.
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	// Each build, as readers get it (search indexes exist only after a build), into its own folder and cache.
	webServer: selected.map(({ build }): WebServer => ({
		command: `npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${build.port}`,
		url: `${url(build)}fr/`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { ORCA_BASE: build.base, ORCA_CONTENT: build.content, ORCA_OUT_DIR: build.outDir, ORCA_CACHE_DIR: build.cacheDir },
	})),
	use: { trace: 'retain-on-failure' },
	projects: selected.map(({ build, testMatch, testIgnore, grepInvert }) => ({
		name: build.name,
		testMatch,
		...(testIgnore ? { testIgnore } : {}),
		...(grepInvert ? { grepInvert } : {}),
		metadata: { build },
		use: { ...browser, baseURL: url(build) },
	})),
});
