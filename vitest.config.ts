import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/build/**/*.test.ts', 'e2e/support/**/*.test.ts'],
		testTimeout: 20_000,
		// Two test files at a time: on a 2-core machine Vitest would otherwise run one file after
		// another, so the base-path fixture build and the unit tests would wait for the bad-input
		// catalogue's builds (which `e2e/build/fixture-site.ts` runs two at a time within the file).
		maxWorkers: 2,
	},
});
