/**
 * `npm test`: type check, lint, unit and build tests (Vitest), then end-to-end tests (Playwright:
 * the fixture corpus and the real content's smoke checks, then the fixture under /orca/), the time
 * each phase took, and one closing line `N passed, N failed` summing them. Installs Debian's Chromium first
 * when the machine has no browser at all (a fresh machine here has none and cannot download one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { hasChromium } from '../tests/browser.ts';

/** Seconds each phase took, printed at the end (CI must stay under 20 minutes). */
const durations: string[] = [];
const run = (command: string, args: string[], env: Record<string, string> = {}) => {
	const start = performance.now();
	const status = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
	durations.push(
		`${[command, ...args.slice(0, 2)].join(' ')}${env.ORCA_BASE ? ` (ORCA_BASE=${env.ORCA_BASE})` : ''}: ${Math.round((performance.now() - start) / 1000)} s`,
	);
	return status;
};

function ensureChromium(): void {
	if (hasChromium()) return;
	console.log("No Chromium found: installing Debian's chromium package with apt-get.");
	// As root apt-get runs as is; otherwise through sudo, without prompting.
	const apt = (...args: string[]) =>
		process.getuid?.() === 0
			? run('apt-get', args, { DEBIAN_FRONTEND: 'noninteractive' })
			: run('sudo', ['-n', 'apt-get', ...args], { DEBIAN_FRONTEND: 'noninteractive' });
	if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', 'chromium') !== 0 || !hasChromium())
		throw new Error('No Chromium available: install it (apt-get install chromium) or set CHROMIUM_PATH.');
}

interface Counts {
	passed: number;
	failed: number;
}

function vitestCounts(file: string): Counts {
	if (!existsSync(file)) return { passed: 0, failed: 1 };
	const report = JSON.parse(readFileSync(file, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numTotalTestSuites: number;
		numFailedTestSuites: number;
	};
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0),
	};
}

function playwrightCounts(file: string): Counts {
	if (!existsSync(file)) return { passed: 0, failed: 1 };
	const report = JSON.parse(readFileSync(file, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number; skipped: number };
		errors?: unknown[];
	};
	const { expected, unexpected, flaky } = report.stats;
	return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0) };
}

rmSync('test-results', { recursive: true, force: true });
// Type check first (`astro check`): counted as one check that passes or fails.
const typeCheck = run('npx', ['astro', 'check']) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
// Lint and format (`npm run lint`: ESLint with the layering rules, Prettier --check): one more check.
const lint = run('npm', ['run', '--silent', 'lint']) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = vitestCounts('test-results/unit.json');

let e2e: Counts;
let e2eStatus: number;
try {
	ensureChromium();
	// Three projects at once (playwright.config.ts): the fixture corpus with literal expectations, the real content's
	// smoke checks, and the fixture corpus built under the sub-path /orca/ (a representative part of the suite).
	e2eStatus = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
	e2e = playwrightCounts('test-results/e2e.json');
} catch (error) {
	console.error(String(error));
	e2eStatus = 1;
	e2e = { passed: 0, failed: 1 };
}

const passed = typeCheck.passed + lint.passed + unit.passed + e2e.passed;
const failed = typeCheck.failed + lint.failed + unit.failed + e2e.failed;
console.log(
	`\ntype check: ${typeCheck.failed ? 'failed' : 'passed'}; lint: ${lint.failed ? 'failed' : 'passed'}; unit and build: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`durations: ${durations.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || failed > 0 || passed === 0 ? 1 : 0);
