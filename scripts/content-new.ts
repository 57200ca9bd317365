/**
 * `npm run content:new -- <case|document|source|context> <slug>`: writes a new record to the content
 * folder (`ORCA_CONTENT`, default `content/`) with every field documented and a placeholder in each
 * field to fill; `npm run content:check` refuses it until every placeholder is replaced.
 */
import { dirname } from 'node:path';
import { RECORD_TYPES, ScaffoldError, writeScaffold } from '../src/build/scaffold.ts';

const [recordType, id, ...rest] = process.argv.slice(2);
if (!recordType || !id || rest.length > 0) {
	console.error(`usage: npm run content:new -- <${Object.keys(RECORD_TYPES).join('|')}> <slug>`);
	process.exit(2);
}
try {
	const written = writeScaffold(recordType, id, process.env.ORCA_CONTENT ?? 'content');
	for (const path of written) console.log(`content:new: wrote ${path}`);
	console.log(
		`Fill every TODO (each field is explained above it), then run: npm run content:check ${written.length > 1 ? dirname(written[0]!) : written[0]}`,
	);
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(`content:new: ${error.message}`);
	process.exit(1);
}
