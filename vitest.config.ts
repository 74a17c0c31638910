import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/build/**/*.test.ts', 'e2e/support/**/*.test.ts'],
		testTimeout: 20_000,
		// Concurrent tests (the fixture builds) run two at a time: one build is one busy core.
		maxConcurrency: 2,
		// Two test files at a time: on a 2-core machine Vitest would otherwise run one file after
		// another, so the base-path fixture build and the unit tests waited for the last bad-input
		// build while a core sat idle (the bad-input file builds alone before its concurrent cases).
		maxWorkers: 2,
	},
});
