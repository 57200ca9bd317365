import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/browser.ts';

const isCI = !!process.env.CI;
const port = Number(process.env.ORCA_TEST_PORT ?? 4329);
/** Base path of the site under test: `/` by default, `/orca/` for the sub-path run. */
const base = process.env.ORCA_BASE ?? '/';
const subPath = base !== '/';
/** The representative part of the suite that also runs against a build under a sub-path. */
const SUBPATH_SPECS = ['pages.spec.ts', 'case-table.spec.ts', 'links.spec.ts', 'search.spec.ts'];

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: subPath ? SUBPATH_SPECS : '**/*.spec.ts',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	workers: 2,
	// Generous: two cores shared by the build, the preview server, Chromium and axe.
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: `test-results/e2e${subPath ? '-subpath' : ''}.json` }]],
	webServer: {
		// The built site, as readers get it (search indexes exist only after a build).
		command: `npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}${base}fr/`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { ORCA_BASE: base },
	},
	use: { baseURL: `http://127.0.0.1:${port}${base}`, trace: 'retain-on-failure' },
	projects: [
		{
			name: 'chromium',
			use: {
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
			},
		},
	],
});
