// @ts-check
/**
 * Lint rules, including the layering of the code: the pure core (src/lib, src/schemas, src/i18n,
 * src/consts.ts) imports neither Astro, nor Node-only APIs, nor the DOM, nor anything above it;
 * nothing in src/ imports the command-line scripts/.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** The pure core: pages, the data script, the benchmarks and the browser code import it. */
const CORE = ['src/lib/**', 'src/schemas/**', 'src/i18n/**', 'src/consts.ts'];

const notScripts = { group: ['**/scripts/**'], message: 'src/ never imports the command-line scripts/ folder.' };

/** Browser and Node globals the core may not use: it runs in the build, in Node scripts and in the browser alike. */
const PLATFORM_GLOBALS = [
	...[
		'window',
		'document',
		'navigator',
		'location',
		'history',
		'localStorage',
		'sessionStorage',
		'customElements',
		'HTMLElement',
		'Element',
		'requestAnimationFrame',
	],
	...['process', 'Buffer', '__dirname', '__filename', 'require'],
].map((name) => ({
	name,
	message: 'The core (src/lib, src/schemas, src/i18n) uses no DOM or Node-only API: pass values in as arguments.',
}));

export default tseslint.config(
	{
		ignores: ['dist/', 'dist-e2e/', 'node_modules/', '.astro/', 'bench/', 'test-results/', 'playwright-report/', 'open-data/', '.vscode/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{ files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [notScripts] }] } },
	{
		files: CORE,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						notScripts,
						{ regex: '^astro(?!/zod$)', message: 'The core imports no Astro module (astro/zod is only Zod).' },
						{ regex: '^node:', message: 'The core uses no Node-only API.' },
						{
							group: ['**/build/**', '**/components/**', '**/pages/**', '**/layouts/**', '**/integrations/**'],
							message: 'The core imports nothing above it (build adapters, components, pages, layouts, integrations).',
						},
					],
				},
			],
			'no-restricted-globals': ['error', ...PLATFORM_GLOBALS],
		},
	},
);
