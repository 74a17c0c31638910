/** Benchmark measurements in a real browser: page weight per kind, and search time-to-results. */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../support/browser.ts';
import { serve } from './serve.ts';

export interface PageWeight {
	kind: string;
	path: string;
	html: number;
	css: number;
	js: number;
	jsFiles: number;
}

/** One page of each kind in the 1x build. */
export const PAGE_KINDS: Array<{ kind: string; path: string }> = [
	{ kind: 'home', path: '/' },
	{ kind: 'narrative (summary)', path: '/summary/' },
	{ kind: 'history (timeline)', path: '/history/' },
	{ kind: 'theme', path: '/themes/security-interests/' },
	{ kind: 'scenario', path: '/scenarios/civil-war/' },
	{ kind: 'factor', path: '/factors/india/' },
	{ kind: 'recommendation', path: '/recommendations/build-momentum-through-confidence-building-measures/' },
	{ kind: 'explorer', path: '/recommendations/' },
	{ kind: 'matrix', path: '/recommendations/matrix/' },
	{ kind: 'scenario comparison', path: '/scenarios/compare/' },
	{ kind: 'key figures (charts)', path: '/figures/' },
	{ kind: 'glossary', path: '/glossary/' },
	{ kind: 'actor', path: '/actors/pakistan/' },
];

async function weigh(page: Page, url: string): Promise<Omit<PageWeight, 'kind' | 'path'>> {
	const sizes = { html: 0, css: 0, js: 0, jsFiles: 0 };
	const pending: Promise<void>[] = [];
	const onResponse = (r: import('@playwright/test').Response) => {
		pending.push(
			r.body().then(
				(body) => {
					const gz = gzipSync(body).length;
					const type = r.request().resourceType();
					if (type === 'document') sizes.html += gz;
					else if (type === 'stylesheet') sizes.css += gz;
					else if (type === 'script') {
						sizes.js += gz;
						sizes.jsFiles++;
					}
				},
				() => undefined,
			),
		);
	};
	page.on('response', onResponse);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500); // idle callbacks that fetch more would show here
	await Promise.all(pending);
	page.off('response', onResponse);
	return sizes;
}

export async function measurePages(dist: string): Promise<PageWeight[]> {
	const server = await serve(dist);
	const browser = await chromium.launch(launchOptions);
	const out: PageWeight[] = [];
	try {
		for (const k of PAGE_KINDS) {
			const page = await browser.newPage();
			out.push({ ...k, ...(await weigh(page, `${server.url}${k.path}`)) });
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return out;
}

/** Types `query` into Pagefind's input and resolves with ms from the input event to results on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(
		(q) =>
			new Promise<number>((resolve, reject) => {
				const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
				// Starlight's wording of Pagefind's message: "[COUNT] results for [SEARCH_TERM]".
				const done = () => {
					const msg = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
					return msg.endsWith(` for ${q}`) && document.querySelector('.pagefind-ui__result') !== null;
				};
				setTimeout(() => reject(new Error(`search: no results on screen for "${q}" after 10 s`)), 10_000);
				const t0 = performance.now();
				const obs = new MutationObserver(() => {
					if (done()) {
						obs.disconnect();
						requestAnimationFrame(() => resolve(performance.now() - t0));
					}
				});
				obs.observe(document.body, { subtree: true, childList: true, characterData: true });
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
}

export async function measureSearch(dist: string) {
	const server = await serve(dist);
	const browser = await chromium.launch(launchOptions);
	try {
		const page = await browser.newPage();
		let bytes = 0;
		const pending: Promise<void>[] = [];
		page.on('response', (r) => {
			if (r.url().includes('pagefind')) pending.push(r.body().then((b) => void (bytes += gzipSync(b).length), () => undefined));
		});
		await page.goto(`${server.url}/summary/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('.pagefind-ui__search-input').waitFor();
		const firstMs = await timeQuery(page, 'border');
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		const firstBytes = bytes;
		const warmMs: number[] = [];
		for (const q of ['trade', 'Taliban', 'refugees', 'APAPPS', 'Durand Line', 'India', 'fence', 'AP-07', 'border', 'trade']) {
			await page.locator('.pagefind-ui__search-input').fill('');
			warmMs.push(await timeQuery(page, q));
		}
		const sorted = [...warmMs].sort((a, b) => a - b);
		// A reader who points at the button before clicking: search loads on that intent, so by the
		// time the dialog opens the engine is ready and the first query only fetches its own chunk.
		const intent = await browser.newPage();
		await intent.goto(`${server.url}/summary/`, { waitUntil: 'networkidle' });
		await intent.getByRole('button', { name: 'Search' }).hover();
		await intent.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
		// Waits until the engine's WASM is running (the same module instance the UI uses).
		await intent.evaluate(async (bundle) => {
			const pagefind = await import(bundle);
			await pagefind.filters();
		}, `${server.url}/pagefind/pagefind.js`);
		await intent.getByRole('button', { name: 'Search' }).click();
		const afterIntentMs = await timeQuery(intent, 'border');
		return { firstMs, afterIntentMs, warmMs, warmMedianMs: sorted[Math.floor(sorted.length / 2)]!, bytes: firstBytes };
	} finally {
		await browser.close();
		server.close();
	}
}
