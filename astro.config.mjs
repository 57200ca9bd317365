// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

/** Sub-path the site is served under, e.g. `/orca/` (default `/`). */
const base = process.env.ORCA_BASE ?? '/';
/** Absolute origin used for canonical URLs and citations. */
const site = process.env.ORCA_SITE ?? 'https://orca.example.org';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
	devToolbar: { enabled: false },
	// Content-Security-Policy meta tag with hashes of every script and style element Astro emits:
	// no 'unsafe-inline' scripts. Style *attributes* (chart geometry set by D3, SVG fills) are the
	// one inline allowance, scoped to style-src-attr. Pagefind compiles its WebAssembly search
	// engine in the browser, which script-src must allow with 'wasm-unsafe-eval' (not 'unsafe-eval').
	security: {
		csp: {
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	// No code blocks to highlight, and Shiki's inline styles would need 'unsafe-inline'.
	markdown: { syntaxHighlight: false },
	// Separate caches let the tests build fixture corpora without touching the main build's.
	cacheDir: process.env.ORCA_CACHE_DIR ?? './node_modules/.astro',
});
