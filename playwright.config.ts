import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/support/browser';

const port = Number(process.env.PREVIEW_PORT ?? 4399);
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** End-to-end tests run against the production build, served by `astro preview`. */
export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['line']] : 'list',
	use: {
		baseURL: `http://localhost:${port}${base}`,
		launchOptions,
		trace: 'off',
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npx astro preview --port ${port}`,
		// A file every build has, so the server counts as ready whatever the pages are.
		url: `http://localhost:${port}${base}favicon.svg`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
