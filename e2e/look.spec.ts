/**
 * Looking rather than reading: the timeline, the charts and the scenario comparison render in light
 * and dark themes, on a desktop and at a phone's width, without spilling out of the page. Each
 * combination saves a full-page screenshot under `test-results/` (and attaches it to the report) so
 * a person can look at them; the assertions check what a screenshot alone cannot prove.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { eras, figures, scenarios, themes } from './support/content';
import { SitePage, useTheme } from './support/pages';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } } as const;
const THEMES = ['light', 'dark'] as const;

/** Elements whose right edge lies beyond the viewport, or whose content is wider than their box. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((els) =>
		els.flatMap((el) => {
			const box = el.getBoundingClientRect();
			const out: string[] = [];
			const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
			if (box.right > document.documentElement.clientWidth + 1) out.push(`${name} ends at ${box.right}px`);
			if (el.scrollWidth > el.clientWidth + 1) out.push(`${name} content is ${el.scrollWidth}px wide in ${el.clientWidth}px`);
			return out;
		}),
	);
}

async function show(page: Page, path: string, theme: (typeof THEMES)[number], viewport: keyof typeof VIEWPORTS) {
	await page.setViewportSize(VIEWPORTS[viewport]);
	await useTheme(page, theme);
	await new SitePage(page).goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(pageWidth, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

async function screenshot(page: Page, name: string) {
	const file = test.info().outputPath(`${name}.png`);
	await page.screenshot({ path: file, fullPage: true });
	await test.info().attach(name, { path: file, contentType: 'image/png' });
}

/** The background colour painted behind `el` (its own, or its nearest painted ancestor's). */
const backdrop = (el: Locator) =>
	el.evaluate((node) => {
		for (let n: Element | null = node; n; n = n.parentElement) {
			const c = getComputedStyle(n).backgroundColor;
			if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
		}
		return getComputedStyle(document.body).backgroundColor;
	});

for (const viewport of Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>) {
	for (const theme of THEMES) {
		test.describe(`${viewport}, ${theme} theme`, () => {
			test('the history timeline is an ordered list of the eras, each linking to its themes', async ({ page }) => {
				await show(page, '/history/', theme, viewport);
				const timeline = page.getByRole('list', { name: 'Timeline of Afghanistan-Pakistan relations' });
				const items = timeline.locator(':scope > li');
				await expect(items).toHaveCount(eras().length);
				for (const [i, era] of eras().entries()) {
					const item = items.nth(i);
					await expect(item).toContainText(era.data.title);
					await expect(item).toBeVisible();
					const themeLinks = await item.locator('.era-themes a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
					expect(themeLinks.map((h) => h.replace(/^.*\/themes\//, '').replace(/\/$/, '')).sort()).toEqual([...(era.data.themes as string[])].sort());
				}
				expect(await overflowing(page, '.timeline, .timeline > li')).toEqual([]);
				await screenshot(page, `history-${viewport}-${theme}`);
			});

			test('the key figures page draws each group as charts, each with its table', async ({ page }) => {
				await show(page, '/figures/', theme, viewport);
				const charts = page.locator('figure.chart');
				const count = await charts.count();
				expect(count).toBeGreaterThan(0);
				for (let i = 0; i < count; i++) {
					const chart = charts.nth(i);
					await expect(chart.getByRole('img')).toHaveAccessibleName(/\S/);
					// The table of the same numbers comes right after its chart.
					await expect(chart.locator('xpath=following-sibling::*[1]')).toHaveJSProperty('tagName', 'TABLE');
					const svg = chart.locator('svg');
					const box = (await svg.boundingBox())!;
					expect(box.width, 'a chart keeps a readable width').toBeGreaterThan(200);
					// Bars and labels are drawn in a colour that differs from what is behind them.
					const bar = chart.locator('.chart-bar').first();
					expect(await bar.evaluate((b) => getComputedStyle(b).fill)).not.toBe(await backdrop(chart));
				}
				// Every figure appears in a table row.
				await expect(page.locator('table.figures-table tbody tr')).toHaveCount(figures().length);
				expect(await overflowing(page, 'figure.chart, figure.chart svg, table.figures-table')).toEqual([]);
				await screenshot(page, `figures-${viewport}-${theme}`);
			});

			test('a theme page can carry a chart of its own figures', async ({ page }) => {
				const withCharts = themes().filter((t) => /<Chart\b/.test(t.body));
				expect(withCharts.length, 'some theme places a <Chart>').toBeGreaterThan(0);
				for (const t of withCharts) {
					await show(page, `/themes/${t.id}/`, theme, viewport);
					const charts = page.getByRole('main').locator('figure.chart');
					// Each <Chart> draws one chart per unit of its group: at least one.
					expect(await charts.count()).toBeGreaterThanOrEqual(t.body.match(/<Chart\b/g)!.length);
					for (const chart of await charts.all()) {
						await expect(chart.getByRole('img')).toBeVisible();
						await expect(chart.locator('xpath=following-sibling::*[1]')).toHaveJSProperty('tagName', 'TABLE');
					}
					expect(await overflowing(page, 'figure.chart, figure.chart svg')).toEqual([]);
				}
			});

			test('the scenario comparison is a table with a column per scenario that fits the screen', async ({ page }) => {
				await show(page, '/scenarios/compare/', theme, viewport);
				const table = page.getByRole('table', { name: 'The three scenarios compared' });
				const headers = table.getByRole('columnheader');
				for (const s of scenarios()) await expect(headers.filter({ hasText: s.data.title as string })).toHaveCount(1);
				for (const aspect of ['Likelihood', 'How it unfolds', 'For Pakistan', 'For Afghan elites', 'For the Taliban', 'For border communities', 'For India'])
					await expect(table.getByRole('rowheader', { name: aspect })).toBeVisible();
				expect(await overflowing(page, 'table.compare, table.compare td, table.compare th')).toEqual([]);
				await screenshot(page, `compare-${viewport}-${theme}`);
			});
		});
	}
}
