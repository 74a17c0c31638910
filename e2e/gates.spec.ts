/**
 * Whole-site gates in the browser: axe (WCAG 2.2 AA) on every page of the build in light and
 * dark themes, and no request to any host but the site's own. One test per page and theme, so
 * each fits Playwright's default timeout on a busy machine.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pages, redirectTarget } from './gates/dist';
import { SitePage, basePath, idle, useTheme } from './support/pages';

const paths = [...pages().values()].filter((p) => !redirectTarget(p)).map((p) => p.path);

test.describe('accessibility', () => {
	for (const path of paths) {
		for (const theme of ['light', 'dark'] as const) {
			test(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({ page }) => {
				await useTheme(page, theme);
				await page.goto(path.slice(basePath.length));
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				// What legacy mode (below) relies on: a frame would need axe's default mode.
				await expect(page.locator('iframe, frame'), 'a page with a frame: drop setLegacyMode()').toHaveCount(0);
				const { violations } = await new AxeBuilder({ page })
					// axe.run() in the page itself. The default mode runs axe per frame, then opens a second
					// page, injects axe into it again and ships every result there to be merged: for frames
					// from other origins, which no page of the site has (checked above). Same rules, same
					// violations (compared on a page with seeded faults), two to three times faster.
					.setLegacyMode()
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					// Experimental in axe, so off by default; bare Starlight's search button fails it.
					// `resultTypes`: axe still runs every rule on every node, but works out the details
					// (selectors, HTML) of violations only, not of the thousands of passes: same verdict, faster.
					.options({ rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] })
					.analyze();
				expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
			});
		}
	}
});

test.describe('no request to another host', () => {
	/** Records every request `page` makes to a host other than the site's. */
	function foreignRequests(page: Page, baseURL: string): string[] {
		const own = new URL(baseURL).host;
		const foreign: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.protocol.startsWith('http') && url.host !== own) foreign.push(`${page.url()} -> ${r.url()}`);
		});
		return foreign;
	}

	const kinds = ['/', '/summary/', '/history/', '/themes/', '/recommendations/', '/recommendations/matrix/', '/glossary/', '/figures/', '/scenarios/compare/', '/actors/', '/cite/', '/data/'].map((k) => `${basePath}${k.slice(1)}`);
	const entryPages = paths.filter((p) => /\/(themes|scenarios|factors|recommendations|actors)\/[^/]+\/$/.test(p));
	// One entry page of each kind besides the index pages.
	const entries = ['themes', 'scenarios', 'factors', 'recommendations', 'actors'].map((kind) => entryPages.find((p) => p.startsWith(`${basePath}${kind}/`))!);
	for (const path of [...kinds, ...entries]) {
		test(`${path}, loaded and idle`, async ({ page, baseURL }) => {
			const foreign = foreignRequests(page, baseURL!);
			await page.goto(path.slice(basePath.length));
			await idle(page);
			expect(foreign).toEqual([]);
		});
	}

	test('search, through its first results', async ({ page, baseURL }) => {
		const foreign = foreignRequests(page, baseURL!);
		const site = new SitePage(page);
		await site.goto('/summary/');
		await site.searchButton.click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('border');
		await expect(page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\S/);
		await idle(page);
		expect(foreign).toEqual([]);
	});
});
