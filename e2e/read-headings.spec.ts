/** Reading by section: one link control per heading that copies the section's canonical address; the history's eras in "On this page". */
import { expect, test } from '@playwright/test';
import { eras, themes } from './support/content';
import { SitePage } from './support/pages';

test('each heading has exactly one link control, Starlight’s anchor', async ({ page }) => {
	const site = new SitePage(page);
	for (const t of themes()) {
		await site.goto(`/themes/${t.id}/`);
		const wrappers = site.content.locator('.sl-markdown-content .sl-heading-wrapper');
		expect(await wrappers.count(), t.id).toBeGreaterThan(0);
		for (const w of await wrappers.all()) {
			const id = await w.getByRole('heading').getAttribute('id');
			await expect(w.getByRole('link')).toHaveCount(1);
			await expect(w.getByRole('link')).toHaveAttribute('href', `#${id}`);
			await expect(w.getByRole('button')).toHaveCount(0);
		}
	}
});

test('a heading’s link copies the section’s canonical (SITE_URL) address, not the address it is read at', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const t = themes()[0]!;
	const site = new SitePage(page);
	await site.goto(`/themes/${t.id}/`);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(new URL(canonical!).origin, 'the test build uses a SITE_URL other than the preview server').not.toBe(new URL(page.url()).origin);
	const wrapper = site.content.locator('.sl-markdown-content .sl-heading-wrapper').nth(1);
	const id = await wrapper.getByRole('heading').getAttribute('id');
	await wrapper.getByRole('link').click();
	// The link still does what a heading link does: the address bar now points at the section.
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toHaveCount(1);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${id}`);
});

test('the history page lists every era in “On this page”, and each entry leads to its era', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	const site = new SitePage(page);
	await site.goto('/history/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const list = eras();
	expect(list.length).toBeGreaterThan(0);
	for (const e of list) await expect(toc.getByRole('link', { name: e.data.title as string, exact: true })).toHaveAttribute('href', `#era-${e.id}`);
	for (const e of list) {
		const name = e.data.title as string;
		await toc.getByRole('link', { name, exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeInViewport();
		// Starlight marks the era being read as the current entry.
		await expect(toc.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'true');
	}
});
