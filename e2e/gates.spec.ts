/**
 * Whole-site gates in the browser: axe (WCAG 2.2 AA) on every page of the build in the light and
 * the dark theme, and no request to any host but the site's own; each gate also run on a page with
 * seeded faults, to show it fails. One test per page, both themes in it: two axe runs, which on the
 * heaviest pages of a loaded 2-core machine have gone past the default 30 s, so its ceiling is 60 s.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pages, redirectTarget } from './gates/dist';
import { SitePage, basePath, idle, useTheme } from './support/pages';

const paths = [...pages().values()].filter((p) => !redirectTarget(p)).map((p) => p.path);

/**
 * The rules whose verdict depends on colours: the only thing the dark theme changes (its CSS sets
 * colour properties under `[data-theme='dark']`; no element is shown or hidden by theme).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The WCAG 2.2 AA violations axe finds on what `page` shows (all rules, or only `rules`), one line each. */
async function wcagViolations(page: Page, rules?: string[]): Promise<string[]> {
	let axe = new AxeBuilder({ page })
		// axe.run() in the page itself. The default mode runs axe per frame, then opens a second
		// page, injects axe into it again and ships every result there to be merged: for frames
		// from other origins, which no page of the site has (checked in the test). Same rules, same
		// violations (compared on a page with seeded faults), two to three times faster.
		.setLegacyMode()
		// Experimental in axe, so off by default; bare Starlight's search button fails it.
		// `resultTypes`: axe still runs every rule on every node, but works out the details
		// (selectors, HTML) of violations only, not of the thousands of passes: same verdict, faster.
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] });
	axe = rules ? axe.withRules(rules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	const { violations } = await axe.analyze();
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** Switches the page on screen to the dark theme as Starlight's theme picker does (no reload). */
async function toDark(page: Page) {
	await page.evaluate(() => {
		localStorage.setItem('starlight-theme', 'dark');
		document.documentElement.dataset.theme = 'dark';
	});
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Both themes of the page `page` shows: every rule in the light theme, the colour rules again in the dark. */
async function bothThemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
	const light = await wcagViolations(page);
	await toDark(page);
	return { light, dark: await wcagViolations(page, COLOUR_RULES) };
}

test.describe('accessibility', () => {
	test.describe.configure({ timeout: 60_000 });
	for (const path of paths) {
		test(`${path} has no WCAG 2.2 AA violation in the light or the dark theme`, async ({ page }) => {
			await useTheme(page, 'light');
			await page.goto(path.slice(basePath.length));
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			// What legacy mode relies on: a frame would need axe's default mode.
			await expect(page.locator('iframe, frame'), 'a page with a frame: drop setLegacyMode()').toHaveCount(0);
			expect(await bothThemes(page)).toEqual({ light: [], dark: [] });
		});
	}

	test('fails on a page with seeded faults: an image without a text alternative, and text that is legible only in the light theme', async ({ page }) => {
		// The glossary as built, with two faults added to its content (its CSP left out, so the inline style applies).
		await page.route('**/glossary/', async (route) => {
			const html = await (await route.fetch()).text();
			await route.fulfill({
				contentType: 'text/html',
				body: html
					.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')
					.replace(/(<main[^>]*>)/, '$1<img src="/favicon.svg" id="seeded-no-alt"><p id="seeded-dark-grey" style="color:#2a2a2a">Dark grey words.</p>'),
			});
		});
		await useTheme(page, 'light');
		await page.goto('glossary/');
		await expect(page.locator('#seeded-dark-grey')).toBeVisible();
		const { light, dark } = await bothThemes(page);
		expect(light.map((v) => v.split(':')[0])).toEqual(['image-alt']);
		expect(light[0]).toContain('#seeded-no-alt');
		expect(dark.map((v) => v.split(':')[0])).toEqual(['color-contrast']);
		expect(dark[0]).toContain('#seeded-dark-grey');
	});
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

	test('fails on a page with a seeded image from another host', async ({ page, baseURL }) => {
		await page.route('**/glossary/', async (route) => {
			const html = await (await route.fetch()).text();
			await route.fulfill({ contentType: 'text/html', body: html.replace(/(<main[^>]*>)/, '$1<img src="https://seeded.example/pixel.png" alt="">') });
		});
		const foreign = foreignRequests(page, baseURL!);
		await page.goto('glossary/');
		await idle(page);
		expect(foreign).toEqual([`${baseURL}glossary/ -> https://seeded.example/pixel.png`]);
	});

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
