import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build tests run `astro build` on fixture corpora.
		testTimeout: 180_000,
		hookTimeout: 180_000,
		// One test file at a time: the builds of the build tests share the project's `.astro/` folder (Astro writes
		// its content modules there), and a build that rewrites it between a build and its rebuild makes every page
		// look changed to the incremental build (tests/build/incremental.test.ts). On two cores the suite takes
		// about as long either way.
		fileParallelism: false,
		env: { TZ: 'UTC' },
	},
});
