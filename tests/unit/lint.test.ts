/**
 * The lint rules keep the layers pointing one way: the core (src/lib, src/schemas, src/i18n) imports
 * no Astro, Node-only API, DOM or upper layer, and nothing in src/ imports scripts/. Prettier's check
 * fails on an unformatted file.
 */
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();
/** The rule ids ESLint reports for `code` as if it were the file `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.map((m) => m.ruleId);
}

describe('layering', () => {
	test('the core may not import Astro, Node, the build adapters or the pages', async () => {
		expect(await ruleIds("import { getCollection } from 'astro:content';\nexport const x = getCollection;\n", 'src/lib/x.ts')).toEqual([
			'no-restricted-imports',
		]);
		expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'src/schemas/x.ts')).toEqual([
			'no-restricted-imports',
		]);
		expect(await ruleIds("import { getCorpus } from '../build/corpus.ts';\nexport const x = getCorpus;\n", 'src/lib/x.ts')).toEqual([
			'no-restricted-imports',
		]);
	});
	test('the core may not touch the DOM or Node globals', async () => {
		expect(await ruleIds('export const title = () => document.title;\n', 'src/lib/x.ts')).toEqual(['no-restricted-globals']);
		expect(await ruleIds('export const env = () => process.env;\n', 'src/i18n/x.ts')).toEqual(['no-restricted-globals']);
	});
	test('the core may import Zod and its own modules', async () => {
		expect(
			await ruleIds(
				"import { z } from 'astro/zod';\nimport { slug } from './common.ts';\nexport const x = [z, slug];\n",
				'src/schemas/x.ts',
			),
		).toEqual([]);
	});
	test('nothing in src/ imports scripts/; a page may import the build adapters', async () => {
		expect(await ruleIds("import { run } from '../../scripts/bench/build.ts';\nexport const x = run;\n", 'src/build/x.ts')).toEqual([
			'no-restricted-imports',
		]);
		expect(await ruleIds("import { getCorpus } from '../build/corpus.ts';\nexport const x = getCorpus;\n", 'src/components/x.ts')).toEqual(
			[],
		);
	});
});

test('Prettier refuses an unformatted file and accepts a formatted one', async () => {
	const options = { ...(await prettier.resolveConfig('src/lib/x.ts')), filepath: 'src/lib/x.ts' };
	expect(await prettier.check('export const  x = {a:1}\n', options)).toBe(false);
	expect(await prettier.check('export const x = { a: 1 };\n', options)).toBe(true);
});
