/**
 * The authors' tools: `content:new` scaffolds that the reader refuses until every placeholder is
 * filled, `content:check` giving the reader's (hence the build's) verdict and lines, and the editor
 * JSON Schemas derived from the Zod schemas and their JSDoc.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content.ts';
import { contentSchemaFiles } from '../../src/build/content-schemas.ts';
import { fieldDoc, schemaDocs } from '../../src/build/schema-docs.ts';
import { scaffoldFiles, writeScaffold } from '../../src/build/scaffold.ts';
import { issueLine } from '../../src/lib/integrity.ts';

const work = mkdtempSync(join(tmpdir(), 'orca-authoring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** A copy of the good fixture corpus. */
function corpus(): string {
	const root = join(work, `c${n++}`);
	cpSync('tests/fixtures/good', root, { recursive: true });
	return root;
}

/** The reader's problems as `file | field | message`, file relative to the corpus. */
const problems = (root: string) => readContent(root).issues.map((i) => `${i.file.slice(root.length + 1)} | ${i.field} | ${i.message}`);

/** Replaces each `key: TODO` line (the first one after the previous replacement) by `key: value`. */
function fill(file: string, values: [string, string][]) {
	let text = readFileSync(file, 'utf8');
	let from = 0;
	for (const [key, value] of values) {
		const match = new RegExp(`^(\\s*(?:- )?)${key.replace(/[[\]]/g, '\\$&')}: TODO$`, 'm').exec(text.slice(from));
		if (!match) throw new Error(`no "${key}: TODO" line left in ${file}`);
		const at = from + match.index;
		const line = `${match[1]}${key}: ${value}`;
		text = text.slice(0, at) + line + text.slice(at + match[0].length);
		from = at + line.length;
	}
	writeFileSync(file, text);
}

/** Fills the front matter and the prose of a new text. */
function fillText(file: string, title: string) {
	fill(file, [
		['title', title],
		['summary', 'A short summary.'],
	]);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/\nTODO\n$/, '\nThe prose.\n'));
}

const run = (script: string, args: string[], root: string) => {
	const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ORCA_CONTENT: root } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('content:new', () => {
	test('a new case is refused until every placeholder is filled, and accepted once filled', () => {
		const root = corpus();
		expect(writeScaffold('case', 'beta-dakar-paris', root).map((p) => p.slice(root.length + 1))).toEqual([
			'cases/beta-dakar-paris/case.yaml',
			'cases/beta-dakar-paris/fr.md',
			'cases/beta-dakar-paris/en.md',
		]);
		const dir = 'cases/beta-dakar-paris';
		expect(problems(root)).toEqual([
			`${dir}/case.yaml | company | placeholder TODO not filled`,
			`${dir}/case.yaml | sector | placeholder TODO not filled`,
			`${dir}/case.yaml | function | placeholder TODO not filled`,
			`${dir}/case.yaml | operator | placeholder TODO not filled`,
			`${dir}/case.yaml | movement | placeholder TODO not filled`,
			`${dir}/case.yaml | scope | placeholder TODO not filled`,
			`${dir}/case.yaml | to.0.country | placeholder TODO not filled`,
			`${dir}/case.yaml | status | placeholder TODO not filled`,
			`${dir}/case.yaml | sources.0 | placeholder TODO not filled`,
			`${dir}/case.yaml | confidence | placeholder TODO not filled`,
			`${dir}/case.yaml | updated | placeholder TODO not filled`,
			`${dir}/fr.md | title | placeholder TODO not filled`,
			`${dir}/fr.md | summary | placeholder TODO not filled`,
			`${dir}/fr.md | (text) | placeholder TODO not filled; expected the text of the page below the front matter`,
			`${dir}/en.md | title | placeholder TODO not filled`,
			`${dir}/en.md | summary | placeholder TODO not filled`,
			`${dir}/en.md | (text) | placeholder TODO not filled; expected the text of the page below the front matter`,
		]);

		fill(join(root, dir, 'case.yaml'), [
			['company', 'Beta'],
			['sector', 'telecom'],
			['function', 'customer-service'],
			['operator', 'in-house'],
			['movement', 'reshoring'],
			['scope', 'partial'],
			['country', 'FR'],
			['status', 'announced'],
			['confidence', 'single-source'],
			['updated', '2026-12-04'],
		]);
		const facts = join(root, dir, 'case.yaml');
		writeFileSync(facts, readFileSync(facts, 'utf8').replace('\nsources: [TODO]\n', '\nsources: [press-one]\n'));
		fillText(join(root, dir, 'fr.md'), 'Beta revient à Paris');
		// A value that is filled but wrong is reported by the schema, as usual.
		fillText(join(root, dir, 'en.md'), 'x'.repeat(161));
		expect(problems(root)).toEqual([`${dir}/en.md | title | expected at most 160 characters, got 161`]);

		writeFileSync(join(root, dir, 'en.md'), readFileSync(join(root, dir, 'en.md'), 'utf8').replace(/x{161}/, 'Beta comes back to Paris'));
		expect(problems(root)).toEqual([]);
		const { files } = readContent(root);
		expect(files.cases.find((c) => c.id === 'beta-dakar-paris')?.data).toMatchObject({
			company: 'Beta',
			to: [{ country: 'FR' }],
			sources: ['press-one'],
		});
	});

	test('an optional block uncommented (one "# " off each line) is YAML that asks for its own placeholders', () => {
		const root = corpus();
		writeScaffold('source', 'press-two', root);
		const file = join(root, 'sources/press-two.yaml');
		const text = readFileSync(file, 'utf8');
		const block = /^# authors:\n(?:# .*\n)+/m.exec(text)![0];
		writeFileSync(file, text.replace(block, block.replace(/^# /gm, '')));
		fill(file, [
			['publisher', 'Journal'],
			['url', 'https://example.org/two'],
			['language', 'fr'],
			['type', 'press'],
		]);
		expect(problems(root)).toEqual([
			'sources/press-two.yaml | authors.0.family | placeholder TODO not filled',
			'sources/press-two.yaml | authors.0.given | placeholder TODO not filled',
			'sources/press-two.yaml | authors.1.literal | placeholder TODO not filled',
		]);
		fill(file, [
			['family', 'Martin'],
			['given', 'Claire'],
			['literal', 'Agence'],
		]);
		expect(problems(root)).toEqual([]);
	});

	test('a new document starts with its facts and both texts, each field documented, and is accepted once filled', () => {
		const root = corpus();
		const [facts, fr] = scaffoldFiles('document', 'qe-2', root, join(root, '..', 'schemas'));
		expect(facts!.text.split('\n').slice(0, 2)).toEqual([
			'# yaml-language-server: $schema=../../../schemas/document.schema.json',
			'# A policy record (written question, bill, law, report, statement, label). Facts in',
		]);
		expect(facts!.text).toContain('\n# Link to the official record.\nofficialUrl: TODO\n');
		expect(facts!.text).toContain('\n# Official number, e.g. `10719`. Optional (uncomment to use).\n# number: TODO\n');
		// In the real content folder, the modeline points at the committed schemas.
		expect(scaffoldFiles('case', 'no-such-case-yet', 'content')[0]!.text.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../../.vscode/schemas/case.schema.json',
		);
		expect(fr!.text).toBe(
			[
				'---',
				"# The French text of this document, in the site's own words: the fields below, then the prose after",
				'# the closing ---, in place of TODO.',
				'# Page title in this language.',
				'title: TODO',
				'# One or two sentences shown in lists, search results and metadata.',
				'summary: TODO',
				'# Editorial pages only (methodology): date of the last update (YYYY-MM-DD), shown and cited as the',
				"# page's version date. Cases and documents keep theirs in their YAML. Optional (uncomment to use).",
				'# updated: TODO',
				'---',
				'',
				'TODO',
				'',
			].join('\n'),
		);

		writeScaffold('document', 'qe-2', root);
		const file = join(root, 'documents/qe-2/document.yaml');
		fill(file, [
			['kind', 'written-question'],
			['fr', 'Sénat'],
			['en', 'Senate'],
			['date', '2019-03'],
			['officialUrl', 'https://example.org/qe-2'],
			['updated', '2026-12-04'],
		]);
		expect(problems(root)).toEqual([
			'documents/qe-2/document.yaml | sources.0 | placeholder TODO not filled',
			'documents/qe-2/fr.md | title | placeholder TODO not filled',
			'documents/qe-2/fr.md | summary | placeholder TODO not filled',
			'documents/qe-2/fr.md | (text) | placeholder TODO not filled; expected the text of the page below the front matter',
			'documents/qe-2/en.md | title | placeholder TODO not filled',
			'documents/qe-2/en.md | summary | placeholder TODO not filled',
			'documents/qe-2/en.md | (text) | placeholder TODO not filled; expected the text of the page below the front matter',
		]);
		writeFileSync(file, readFileSync(file, 'utf8').replace('\nsources: [TODO]\n', '\nsources: [press-one]\n'));
		fillText(join(root, 'documents/qe-2/fr.md'), 'Question écrite 2');
		fillText(join(root, 'documents/qe-2/en.md'), 'Written question 2');
		expect(problems(root)).toEqual([]);
	});

	test('refuses a bad or taken slug, with a message and status 1', () => {
		const root = corpus();
		expect(run('scripts/content-new.ts', ['case', 'Beta Paris'], root)).toMatchObject({
			status: 1,
			stderr:
				'content:new: "Beta Paris" is not a valid slug; expected lower-case letters a-z, digits and single hyphens, e.g. acme-rabat-lille\n',
		});
		expect(() => scaffoldFiles('case', 'acme-rabat-lille', root)).toThrow(
			`${join(root, 'cases/acme-rabat-lille')} already exists; choose another slug`,
		);
		expect(() => scaffoldFiles('source', 'press-one', root)).toThrow(
			`${join(root, 'sources/press-one.yaml')} already exists; choose another id`,
		);
		expect(() => scaffoldFiles('source', 'press--one', root)).toThrow('"press--one" is not a valid id; expected lower-case letters');
		expect(() => scaffoldFiles('study', 'x', root)).toThrow(
			'unknown record type "study"; expected one of: case, document, source, context',
		);
		const caseFile = join(root, 'cases/acme-rabat-lille/case.yaml');
		writeFileSync(caseFile, `${readFileSync(caseFile, 'utf8')}formerIds: [acme-lille]\n`);
		expect(() => scaffoldFiles('case', 'acme-lille', root)).toThrow(
			'"acme-lille" is a former slug of a merged or renamed record (its formerIds); choose another slug',
		);
		expect(readdirSync(join(root, 'cases'))).toEqual(['acme-rabat-lille', 'beta-pune-leeds']);
	});
});

describe('content:check', () => {
	test('the good corpus passes, with a one-line summary', () => {
		expect(run('scripts/content-check.ts', [], 'tests/fixtures/good')).toEqual({
			status: 0,
			stdout: 'content: 2 cases, 1 document, 1 source, 0 context entries checked; 0 problems\n',
			stderr: '',
		});
	});

	test('gives the reader’s verdict and lines, as the build prints them', () => {
		const root = corpus();
		const caseFile = join(root, 'cases/acme-rabat-lille/case.yaml');
		writeFileSync(
			caseFile,
			readFileSync(caseFile, 'utf8').replace('movement: reshoring', 'movement: sideways').replace('company: Acme', 'company: TODO'),
		);
		writeFileSync(join(root, 'sources/press-one.yaml'), readFileSync(join(root, 'sources/press-one.yaml'), 'utf8') + 'langauge: fr\n');
		const result = run('scripts/content-check.ts', [], root);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('content: 2 cases, 1 document, 1 source, 0 context entries checked; 3 problems in 2 files\n');
		expect(result.stderr).toBe(
			[
				`  ${caseFile}: field "company": placeholder TODO not filled`,
				`  ${caseFile}: field "movement": Invalid option: expected one of "reshoring"|"offshoring"|"nearshoring"`,
				`  ${join(root, 'sources/press-one.yaml')}: field "langauge": unknown field "langauge" (did you mean "language"?); expected one of: ` +
					'title, publisher, authors, url, archived, published, language, type, via',
				'',
			].join('\n'),
		);
		// The same lines as the reader's ContentError, which the build throws.
		expect(result.stderr.trimEnd().split('\n')).toEqual(readContent(root).issues.map(issueLine));
	});

	test('given paths, prints only their problems but checks references against the whole folder', () => {
		const root = corpus();
		const caseFile = join(root, 'cases/acme-rabat-lille/case.yaml');
		writeFileSync(caseFile, readFileSync(caseFile, 'utf8').replace('confidence: single-source', 'confidence: sure'));
		const doc = join(root, 'documents/qe-1/document.yaml');
		writeFileSync(doc, readFileSync(doc, 'utf8').replace('sources: [press-one]', 'sources: [press-one, press-nine]'));
		const sources = run('scripts/content-check.ts', [join(root, 'sources')], root);
		expect(sources).toEqual({
			status: 0,
			stdout: `content: 2 cases, 1 document, 1 source, 0 context entries checked; 0 problems in ${join(root, 'sources')} (2 other problems elsewhere in the folder)\n`,
			stderr: '',
		});
		const documents = run('scripts/content-check.ts', [join(root, 'documents/qe-1')], root);
		expect(documents.status).toBe(1);
		expect(documents.stderr).toBe(
			`  ${doc}: field "sources[1]": unknown source id "press-nine"; expected the name of a file in ${root}/sources/ without .yaml (e.g. press-one)\n`,
		);
		expect(run('scripts/content-check.ts', ['no/such/file.yaml'], root)).toMatchObject({
			status: 2,
			stderr: 'content:check: no such file or folder: no/such/file.yaml\n',
		});
	});
});

describe('editor JSON Schemas', () => {
	const schemas = Object.fromEntries(
		contentSchemaFiles().map((f) => [f.path.replace(/^.*\/|\.schema\.json$/g, ''), JSON.parse(f.text) as object]),
	);
	const ajv = new Ajv({ strict: false, allErrors: true });
	const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));
	const yaml = (text: string) => parseDocument(text, { schema: 'core' }).toJS() as unknown;

	test('the committed schemas are those the Zod schemas give (run npm run content:schemas)', () => {
		for (const file of contentSchemaFiles()) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.text);
		expect(Object.keys(JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['yaml.schemas'] as object)).toEqual([
			'./.vscode/schemas/case.schema.json',
			'./.vscode/schemas/document.schema.json',
			'./.vscode/schemas/source.schema.json',
			'./.vscode/schemas/context.schema.json',
		]);
	});

	test('a field comment is English, and French after its @fr tag', () => {
		expect(fieldDoc('The figure. @fr Le chiffre.')).toEqual({ en: 'The figure.', fr: 'Le chiffre.' });
		expect(fieldDoc('The figure.')).toEqual({ en: 'The figure.' });
		expect(fieldDoc('Amount in `currency`. @fr Montant, dans la devise `currency`.')).toEqual({
			en: 'Amount in `currency`.',
			fr: 'Montant, dans la devise `currency`.',
		});
	});
	test('the editor schemas describe a field in English only', () => {
		const caseSchemaFile = contentSchemaFiles().find((f) => f.path.endsWith('/case.schema.json'))!;
		expect(caseSchemaFile.text).toContain('"description": "Number of jobs as the source gives it."');
		expect(caseSchemaFile.text).not.toContain('@fr');
		expect(caseSchemaFile.text).not.toContain('Nombre d');
	});
	test('every field is described by the JSDoc written in its schema file', () => {
		const docs = schemaDocs('src/schemas/case.ts', 'caseSchema');
		expect(docs.get('jobs[].count')).toEqual({
			en: 'Number of jobs as the source gives it.',
			fr: "Nombre d'emplois tel que la source le donne.",
		});
		expect(docs.get('to[].place.fr')).toEqual({ en: 'French text, one line.', fr: 'Texte en français, sur une ligne.' });
		expect(docs.get('cost.currency')?.en).toBe('Currency (ISO 4217 code, e.g. EUR).');
		expect(schemaDocs('src/schemas/source.ts', 'sourceSchema').get('authors[].literal')).toEqual({
			en: 'An organisation credited as author, e.g. `Assemblée nationale`.',
		});
		const undescribed: string[] = [];
		const walk = (node: Record<string, unknown>, path: string) => {
			for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
				if (typeof child.description !== 'string') undescribed.push(`${path}${name}`);
				walk(child, `${path}${name}.`);
				const items = child.items as Record<string, unknown> | undefined;
				for (const member of [items, ...((items?.anyOf ?? []) as Record<string, unknown>[])]) if (member) walk(member, `${path}${name}[].`);
			}
		};
		for (const [name, schema] of Object.entries(schemas)) walk(schema as Record<string, unknown>, `${name}:`);
		expect(undescribed).toEqual([]);
	});

	test('accept every file of the real content', () => {
		const refused: string[] = [];
		const check = (name: string, file: string, value: unknown) => {
			if (!validators[name]!(value)) refused.push(`${file}: ${ajv.errorsText(validators[name]!.errors)}`);
		};
		let count = 0;
		for (const [folder, name] of [
			['cases', 'case'],
			['documents', 'document'],
		] as const)
			for (const slug of readdirSync(join('content', folder))) {
				check(name, `${folder}/${slug}`, yaml(readFileSync(join('content', folder, slug, `${name}.yaml`), 'utf8')));
				for (const lang of ['fr', 'en']) {
					const text = readFileSync(join('content', folder, slug, `${lang}.md`), 'utf8');
					check('text', `${folder}/${slug}/${lang}.md`, yaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
				}
				count++;
			}
		for (const page of readdirSync('content/pages'))
			for (const lang of ['fr', 'en']) {
				const text = readFileSync(join('content/pages', page, `${lang}.md`), 'utf8');
				check('text', `pages/${page}/${lang}.md`, yaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
			}
		for (const [folder, name] of [
			['sources', 'source'],
			['context', 'context'],
		] as const)
			for (const file of readdirSync(join('content', folder)).filter((f) => f.endsWith('.yaml'))) {
				check(name, `${folder}/${file}`, yaml(readFileSync(join('content', folder, file), 'utf8')));
				count++;
			}
		expect(refused).toEqual([]);
		expect(count).toBeGreaterThan(600);
	});

	test('refuse a misspelt field, an unknown value and a malformed date', () => {
		const validate = validators.case!;
		const good = yaml(readFileSync('tests/fixtures/good/cases/acme-rabat-lille/case.yaml', 'utf8')) as Record<string, unknown>;
		expect(validate(good)).toBe(true);
		expect(validate({ ...good, movment: 'reshoring' })).toBe(false);
		expect(validate.errors?.map((e) => [e.instancePath, e.message])).toEqual([['', 'must NOT have additional properties']]);
		expect(validate({ ...good, sector: 'telecoms', date: '2009-13' })).toBe(false);
		expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([
			'/sector must be equal to one of the allowed values',
			'/date must match pattern "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"',
			'/date must be integer',
			'/date must match a schema in anyOf',
		]);
	});
});
