/**
 * `npm run content:check [path…]`: checks the content folder (`ORCA_CONTENT`, default `content/`)
 * with the build's own reader and rules, in seconds. Prints each problem as the build does, then a
 * one-line summary; exits with status 1 on any problem (in the paths given, if any), 2 on a bad path.
 */
import { checkContent } from '../src/build/content-check.ts';

let report;
try {
	report = checkContent(process.env.ORCA_CONTENT ?? 'content', process.argv.slice(2));
} catch (error) {
	console.error(`content:check: ${(error as Error).message}`);
	process.exit(2);
}
for (const line of report.problems) console.error(line);
console.log(report.summary);
process.exit(report.ok ? 0 : 1);
