/**
 * Which Chromium drives the browser tests: Debian's `chromium-headless-shell` where it is installed,
 * else Debian's `/usr/bin/chromium` (no browser can be downloaded on the CI machines), else
 * Playwright's own. The headless shell is the same engine and version without the browser's UI
 * (what Playwright itself runs headless); on this 2-core machine it opens a new context and page in
 * about 0.18 s against 0.52 s for the full browser, a cost every test pays once. The benchmark
 * (`e2e/bench/`) and Lighthouse keep the full browser, as readers have it.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const system = (executablePath: string) => (existsSync(executablePath) ? { executablePath, args: ARGS } : undefined);

/** The tests' browser. */
export const launchOptions = system(SYSTEM_HEADLESS_SHELL) ?? system(SYSTEM_CHROMIUM) ?? {};

/** The full browser, for the benchmark's timings. */
export const fullBrowserLaunchOptions = system(SYSTEM_CHROMIUM) ?? {};
