/** Page objects: what a reader sees on any page of the site, found by role. */
import type { Locator, Page } from '@playwright/test';

/**
 * How long a test waits for the first search results: the first query fetches Pagefind's WASM and
 * index, which on a busy 2-core CI machine (axe running in the other worker) has taken over 5 s.
 * Search speed is measured by `npm run bench`, not by the tests.
 */
export const FIRST_SEARCH_TIMEOUT = 20_000;

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
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** A root-relative href without the base path. */
export const stripBase = (href: string) => (href.startsWith(basePath) ? `/${href.slice(basePath.length)}` : href);
