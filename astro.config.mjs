// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
	integrations: [mdx(), pagefind()],
	devToolbar: { enabled: false },
	// Separate caches let the tests build fixture corpora without touching the main build's.
	cacheDir: process.env.ORCA_CACHE_DIR ?? './node_modules/.astro',
});
