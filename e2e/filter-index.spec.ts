/**
 * The explorer and the /since/ timeline render every item and control in HTML; the index their filters
 * need (`/data/filters/<list>.json`) is not part of the first load: it arrives when the reader shows
 * intent to filter (pointer over the form, focus or touch in it), or at once when the address holds a filter.
 */
import { expect, test, type Page } from '@playwright/test';
import { SitePage, idle, stripBase } from './support/pages';
import { collection, recommendations } from './support/content';

const developments = () => collection('developments');

const LISTS = [
	{ path: '/recommendations/', form: '#explorer-filters', index: '/data/filters/recommendations.json', items: '.rec-card', total: () => recommendations().length },
	{ path: '/since/', form: '#since-filters', index: '/data/filters/developments.json', items: '.development-entry', total: () => developments().length },
];

/** The paths of the filter indexes the page has requested so far. */
function indexRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		const path = stripBase(new URL(r.url()).pathname);
		if (path.startsWith('/data/filters/')) seen.push(path);
	});
	return seen;
}

for (const list of LISTS) {
	test(`${list.path}: the filter index is fetched on intent, not with the page, and then the filters work`, async ({ page }) => {
		const requested = indexRequests(page);
		await new SitePage(page).goto(list.path);
		await idle(page);
		expect(requested, 'nothing of the index before the reader shows intent').toEqual([]);
		await expect(page.locator(`${list.items}:visible`)).toHaveCount(list.total());

		await page.locator(list.form).hover();
		await expect.poll(() => requested).toEqual([list.index]);
		const first = page.locator(`${list.form} select, ${list.form} input[type="checkbox"]`).first();
		if (await first.evaluate((el) => el.tagName === 'SELECT')) await first.selectOption({ index: 1 });
		else await first.check();
		await expect.poll(() => page.locator(`${list.items}:visible`).count()).toBeLessThan(list.total());
		expect(requested, 'fetched once').toEqual([list.index]);
	});

	test(`${list.path}: opened with a filter in the address, the index is fetched at once and the filter applied`, async ({ page }) => {
		const requested = indexRequests(page);
		await new SitePage(page).goto(list.path);
		const form = page.locator(list.form);
		const control = form.locator('select, input[type="checkbox"]').first();
		const [name, value] = await control.evaluate((el) =>
			el instanceof HTMLSelectElement ? [el.name, el.options[1]!.value] : [(el as HTMLInputElement).name, (el as HTMLInputElement).value],
		);
		await page.goto(`${page.url()}?${name}=${value}`);
		await expect.poll(() => requested).toContain(list.index);
		await expect.poll(() => page.locator(`${list.items}:visible`).count()).toBeLessThan(list.total());
	});

	test(`${list.path}: when the index cannot be fetched, the list stays whole and the status says why`, async ({ page }) => {
		await page.route('**/data/filters/**', (route) => route.abort());
		await new SitePage(page).goto(list.path);
		const first = page.locator(`${list.form} select, ${list.form} input[type="checkbox"]`).first();
		if (await first.evaluate((el) => el.tagName === 'SELECT')) await first.selectOption({ index: 1 });
		else await first.check();
		await expect(page.getByRole('status').filter({ hasText: 'The filters could not load their data' })).toBeVisible();
		await expect(page.locator(`${list.items}:visible`)).toHaveCount(list.total());
	});
}
