/**
 * Looking rather than reading.
 * - Fit: at phone widths (320 and 390 px) no page kind scrolls sideways, and every visible link,
 *   button and form control lies inside the viewport (or inside a box that scrolls sideways).
 * - Drawing: the timeline, the charts and the scenario comparison render in light and dark themes,
 *   on a desktop and at a phone's width, as structures the assertions check.
 * - Pictures: the charts, the timeline and the matrix are compared with committed screenshots
 *   (`e2e/__screenshots__/`), with a tolerance for font hinting; `--update-snapshots` renews them.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { eras, figures, scenarios, themes } from './support/content';
import { PAGE_KINDS } from './support/page-kinds';
import { SitePage, idle, layoutShifts, recordLayoutShifts, useTheme } from './support/pages';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } } as const;
const THEMES = ['light', 'dark'] as const;

/**
 * What is cut off on the page: the page's own sideways scroll, and each visible interactive element
 * (a, button, input, select, summary) that sticks out of the viewport, unless it sits in a box that
 * scrolls sideways (a wide table's wrapper), which must itself fit.
 */
async function cutOff(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
		const scroller = (el: Element): Element | null => {
			for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
				const s = getComputedStyle(n);
				if (/(auto|scroll)/.test(s.overflowX) && n.scrollWidth > n.clientWidth) return n;
			}
			return null;
		};
		const visible = (el: Element) => {
			const box = el.getBoundingClientRect();
			// Screen-reader-only text (1 px, clipped) and closed parts (display: none) are not drawn.
			return box.width > 1 && box.height > 1 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
		};
		for (const el of document.querySelectorAll('a, button, input, select, summary')) {
			if (!visible(el)) continue;
			const box = el.getBoundingClientRect();
			if (box.left >= -0.5 && box.right <= width + 0.5) continue;
			const s = scroller(el);
			if (s) {
				const sb = s.getBoundingClientRect();
				if (sb.left >= -0.5 && sb.right <= width + 0.5) continue;
			}
			out.push(`${name(el)} spans ${Math.round(box.left)}-${Math.round(box.right)}px`);
		}
		return out;
	});
}

test('on a 320 px phone the matrix keeps its recommendation column in view when scrolled sideways, and the site title is whole', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await new SitePage(page).goto('/recommendations/matrix/');
	// The title is not cut: its text fits its box, and the box does not run under the header's buttons.
	const title = page.locator('header .site-title span');
	await expect(title).toHaveText('Afghanistan-Pakistan Ties');
	const fit = await title.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
	expect(fit.scroll, 'the title’s text is wider than its box').toBeLessThanOrEqual(fit.client + 1);
	const wrapperClips = await page.locator('header .title-wrapper').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
	expect(wrapperClips, 'the title wrapper clips the title').toBe(false);
	// Scrolled to its last column, the matrix still shows each row's recommendation at its left edge.
	const scroller = page.locator('.table-scroll');
	const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
	expect(scrollWidth, 'the matrix is wider than a 320 px phone').toBeGreaterThan(clientWidth);
	await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
	await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	for (const row of [0, 5]) {
		const th = page.locator('.matrix tbody th').nth(row);
		// The page scrolls down to the row (the table keeps its sideways scroll).
		await th.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200));
		const box = (await scroller.boundingBox())!;
		const b = (await th.boundingBox())!;
		expect(b.x, `row ${row}'s recommendation after scrolling`).toBeGreaterThanOrEqual(box.x - 1);
		// What is drawn at the column's middle is that row header, not a cell scrolled over it.
		const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent?.trim() ?? '', [b.x + b.width / 2, b.y + Math.min(b.height / 2, 12)]);
		expect(hit).toBe((await th.textContent())!.trim());
	}
});

test.describe('each page kind at desktop and phone widths: nothing jumps as it loads, nothing is cut off', () => {
	// Web Vitals call a cumulative layout shift of 0.1 or less good. Each page kind (and the brief) is
	// loaded on a desktop screen (three columns), then a 390 px phone, then a 320 px one: the shift is
	// measured at the first two, what sticks out of the screen at the two phone widths.
	for (const { kind, path } of [...PAGE_KINDS, { kind: 'brief', path: '/brief/' }]) {
		test(`${kind}: ${path}`, async ({ page }) => {
			await recordLayoutShifts(page);
			for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }, { width: 320, height: 800 }]) {
				await page.setViewportSize(viewport);
				await new SitePage(page).goto(path);
				await page.waitForLoadState('load');
				await idle(page);
				if (viewport.width !== 320) {
					const total = (await layoutShifts(page)).reduce((sum, s) => sum + s.value, 0);
					expect(total, `cumulative layout shift at ${viewport.width} px`).toBeLessThanOrEqual(0.1);
				}
				if (viewport.width !== 1280) {
					await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
					expect(await cutOff(page), `cut off at ${viewport.width} px`).toEqual([]);
				}
			}
		});
	}
});

test('the paragraph buttons are touch targets of at least 24 by 24 px (WCAG 2.2, 2.5.8)', async ({ page }) => {
	await new SitePage(page).goto(`/themes/${themes()[0]!.id}/`);
	const buttons = page.locator('.para-actions button');
	await expect(buttons.first()).toBeVisible();
	const small = await buttons.evaluateAll((els) =>
		els.flatMap((el) => {
			const { width, height } = el.getBoundingClientRect();
			return width < 24 || height < 24 ? [`${el.getAttribute('aria-label')}: ${width}x${height}`] : [];
		}),
	);
	expect(await buttons.count()).toBeGreaterThan(1);
	expect(small).toEqual([]);
});

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

/** The background colour painted behind `el` (its own, or its nearest painted ancestor's). */
const backdrop = (el: Locator) =>
	el.evaluate((node) => {
		for (let n: Element | null = node; n; n = n.parentElement) {
			const c = getComputedStyle(n).backgroundColor;
			if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
		}
		return getComputedStyle(document.body).backgroundColor;
	});

// The layout of the timeline, the charts and the comparison at each width. The dark theme changes
// colours only (no element is shown, hidden or resized by theme), so the layout is checked in the
// light theme and the one colour check, bars against what is behind them, in both.
for (const viewport of Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>) {
	test.describe(viewport, () => {
		test('the history timeline is an ordered list of the eras, each linking to its themes', async ({ page }) => {
			await show(page, '/history/', 'light', viewport);
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
		});

		test('the key figures page draws each group as charts, each with its table', async ({ page }) => {
			await show(page, '/figures/', 'light', viewport);
			const charts = page.locator('figure.chart');
			const count = await charts.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const chart = charts.nth(i);
				await expect(chart.getByRole('img')).toHaveAccessibleName(/\S/);
				// The table of the same numbers comes right after its chart.
				await expect(chart.locator('xpath=following-sibling::*[1]')).toHaveJSProperty('tagName', 'TABLE');
				const box = (await chart.locator('svg').boundingBox())!;
				expect(box.width, 'a chart keeps a readable width').toBeGreaterThan(200);
			}
			// Bars are drawn in a colour that differs from what is behind them, in both themes
			// (switched to as Starlight's picker does).
			for (const t of THEMES) {
				await page.evaluate((t) => (document.documentElement.dataset.theme = t), t);
				for (const chart of await charts.all()) {
					const bar = chart.locator('.chart-bar').first();
					expect(await bar.evaluate((b) => getComputedStyle(b).fill), `a bar in the ${t} theme`).not.toBe(await backdrop(chart));
				}
			}
			// Every figure appears in a table row.
			await expect(page.locator('table.figures-table tbody tr')).toHaveCount(figures().length);
			expect(await overflowing(page, 'figure.chart, figure.chart svg, table.figures-table')).toEqual([]);
		});

		test('a theme page can carry a chart of its own figures', async ({ page }) => {
			const withCharts = themes().filter((t) => /<Chart\b/.test(t.body));
			expect(withCharts.length, 'some theme places a <Chart>').toBeGreaterThan(0);
			for (const t of withCharts) {
				await show(page, `/themes/${t.id}/`, 'light', viewport);
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
			await show(page, '/scenarios/compare/', 'light', viewport);
			const table = page.getByRole('table', { name: 'The three scenarios compared' });
			const headers = table.getByRole('columnheader');
			for (const s of scenarios()) await expect(headers.filter({ hasText: s.data.title as string })).toHaveCount(1);
			for (const aspect of ['Likelihood', 'How it unfolds', 'For Pakistan', 'For Afghan elites', 'For the Taliban', 'For border communities', 'For India'])
				await expect(table.getByRole('rowheader', { name: aspect })).toBeVisible();
			expect(await overflowing(page, 'table.compare, table.compare td, table.compare th')).toEqual([]);
		});
	});
}

/** Compares the timeline's first two eras (its rail, markers, dates and theme links) with the screenshot `name`: the whole list is a megabyte of text. */
async function expectTimelineHead(page: Page, name: string) {
	const list = page.getByRole('list', { name: 'Timeline of Afghanistan-Pakistan relations' });
	const items = list.locator(':scope > li');
	await expect(items.nth(1)).toBeVisible();
	// The list's width (its rail and markers lie outside the items), the first two items' height.
	const [box, first, second] = [(await list.boundingBox())!, (await items.nth(0).boundingBox())!, (await items.nth(1).boundingBox())!];
	const scrollY = await page.evaluate(() => window.scrollY);
	const x = Math.max(0, box.x - 8);
	const clip = { x, y: first.y + scrollY, width: box.x + box.width - x, height: second.y + second.height - first.y };
	await expect(page).toHaveScreenshot(name, { fullPage: true, clip });
}

test.describe('pictures compared with their committed screenshots', () => {
	for (const theme of THEMES) {
		test(`the charts, ${theme} theme`, async ({ page }) => {
			await show(page, '/figures/', theme, 'desktop');
			const charts = page.locator('figure.chart');
			await expect(charts).not.toHaveCount(0);
			for (const [i, chart] of (await charts.all()).entries()) await expect(chart).toHaveScreenshot(`chart-${i + 1}-${theme}.png`);
		});

		test(`the timeline, ${theme} theme`, async ({ page }) => {
			await show(page, '/history/', theme, 'desktop');
			await expectTimelineHead(page, `timeline-${theme}.png`);
		});

		test(`the matrix, ${theme} theme`, async ({ page }) => {
			await show(page, '/recommendations/matrix/', theme, 'desktop');
			await expect(page.getByRole('table', { name: 'Recommendations against the report’s conditions, then its scenarios' })).toHaveScreenshot(`matrix-${theme}.png`);
		});
	}

	test('a changed picture fails its comparison: the matrix with one column’s marks recoloured', async ({ page }) => {
		await show(page, '/recommendations/matrix/', 'light', 'desktop');
		const matrix = page.getByRole('table', { name: 'Recommendations against the report’s conditions, then its scenarios' });
		// Through the CSSOM (the CSP allows it): the second column's cells in red.
		await matrix.evaluate((table) => {
			for (const cell of table.querySelectorAll<HTMLElement>('tr > :nth-child(2)')) cell.style.backgroundColor = '#c00';
		});
		await expect(expect(matrix).toHaveScreenshot('matrix-light.png')).rejects.toThrow(/different/);
	});

	test('the timeline at a phone’s width', async ({ page }) => {
		await show(page, '/history/', 'light', 'phone');
		await expectTimelineHead(page, 'timeline-phone-light.png');
	});
});
