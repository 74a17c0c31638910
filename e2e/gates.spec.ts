/**
 * Whole-site gates in the browser, one visit to every page of the build: axe (WCAG 2.2 AA) in the
 * light and the dark theme, no Content-Security-Policy violation, and no request to any host but the
 * site's own. Each gate is also run on a page with seeded faults, to show it fails. One test per
 * page: two axe runs, which on the heaviest pages of a loaded 2-core machine have gone past the
 * default 30 s, so its ceiling is 60 s.
 */
import { expect, test, type Page } from '@playwright/test';
import { pages, redirectTarget } from './gates/dist';
import { axeInEveryPage, injectAxe, wcagViolations } from './support/axe';
import { SitePage, basePath, idle, useTheme } from './support/pages';
import { cspViolations, foreignRequests, recordCspViolations } from './support/watch';

const paths = [...pages().values()].filter((p) => !redirectTarget(p)).map((p) => p.path);

/**
 * The rules whose verdict depends on colours: the only thing the dark theme changes (its CSS sets
 * colour properties under `[data-theme='dark']`; no element is shown or hidden by theme).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Switches the page on screen to the dark theme as Starlight's theme picker does (no reload). */
async function toDark(page: Page) {
	await page.evaluate(() => {
		localStorage.setItem('starlight-theme', 'dark');
		document.documentElement.dataset.theme = 'dark';
	});
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Both themes of the page `page` shows: every rule in the light theme, the colour rules again in the dark (axe put in first where the page has none). */
async function bothThemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
	await injectAxe(page);
	const light = await wcagViolations(page);
	await toDark(page);
	return { light, dark: await wcagViolations(page, COLOUR_RULES) };
}

/**
 * One page per worker for the every-page pass, opened in the light theme (its init script sets it
 * before each page's own scripts run, so the previous test's dark theme does not carry over), with
 * its CSP violations and its requests to other hosts recorded, and axe in each document it loads
 * (`axeInEveryPage`). A new browser context per test cost about 0.6 s, and axe's source compiled
 * afresh in each (0.45 s against 0.18 s in a page that has run it before): over 200 pages, most of the pass.
 */
const everyPage = test.extend<object, { watched: { page: Page; foreign: string[] } }>({
	watched: [
		async ({ browser }, use) => {
			const baseURL = process.env.E2E_BASE_URL!;
			const context = await browser.newContext({ baseURL });
			await axeInEveryPage(context);
			const page = await context.newPage();
			await useTheme(page, 'light');
			await recordCspViolations(page);
			await use({ page, foreign: foreignRequests(page, baseURL) });
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.describe('every page', () => {
	test.describe.configure({ timeout: 60_000 });
	for (const path of paths) {
		everyPage(`${path}: no WCAG 2.2 AA violation in the light or the dark theme, no CSP violation, no request to another host`, async ({ watched: { page, foreign } }) => {
			foreign.length = 0;
			await page.goto(path.slice(basePath.length));
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			// axe runs in the top document only: a frame's content would go unchecked.
			await expect(page.locator('iframe, frame'), 'a page with a frame: run axe in each frame too').toHaveCount(0);
			// Idle twice: what the page's idle callbacks fetch has been asked for.
			await idle(page);
			const { light, dark } = await bothThemes(page);
			expect({ light, dark, csp: await cspViolations(page), foreign }).toEqual({ light: [], dark: [], csp: [], foreign: [] });
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

	// Every page as loaded and idle: the every-page pass above. Search fetches on intent, so it is checked here.
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
