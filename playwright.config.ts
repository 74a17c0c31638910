import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/support/browser';

/**
 * End-to-end tests run against the production build in `dist/`, served by the tests' own static
 * server (`e2e/support/static-server.ts`) on a free port: the global setup starts it and sets
 * `E2E_BASE_URL`, which the workers (started after it) read here. No fixed port, no `astro preview`.
 */
export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['line']] : 'list',
	globalSetup: './e2e/support/global-setup.ts',
	// Screenshot baselines sit beside their spec, one per name: the tests run on one kind of machine
	// (Linux, Debian's Chromium), so the platform is left out of the file name.
	snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
	expect: {
		toHaveScreenshot: { maxDiffPixelRatio: 0.02, animations: 'disabled', caret: 'hide' },
	},
	use: {
		baseURL: process.env.E2E_BASE_URL,
		launchOptions,
		trace: 'off',
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
