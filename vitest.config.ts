import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build tests run `astro build` on fixture corpora.
		testTimeout: 180_000,
		hookTimeout: 180_000,
		env: { TZ: 'UTC' },
	},
});
