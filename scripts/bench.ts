/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (or those named on the command
 * line) and writes bench/report.json and bench/report.md. Speed and size targets are checked here,
 * never in timed tests. Time figures on a shared 2-core machine are noisy: compare ratios.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchResult, Metric } from './bench/types.ts';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const modules = readdirSync(dir)
	.filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.startsWith('_'))
	.filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
	.sort();

const status = (m: Metric) =>
	!m.target ? '' : (m.target.better === 'lower' ? m.value <= m.target.value : m.value >= m.target.value) ? 'met' : 'MISSED';

const results: BenchResult[] = [];
for (const file of modules) {
	console.log(`bench: ${file}`);
	const bench = (await import(pathToFileURL(join(dir, file)).href)).default as Bench;
	const out = await bench();
	for (const r of out) for (const m of r.metrics) console.log(`  ${r.name} — ${m.name}: ${m.value} ${m.unit} ${status(m)}`);
	results.push(...out);
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.json', `${JSON.stringify({ results }, null, 2)}\n`);
const md = [
	'# ORCA benchmark report',
	'',
	...results.flatMap((r) => [
		`## ${r.name}`,
		'',
		'| metric | value | target | status |',
		'| --- | ---: | ---: | --- |',
		...r.metrics.map(
			(m) =>
				`| ${m.name} | ${m.value} ${m.unit} | ${m.target ? `${m.target.better === 'lower' ? '≤' : '≥'} ${m.target.value} ${m.unit}` : ''} | ${status(m)} |`,
		),
		...(r.notes?.length ? ['', ...r.notes.map((n) => `- ${n}`)] : []),
		'',
	]),
].join('\n');
writeFileSync('bench/report.md', md);
console.log('bench: wrote bench/report.json and bench/report.md');
