/**
 * The sites the end-to-end tests run against, each built from one content folder into its own
 * output folder and Astro cache and served on its own port, so that no two builds write into the
 * same place (Playwright starts their servers at once):
 *
 * - `site`: the small fixture corpus `tests/fixtures/site/` (real records copied from `content/`),
 *   against which the specs of `tests/e2e/*.spec.ts` assert literal expectations;
 * - `real`: the real `content/`, for the smoke specs of `tests/e2e/real/` (and `links.spec.ts`);
 * - `subpath`: the fixture corpus again, built under the sub-path `/orca/` as it will be hosted, for a
 *   representative part of the suite.
 */
export interface Build {
	/** Playwright project name. */
	name: 'site' | 'real' | 'subpath';
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

const port = Number(process.env.ORCA_TEST_PORT ?? 4329);

export const SITE: Build = {
	name: 'site',
	content: 'tests/fixtures/site',
	outDir: 'dist-e2e/site',
	cacheDir: 'node_modules/.astro-e2e/site',
	port,
	base: '/',
};

export const REAL: Build = {
	name: 'real',
	content: 'content',
	outDir: 'dist-e2e/real',
	cacheDir: 'node_modules/.astro-e2e/real',
	port: port + 10,
	base: '/',
};

export const SUBPATH: Build = {
	name: 'subpath',
	content: 'tests/fixtures/site',
	outDir: 'dist-e2e/site-orca',
	cacheDir: 'node_modules/.astro-e2e/site-orca',
	port: port + 20,
	base: '/orca/',
};
