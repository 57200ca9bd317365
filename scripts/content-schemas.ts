/**
 * `npm run content:schemas`: writes the JSON Schemas of the content files (src/build/content-schemas.ts)
 * to `.vscode/schemas/`, where editors pick them up. Run it after changing a schema in `src/schemas/`
 * and commit the result; a test fails while the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentSchemaFiles } from '../src/build/content-schemas.ts';

for (const file of contentSchemaFiles()) {
	mkdirSync(dirname(file.path), { recursive: true });
	writeFileSync(file.path, file.text);
	console.log(`content:schemas: wrote ${file.path}`);
}
