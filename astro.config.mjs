// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import pagefind from './src/integrations/pagefind.ts';
import citeFiles from './src/integrations/cite-files.ts';
import { formerPaths } from './src/build/content.ts';
import { proseProcessor } from './src/integrations/prose-sanitize.ts';

/** Sub-path the site is served under, e.g. `/orca/` (default `/`). */
const base = process.env.ORCA_BASE ?? '/';
/** Absolute origin used for canonical URLs and citations. */
const site = process.env.ORCA_SITE ?? 'https://orca.example.org';
/** Astro's cache folder; separate caches let the tests build fixture corpora without touching the main build's. */
const cacheDir = process.env.ORCA_CACHE_DIR ?? './node_modules/.astro';
/** Paths of merged or renamed records (`cases/<former>/`), which redirect to their new page. */
const moved = formerPaths();

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Sixteen pages in progress at a time: while some wait on their citations (formatted in a worker
	// thread, src/build/cite-references.ts) or on a file write, others render. The output is the same.
	build: { format: 'directory', concurrency: 16 },
	// The sitemap lists pages, not the 404 page or the redirects left by merged or renamed records.
	integrations: [
		sitemap({ filter: (page) => !page.endsWith('/404/') && !moved.some((path) => page.endsWith(`/${path}`)) }),
		pagefind(),
		citeFiles(),
	],
	devToolbar: { enabled: false },
	// Where the build's citeproc worker thread lives (src/build/cite-references.ts), and where it keeps
	// the references it formatted for the next build (src/build/cite-cache.ts).
	vite: {
		define: {
			__ORCA_CITE_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/build/cite-worker.ts', import.meta.url))),
			__ORCA_CACHE_DIR__: JSON.stringify(resolve(fileURLToPath(new URL('.', import.meta.url)), cacheDir)),
		},
	},
	// Content-Security-Policy meta tag with hashes of every script and style element Astro emits:
	// no 'unsafe-inline' scripts. Pagefind's search runs as WebAssembly ('wasm-unsafe-eval' allows
	// compiling WebAssembly, not JavaScript eval). Style *attributes* (chart geometry set by D3, SVG
	// fills) are the one inline allowance, scoped to style-src-attr. Everything else comes from the
	// site itself: no <base>, no plugin, no frame, images from the site or data: URLs only. A <meta>
	// policy cannot set frame-ancestors (browsers ignore it there): that needs an HTTP header (README).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"base-uri 'none'",
				"form-action 'self'",
				"object-src 'none'",
				"frame-src 'none'",
				"img-src 'self' data:",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	// No code blocks to highlight, and Shiki's inline styles would need 'unsafe-inline'. Raw HTML in prose
	// is parsed, then sanitised against an allow-list in every Markdown render (src/integrations/prose-sanitize.ts).
	markdown: {
		syntaxHighlight: false,
		processor: proseProcessor(),
	},
	cacheDir,
	experimental: {
		// A rebuild copies from the previous one (kept in cacheDir) the pages whose `cacheKey` (src/build/page-keys.ts),
		// code and Markdown are unchanged; the search index still gets every page (src/integrations/pagefind.ts).
		incrementalBuild: true,
		// The content store reaches the build's pages as a JavaScript module holding it as one string, and V8 takes
		// time more than proportional to a string's length to compile it (48 MB at 5,000 cases: 15 s, once per build
		// of new content). Parts of 2 MB compile in about 1 s in all; the pages built are the same.
		collectionStorage: { type: 'chunked', chunkSize: 2 * 1024 * 1024 },
	},
	// Separate output folders and caches let the tests build fixture corpora without touching the main build's.
	outDir: process.env.ORCA_OUT_DIR ?? './dist',
});
