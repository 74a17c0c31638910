/**
 * Which Chromium the tests drive: Debian's `/usr/bin/chromium` where it exists (no browser can be
 * downloaded on the CI machines), Playwright's own elsewhere.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const launchOptions = existsSync(SYSTEM_CHROMIUM)
	? {
			executablePath: SYSTEM_CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		}
	: {};
