// Run before the browser tests: where no system Chromium exists, fetch Playwright's own, so that
// `npm test` stays the one command on a fresh machine.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync('/usr/bin/chromium')) {
	console.log('No /usr/bin/chromium: installing Playwright’s Chromium');
	execSync('npx playwright install chromium', { stdio: 'inherit' });
}
