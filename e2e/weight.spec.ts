/**
 * Page weight: what every page used to carry on first load and now fetches only when it is needed.
 * The citation formatter arrives when a citation style that shows the access date is opened (to write
 * today's date in) or a citation is copied.
 */
import { expect, test } from '@playwright/test';
import { SitePage, idle } from './support/pages';

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
	await expect(bibtex).toContainText('urldate = {2031-03-04}');
});
