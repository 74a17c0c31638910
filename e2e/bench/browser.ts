/**
 * Benchmark measurements in a real browser, the same code for any site served at a URL (ours and
 * the bare Starlight site): page weight per kind, and search time from the last keystroke to
 * results on screen. Times are taken in the page with performance marks; every wait is for a state
 * (results rendered, the input cleared), never for a fixed time.
 */
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { fullBrowserLaunchOptions as launchOptions } from '../support/browser.ts';

export interface PageWeight {
	kind: string;
	path: string;
	/** Bytes as transferred (compressed by the server when it compresses), by resource type. */
	html: number;
	css: number;
	js: number;
	other: number;
	jsFiles: number;
}

/** Resolves once the page's main thread has been idle twice: the idle callbacks have run, and any fetch they started has been requested. */
export const idle = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));

/** Records the transferred (encoded) bytes of every request `page` makes from now on. */
function recordTransfers(page: Page) {
	const pending: Promise<void>[] = [];
	// Requests from the page's workers (Pagefind searches in one) are seen too, unlike the page's own resource timing.
	const seen: Array<{ url: string; type: string; bytes: number; start: number; end: number }> = [];
	const onRequest = (req: Request) => {
		pending.push(
			req
				.response()
				.then((res) => res?.finished())
				.then(() => req.sizes())
				.then((s) => {
					const t = req.timing();
					seen.push({ url: req.url(), type: req.resourceType(), bytes: s.responseBodySize, start: t.startTime, end: t.startTime + t.responseEnd });
				})
				.catch(() => undefined),
		);
	};
	page.on('request', onRequest);
	return {
		/** Every request made so far has been read to its end (new ones may join while waiting). */
		settled: async () => {
			for (let n = 0; n < pending.length; n = pending.length) await Promise.all(pending.slice(n));
			return seen;
		},
		/** What has been recorded so far, and from now on nothing more. */
		take: () => seen.splice(0),
		stop: () => page.off('request', onRequest),
	};
}

/** Weight of one page of each kind at `siteUrl`, as loaded by a fresh page, before search is opened. */
export async function measurePages(siteUrl: string, kinds: ReadonlyArray<{ kind: string; path: string }>): Promise<PageWeight[]> {
	const browser = await chromium.launch(launchOptions);
	const out: PageWeight[] = [];
	try {
		for (const k of kinds) {
			const page = await browser.newPage();
			const rec = recordTransfers(page);
			await page.goto(`${siteUrl}${k.path.slice(1)}`, { waitUntil: 'load' });
			await idle(page); // idle callbacks that fetch more would show here
			const sizes = { html: 0, css: 0, js: 0, other: 0, jsFiles: 0 };
			for (const r of await rec.settled()) {
				if (r.type === 'document') sizes.html += r.bytes;
				else if (r.type === 'stylesheet') sizes.css += r.bytes;
				else if (r.type === 'script') {
					sizes.js += r.bytes;
					sizes.jsFiles++;
				} else sizes.other += r.bytes;
			}
			rec.stop();
			out.push({ ...k, ...sizes });
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}

/** A fetch made while a query was answered, relative to its last keystroke. */
export interface Fetch {
	name: string;
	startMs: number;
	endMs: number;
	bytes: number;
}

/**
 * Arms the page for one query: from the next `input` event on the search input, every input event
 * marks `bench:keystroke`; when the results for `query` are on screen (Pagefind's message names
 * the query and the first result's title link is rendered) and painted, `bench:results` is marked.
 * Resolves with the ms between the last keystroke and the results, and the keystroke's wall-clock time.
 */
function armQuery(page: Page, query: string) {
	return page.evaluate(
		(q) =>
			new Promise<{ ms: number; countMs: number; keystrokeAt: number }>((resolve, reject) => {
				performance.clearMarks('bench:keystroke');
				performance.clearMarks('bench:results');
				performance.clearMarks('bench:counted');
				let keystrokes = 0;
				const onInput = (e: Event) => {
					if (!(e.target as Element).matches?.('.pagefind-ui__search-input')) return;
					keystrokes++;
					performance.clearMarks('bench:keystroke');
					performance.mark('bench:keystroke');
				};
				document.addEventListener('input', onInput, true);
				// Starlight's wording of Pagefind's message: "[COUNT] result(s) for [SEARCH_TERM]".
				// The search has answered: the message gives the count for the query (results may still be loading).
				const counted = () => {
					const msg = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
					const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
					return input?.value === q && msg.endsWith(`for ${q}`);
				};
				const shown = () => counted() && document.querySelector('.pagefind-ui__result .pagefind-ui__result-link') !== null;
				const fail = setTimeout(() => {
					obs.disconnect();
					reject(new Error(`search: no results on screen for "${q}" within 20 s (${keystrokes} keystrokes)`));
				}, 20_000);
				const obs = new MutationObserver(() => {
					if (!keystrokes) return;
					if (!performance.getEntriesByName('bench:counted').length && counted()) performance.mark('bench:counted');
					if (!shown()) return;
					obs.disconnect();
					document.removeEventListener('input', onInput, true);
					// The frame after the DOM change: the results are painted.
					requestAnimationFrame(() =>
						setTimeout(() => {
							clearTimeout(fail);
							performance.mark('bench:results');
							const m = performance.measure('bench:query', 'bench:keystroke', 'bench:results');
							// Wall-clock time of the last keystroke, to place the fetches (timed by the browser) against it.
							const counted = performance.measure('bench:count', 'bench:keystroke', 'bench:counted');
							resolve({ ms: m.duration, countMs: counted.duration, keystrokeAt: performance.timeOrigin + performance.getEntriesByName('bench:keystroke')[0]!.startTime });
						}),
					);
				});
				obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
			}),
		query,
	);
}

/** Types `query` with real key events into the focused search input; resolves with ms from the last keystroke to results on screen. */
async function typeQuery(page: Page, query: string) {
	const measured = armQuery(page, query);
	await page.locator('.pagefind-ui__search-input').pressSequentially(query);
	return measured;
}

/** Empties the search input and waits until the previous results are gone. */
async function clearQuery(page: Page) {
	await page.locator('.pagefind-ui__search-input').fill('');
	await page.waitForFunction(() => document.querySelector('.pagefind-ui__result') === null);
}

export interface SearchRun {
	/** Bytes fetched after the page loaded and went idle, before the reader showed any intent. */
	beforeIntentBytes: number;
	beforeIntentUrls: string[];
	/** Open search (pointer over the button, click), type the first query as soon as the input is there. */
	firstMs: number;
	/** Of which: until the search has answered (the message gives the count); the rest is showing the results. */
	firstCountMs: number;
	firstFetches: Fetch[];
	/** Bytes fetched from the pointer reaching the button to the first results on screen. */
	firstBytes: number;
	/** Further queries in the same dialog: the engine is warm, each query fetches its own chunks. */
	warmMs: number[];
	warmCountMs: number[];
}

export const FIRST_QUERY = 'border';
export const WARM_QUERIES = ['trade', 'Taliban', 'refugees', 'Durand Line', 'India', 'fence'];

/** One reader's session on `siteUrl`: load a page, open search, the first query, then warm ones. */
export async function searchRun(browser: Browser, siteUrl: string): Promise<SearchRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		const rec = recordTransfers(page);
		await page.goto(`${siteUrl}summary/`, { waitUntil: 'load' });
		await rec.settled();
		rec.take();
		await idle(page);
		const before = await rec.settled();
		const beforeIntent = before.splice(0);
		// Playwright's click moves the pointer over the button first: the reader's intent.
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.locator('.pagefind-ui__search-input').waitFor({ state: 'visible' });
		const first = await typeQuery(page, FIRST_QUERY);
		const fetched = (await rec.settled()).splice(0);
		const firstBytes = fetched.reduce((n, r) => n + r.bytes, 0);
		const firstFetches = fetched
			.filter((r) => r.end > first.keystrokeAt)
			.map((r) => ({ name: new URL(r.url).pathname, startMs: r.start - first.keystrokeAt, endMs: r.end - first.keystrokeAt, bytes: r.bytes }))
			.sort((a, b) => a.startMs - b.startMs);
		rec.stop();
		const warmMs: number[] = [];
		const warmCountMs: number[] = [];
		for (const q of WARM_QUERIES) {
			await clearQuery(page);
			const warm = await typeQuery(page, q);
			warmMs.push(warm.ms);
			warmCountMs.push(warm.countMs);
		}
		return {
			beforeIntentBytes: beforeIntent.reduce((n, r) => n + r.bytes, 0),
			beforeIntentUrls: beforeIntent.map((r) => new URL(r.url).pathname),
			firstMs: first.ms,
			firstCountMs: first.countMs,
			firstFetches,
			firstBytes,
			warmMs,
			warmCountMs,
		};
	} finally {
		await context.close();
	}
}

export const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** `runs` search sessions on each site, alternating between them so that the machine's load falls on both alike. */
export async function measureSearch(sites: Record<string, string>, runs: number): Promise<Record<string, SearchRun[]>> {
	const browser = await chromium.launch(launchOptions);
	const out: Record<string, SearchRun[]> = Object.fromEntries(Object.keys(sites).map((k) => [k, []]));
	try {
		for (let i = 0; i < runs; i++) for (const [name, url] of Object.entries(sites)) out[name]!.push(await searchRun(browser, url));
	} finally {
		await browser.close();
	}
	return out;
}
