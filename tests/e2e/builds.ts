/**
 * The sites the end-to-end tests run against, each built from one content folder into its own
 * output folder and Astro cache and served on its own port, so that two builds never write into the
 * same place (Playwright starts their servers at once):
 *
 * - `site`: the small fixture corpus `tests/fixtures/site/` (real records copied from `content/`),
 *   against which the specs of `tests/e2e/*.spec.ts` assert literal expectations;
 * - `real`: the real `content/`, for the smoke specs of `tests/e2e/real/` (and `links.spec.ts`).
 *
 * The site's base (`ORCA_BASE`, `/` or `/orca/` for the sub-path run) is the same for both.
 */
export interface Build {
	/** Playwright project name. */
	name: 'site' | 'real';
	/** Content folder (`ORCA_CONTENT`). */
	content: string;
	/** Output folder of `astro build` (`ORCA_OUT_DIR`), read by the specs that check files. */
	outDir: string;
	/** Astro cache folder (`ORCA_CACHE_DIR`). */
	cacheDir: string;
	/** Port of `astro preview`. */
	port: number;
	/** The base the site is built under (`/` or `/orca/`). */
	base: string;
}

const base = process.env.ORCA_BASE ?? '/';
/** `dist-e2e/site/`, or `dist-e2e/site-orca/` under the sub-path `/orca/`. */
const folder = (name: string) => `${name}${base === '/' ? '' : `-${base.replace(/\W+/g, '')}`}`;
const port = Number(process.env.ORCA_TEST_PORT ?? 4329);

export const SITE: Build = {
	name: 'site',
	content: 'tests/fixtures/site',
	outDir: `dist-e2e/${folder('site')}`,
	cacheDir: `node_modules/.astro-e2e/${folder('site')}`,
	port,
	base,
};

export const REAL: Build = {
	name: 'real',
	content: 'content',
	outDir: `dist-e2e/${folder('real')}`,
	cacheDir: `node_modules/.astro-e2e/${folder('real')}`,
	port: Number(process.env.ORCA_TEST_PORT_REAL ?? port + 10),
	base,
};
