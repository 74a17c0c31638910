/** Benchmark measurements in a real browser: page weight per kind, and search time-to-results. */
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from '@playwright/test';
import { launchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

export interface PageWeight {
	kind: string;
	path: string;
	html: number;
	css: number;
	js: number;
	jsFiles: number;
}

import { PAGE_KINDS } from '../support/page-kinds.ts';

export { PAGE_KINDS };

/** Resolves once the page's main thread has been idle twice: the idle callbacks have run, and any fetch they started has been requested. */
const idle = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));

/** Gzipped bytes of every response to `page`'s requests, from now on, by resource type. */
function recordResponses(page: Page, onBody: (req: Request, gz: number) => void): { settled: () => Promise<void>; stop: () => void } {
	const pending: Promise<void>[] = [];
	const onRequest = (req: Request) => {
		pending.push(
			req
				.response()
				.then((res) => res?.body())
				.then((body) => body && onBody(req, gzipSync(body).length))
				.catch(() => undefined),
		);
	};
	page.on('request', onRequest);
	return {
		// Every request made so far has its response body read (new ones may join while waiting).
		settled: async () => {
			for (let n = 0; n < pending.length; n = pending.length) await Promise.all(pending.slice(n));
		},
		stop: () => page.off('request', onRequest),
	};
}

async function weigh(page: Page, url: string): Promise<Omit<PageWeight, 'kind' | 'path'>> {
	const sizes = { html: 0, css: 0, js: 0, jsFiles: 0 };
	const recorder = recordResponses(page, (req, gz) => {
		const type = req.resourceType();
		if (type === 'document') sizes.html += gz;
		else if (type === 'stylesheet') sizes.css += gz;
		else if (type === 'script') {
			sizes.js += gz;
			sizes.jsFiles++;
		}
	});
	await page.goto(url, { waitUntil: 'load' });
	await idle(page); // idle callbacks that fetch more would show here
	await recorder.settled();
	recorder.stop();
	return sizes;
}

export async function measurePages(dist: string): Promise<PageWeight[]> {
	const server = await serveStatic(dist);
	const browser = await chromium.launch(launchOptions);
	const out: PageWeight[] = [];
	try {
		for (const k of PAGE_KINDS) {
			const page = await browser.newPage();
			out.push({ ...k, ...(await weigh(page, `${server.url}${k.path.slice(1)}`)) });
			await page.close();
		}
	} finally {
		await browser.close();
		await server.close();
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
	const server = await serveStatic(dist);
	const browser = await chromium.launch(launchOptions);
	try {
		const page = await browser.newPage();
		let bytes = 0;
		const recorder = recordResponses(page, (req, gz) => {
			if (req.url().includes('pagefind')) bytes += gz;
		});
		await page.goto(`${server.url}summary/`, { waitUntil: 'load' });
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('.pagefind-ui__search-input').waitFor();
		const firstMs = await timeQuery(page, 'border');
		await recorder.settled();
		recorder.stop();
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
		await server.close();
	}
}
