import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/build/**/*.test.ts', 'e2e/support/**/*.test.ts'],
		testTimeout: 20_000,
		// Concurrent tests (the fixture builds) run two at a time: one build is one busy core.
		maxConcurrency: 2,
	},
});
