/** Page objects: what a reader sees on any page of the site, found by role. */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { normaliseBase, withoutBase } from '../../src/lib/urls/base-path.ts';

/** Makes the pages `page` opens from now on use Starlight's `light` or `dark` theme. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

export class SitePage {
	constructor(readonly page: Page) {}
	get content(): Locator {
		return this.page.getByRole('main');
	}
	get title(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}
	get sidebar(): Locator {
		return this.page.getByRole('navigation', { name: 'Main' });
	}
	get related(): Locator {
		return this.page.getByRole('complementary', { name: 'Related' });
	}
	get cite(): Locator {
		return this.page.getByRole('region', { name: 'Cite this page' });
	}
	get searchButton(): Locator {
		return this.page.getByRole('button', { name: 'Search' });
	}
	async goto(path: string) {
		// Paths are root-relative; the base URL of the config carries any base path.
		await this.page.goto(path.replace(/^\//, ''));
	}
}

/** The base path the site under test was built with (BASE_PATH). */
export const basePath = normaliseBase(process.env.BASE_PATH);

/** A root-relative href without the base path. */
export const stripBase = (href: string) => withoutBase(href, basePath);

/**
 * A built page's HTML, fetched over HTTP and parsed: for what the HTML itself says (titles, links,
 * metadata), where no browser behaviour is under test. Fails unless the page answers 200.
 */
export async function fetchPage(request: APIRequestContext, path: string): Promise<HTMLElement> {
	const res = await request.get(path.replace(/^\//, ''));
	if (res.status() !== 200) throw new Error(`${path}: status ${res.status()}`);
	return parse(await res.text());
}

/**
 * Resolves when the page's main thread has been idle twice: its idle callbacks, and any fetch they
 * start, have run. Two animation frames first: Chromium's headless shell sometimes starts no idle
 * period on a freshly loaded page until a frame is asked for (measured over the 201 pages, each
 * loaded once in a new page: 16, 6 and 7 pages had none within 1.5 s in three passes, /404.html
 * waited 60 s; 0 pages with two frames asked for first, and 0 in the full browser).
 */
export const idle = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((done) => {
				const idleTwice = () => requestIdleCallback(() => requestIdleCallback(() => done()));
				requestAnimationFrame(() => requestAnimationFrame(idleTwice));
			}),
	);

/** One layout shift the browser recorded (not one caused by the reader's input). */
export interface LayoutShift {
	value: number;
	/** Whether any element that moved is inside the page's `<main>`. */
	inMain: boolean;
}

/** Makes the browser record every layout shift of the pages `page` opens from now on, from their first paint. */
export async function recordLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: Array<{ value: number; inMain: boolean }> = [];
		(window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
		type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node: Node | null }> };
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as Entry[]) {
				if (e.hadRecentInput) continue;
				const inMain = e.sources.some((s) => !!s.node && !!(s.node instanceof Element ? s.node : s.node.parentElement)?.closest('main'));
				shifts.push({ value: e.value, inMain });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts recorded so far on the page `page` shows (see `recordLayoutShifts`). */
export const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts);
