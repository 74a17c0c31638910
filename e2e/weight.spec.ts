/**
 * Page weight: what every page used to carry on first load and now fetches only when it is needed.
 * The citation formatter arrives when a citation style that shows the access date is opened (to write
 * today's date in) or a citation is copied. The search dialog's styles (Pagefind UI's and Starlight's
 * rules for the results) arrive with the search code, when the reader shows intent.
 */
import { expect, test, type Page } from '@playwright/test';
import { SitePage, idle } from './support/pages';

/** Selectors of the page's style rules that name Pagefind UI's classes, however deep in @layer and @media. */
const pagefindRules = (page: Page) =>
	page.evaluate(() => {
		const found: string[] = [];
		const walk = (rules: CSSRuleList) => {
			for (const rule of rules) {
				if (rule instanceof CSSStyleRule && rule.selectorText.includes('.pagefind-ui')) found.push(rule.selectorText);
				if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
			}
		};
		// The dialog's styles arrive as a constructed stylesheet (a <style> element would need 'unsafe-inline' under the CSP).
		for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) walk(sheet.cssRules);
		return found;
	});

test('the search dialog’s styles are not in the page until the reader shows intent; the results are styled once search opens', async ({ page }) => {
	const stylesheets: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'stylesheet') stylesheets.push(r.url());
	});
	const site = new SitePage(page);
	await site.goto('/summary/');
	await idle(page);
	const onLoad = [...stylesheets];
	expect(await pagefindRules(page)).toEqual([]);

	await site.searchButton.click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('Durand Line');
	const result = page.locator('.pagefind-ui__result').first();
	await expect(result.locator('.pagefind-ui__result-link').first()).toBeVisible();
	// Pagefind UI's stylesheet lays a result out as a row of thumbnail and text; Starlight's rules
	// draw a page icon before each result's title (neither is the browser's default).
	await expect(result.locator('.pagefind-ui__result-inner').first()).toHaveCSS('display', 'flex');
	expect(await result.locator('.pagefind-ui__result-title').first().evaluate((el) => getComputedStyle(el, '::before').content)).toBe('""');
	expect((await pagefindRules(page)).length).toBeGreaterThan(0);
	// They came inside the search code: no stylesheet was fetched for them.
	expect(stylesheets).toEqual(onLoad);
});

test('on a phone, a search dialog opened before the search code arrives already has its Cancel button sized', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	// The search code never arrives: the dialog shows with only the page's own styles.
	await page.route('**/_astro/search-ui*.js', (route) => route.abort());
	const site = new SitePage(page);
	await site.goto('/summary/');
	await expect(site.searchButton).toBeEnabled();
	await page.keyboard.press('Control+k');
	const cancel = page.getByRole('dialog').getByRole('button', { name: 'Cancel' });
	await expect(cancel).toBeVisible();
	// Starlight's rule: 64 px times Pagefind's scale (0.8 by default), as laid out (to a 64th of a pixel).
	expect(parseFloat(await cancel.evaluate((el) => getComputedStyle(el).height))).toBeCloseTo(51.2, 1);
	await context.close();
});

test('the cite block writes today’s access date only when a style that shows it is opened', async ({ page }) => {
	// A clock years after any build, so the date written in cannot be the build's own.
	await page.clock.setFixedTime(new Date('2031-03-04T12:00:00'));
	const site = new SitePage(page);
	await site.goto('/summary/');
	await idle(page);
	// The page's record carries its last-modified date in the reading styles; BibTeX keeps the access date.
	const bibtex = site.cite.locator('#cite-bibtex');
	await expect(bibtex).not.toContainText('2031-03-04');
	await site.cite.scrollIntoViewIfNeeded();
	await site.cite.getByText('BibTeX', { exact: true }).click();
	await expect(bibtex).toBeVisible();
	// Classic BibTeX has no urldate: the access date goes in the note (BibLaTeX's urldate is its own tab).
	await expect(bibtex).toContainText('accessed 2031-03-04');
});
