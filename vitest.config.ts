import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/build/**/*.test.ts', 'e2e/support/**/*.test.ts'],
		testTimeout: 20_000,
	},
});
