/**
 * What a page does behind the reader's back, recorded for the gates: the Content-Security-Policy
 * violations it reports, and the requests it makes to a host other than the site's.
 */
import type { Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

/** From now on, every page `page` opens records its CSP violations (directive, what was blocked, a sample). */
export async function recordCspViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
	});
}

/** The CSP violations the page on screen has reported so far (see `recordCspViolations`). */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => window.__cspViolations);

/**
 * Resolves once the page has drawn a frame, been idle and then run a task: violations are reported
 * in a task after the fact. (The frame first: see `idle` in `pages.ts`.)
 */
export const settled = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestIdleCallback(() => setTimeout(done, 0)))));

/**
 * Records, from now on, every request `page` makes to a host other than `baseURL`'s, as
 * "page URL -> request URL". The list is live: empty it to start again.
 */
export function foreignRequests(page: Page, baseURL: string): string[] {
	const own = new URL(baseURL).host;
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol.startsWith('http') && url.host !== own) foreign.push(`${page.url()} -> ${r.url()}`);
	});
	return foreign;
}
