/**
 * Whole-site gates in the browser: axe (WCAG 2.2 AA) on every page of the build in light and
 * dark themes, and no request to any host but the site's own.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pages, redirectTarget } from './gates/dist';
import { FIRST_SEARCH_TIMEOUT, SitePage, basePath, useTheme } from './support/pages';

const paths = [...pages().values()].filter((p) => !redirectTarget(p)).map((p) => p.path);

test.describe('accessibility', () => {
	for (const path of paths) {
		test(`${path} has no WCAG 2.2 AA violation in light and dark themes`, async ({ page }) => {
			for (const theme of ['light', 'dark'] as const) {
				await useTheme(page, theme);
				await page.goto(path.slice(basePath.length));
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					// Experimental in axe, so off by default; bare Starlight's search button fails it.
					.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
					.analyze();
				expect(
					violations.map((v) => `${theme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
				).toEqual([]);
			}
		});
	}
});

test('no page kind, nor search, requests anything from another host', async ({ page, baseURL }) => {
	// Two dozen page loads, each waiting for the network to settle: more than the default 30 s on a busy CI machine.
	test.setTimeout(120_000);
	const own = new URL(baseURL!).host;
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol.startsWith('http') && url.host !== own) foreign.push(`${page.url()} -> ${r.url()}`);
	});
	const kinds = ['/', '/summary/', '/history/', '/themes/', '/recommendations/', '/recommendations/matrix/', '/glossary/', '/figures/', '/scenarios/compare/', '/actors/', '/cite/', '/data/'];
	const entryPages = paths.filter((p) => /\/(themes|scenarios|factors|recommendations|actors)\/[^/]+\/$/.test(p)).slice(0, 12);
	for (const path of [...kinds.map((k) => `${basePath}${k.slice(1)}`), ...entryPages]) {
		await page.goto(path.slice(basePath.length));
		await page.waitForLoadState('networkidle');
	}
	const site = new SitePage(page);
	await site.searchButton.click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('border');
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: FIRST_SEARCH_TIMEOUT });
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});
