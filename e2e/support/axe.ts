/**
 * axe-core in a page, run directly: its source evaluated once per page load, then `axe.run` as often
 * as the test needs (both themes). `@axe-core/playwright` evaluates the whole source again for every
 * run and adds its own round trips; on the site's pages that doubled the time per page (measured:
 * 0.9-1.5 s per run through it, 0.25-0.65 s per run here after one 0.2 s injection). Same engine, same
 * rules, same options. `page.evaluate` runs outside the page's Content-Security-Policy, as the wrapper did.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA: the tags of the levels A and AA of WCAG 2.0, 2.1 and 2.2. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Puts axe into the page on screen, unless it has it (again after each navigation: a new document has none). */
export async function injectAxe(page: Page): Promise<void> {
	if (await page.evaluate(() => 'axe' in window)) return;
	await page.evaluate(source);
}

/**
 * Puts axe into every document the pages of `context` open from now on, at the document's start, as
 * an init script: the source crosses to the browser once, not once a page. Measured on the site's
 * pages: `page.evaluate(source)` took 150-200 ms a page, of which the evaluation itself, once the
 * browser had compiled axe, was 10-16 ms; the rest was sending its 0.5 MB each time. Init scripts
 * run outside the page's Content-Security-Policy, as `page.evaluate` does.
 */
export async function axeInEveryPage(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: source });
}

/**
 * The WCAG 2.2 AA violations axe finds on what `page` shows (every rule of those levels, or only
 * `rules`), one line each: rule, help and the offending elements' selectors. Needs `injectAxe` first.
 */
export async function wcagViolations(page: Page, rules?: string[]): Promise<string[]> {
	return page.evaluate(
		async ({ rules, tags }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const { violations } = await axe.run(document, {
				runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
				// Experimental in axe, so off by default; bare Starlight's search button fails it.
				rules: { 'label-content-name-mismatch': { enabled: true } },
				// axe still runs every rule on every node, but works out the details (selectors, HTML)
				// of violations only, not of the thousands of passes: same verdict, faster.
				resultTypes: ['violations'],
			});
			return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
		},
		{ rules, tags: WCAG_AA },
	);
}
