/**
 * The Content-Security-Policy: every built file carries one without 'unsafe-inline', and in Chromium
 * nothing breaks it while a reader searches, filters, copies a citation or looks at the charts (every
 * page as loaded is checked in gates.spec.ts). A copy of a page with one inline script the build did
 * not hash shows the check failing.
 */
import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from './support/page-kinds';
import { SitePage } from './support/pages';
import { pages } from './gates/dist';
import { cspViolations, recordCspViolations, settled } from './support/watch';

test('every built HTML file has a Content-Security-Policy with hashes, and none allows unsafe-inline', () => {
	const all = [...pages().values()];
	expect(all.length).toBeGreaterThan(200);
	for (const p of all) {
		const policy = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
		expect(policy, p.path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
		expect(policy, p.path).not.toContain('unsafe-inline');
	}
});

test.describe('no CSP violation', () => {
	test.beforeEach(({ page }) => recordCspViolations(page));

	// Every built page, loaded and settled, is checked in the every-page pass of gates.spec.ts (with
	// axe and the foreign-request check, one visit each); these are what a reader then does.
	test('on the 404 page and a redirect page', async ({ page }) => {
		await new SitePage(page).goto('/no-such-page/');
		await settled(page);
		expect(await cspViolations(page)).toEqual([]);
		await new SitePage(page).goto('/r/AP-07/');
		await expect(page).toHaveURL(/\/recommendations\/[^/]+\/$/);
		await settled(page);
		expect(await cspViolations(page)).toEqual([]);
	});

	test('while searching (Pagefind’s WebAssembly, the dialog’s styles, results with filters)', async ({ page }) => {
		const site = new SitePage(page);
		await site.goto('/themes/');
		await site.searchButton.click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('Durand Line');
		await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\S/);
		// The dialog's styles applied: Pagefind UI's result list is laid out, not bare markup.
		await expect(page.locator('.pagefind-ui__results')).toHaveCSS('list-style-type', 'none');
		await settled(page);
		expect(await cspViolations(page)).toEqual([]);
	});

	test('while filtering the explorer', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		const all = await page.locator('.rec-card:visible').count();
		await page.getByLabel('Filter by words').fill('border');
		await expect.poll(() => page.locator('.rec-card:visible').count()).toBeLessThan(all);
		await settled(page);
		expect(await cspViolations(page)).toEqual([]);
	});

	test('while copying a citation', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const site = new SitePage(page);
		await site.goto(PAGE_KINDS.find((k) => k.kind === 'recommendation')!.path);
		await site.cite.getByText('BibTeX', { exact: true }).click();
		await site.cite.getByRole('button', { name: 'Copy BibTeX' }).click();
		await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
		await settled(page);
		expect(await cspViolations(page)).toEqual([]);
	});

	test('on the charts, in both themes', async ({ page }) => {
		const site = new SitePage(page);
		await site.goto('/figures/');
		await expect(site.content.locator('figure.chart svg').first()).toBeVisible();
		await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
		await page.reload();
		await expect(site.content.locator('figure.chart svg').first()).toBeVisible();
		await settled(page);
		expect(await cspViolations(page)).toEqual([]);
	});
});

test('an inline script the build did not hash is blocked and reported (the check can fail)', async ({ page, baseURL }) => {
	await recordCspViolations(page);
	const home = await (await page.request.get('')).text();
	const fixture = (extra: string) => home.replace('</head>', `${extra}</head>`);
	const at = new URL('csp-fixture/', baseURL).href;
	let body = fixture('');
	await page.route(at, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
	// The page as built: no violation.
	await page.goto(at);
	await settled(page);
	expect(await cspViolations(page)).toEqual([]);
	// The same page with one unhashed inline script: it does not run, and the violation is recorded.
	body = fixture('<script>document.documentElement.dataset.injected = "ran"</script>');
	await page.goto(at);
	await settled(page);
	expect(await page.locator('html').getAttribute('data-injected')).toBeNull();
	expect(await cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
});
