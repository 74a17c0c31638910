/**
 * `node e2e/bench/brief.ts` (also run by `npm run bench`): the brief's bars (PRODUCT.md), measured
 * on the build in DIST_DIR (default `dist/`), served compressed:
 * - what "add to brief" costs every page before it is used: the loader script (bundled alone,
 *   minified, brotli) and the page's item markup and rules (the page with and without them, brotli);
 * - `/brief/` on first load with no brief (the weight gate's measure: its boot script only), and the
 *   fingerprints file its tools fetch once there is a brief;
 * - a 30-item brief exported to .docx (click to download; the first export includes fetching
 *   the `docx` library), median of 5;
 * - a shared 30-item link opened in a fresh page until the brief is on screen and checked
 *   (the page's `brief-shown` mark), median of 5.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { fullBrowserLaunchOptions as launchOptions } from '../support/browser.ts';
import { serveCompressed } from './compressed-server.ts';
import { PAGE_BUDGET, firstLoad } from '../gates/weight.ts';
import { isMain, readSite } from '../gates/dist.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Brief } from '../../src/lib/brief/schema.ts';
import { median } from './browser.ts';

const root = join(import.meta.dirname, '..', '..');
const br = (b: Buffer | string) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const RUNS = 5;

/** The brief modules, bundled for Node (their imports carry no extensions, which Node's own loader needs). */
async function briefModules(): Promise<{ BLOCKS: string; encodeBrief: (b: Brief) => Promise<string>; makeItem: (key: string, kind: 'passage', text: string) => Brief['items'][number] }> {
	const lib = await build({ stdin: { contents: "export { encodeBrief } from './src/lib/brief/share.ts'; export { makeItem } from './src/lib/brief/schema.ts'; export { BLOCKS } from './src/lib/brief/item-dom.ts';", resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false });
	mkdirSync(join(root, '.tmp'), { recursive: true });
	const file = join(root, '.tmp', 'brief-bench-lib.mjs');
	writeFileSync(file, lib.outputFiles[0]!.contents);
	return import(pathToFileURL(file).href);
}

export async function briefBench(dist = join(root, process.env.DIST_DIR ?? 'dist')): Promise<string[]> {
	const out: string[] = [];
	const { encodeBrief, makeItem, BLOCKS } = await briefModules();
	// 1. The add action before use.
	const loader = await build({ entryPoints: [join(root, 'src/scripts/brief-loader.ts')], bundle: true, minify: true, write: false, format: 'esm', external: ['./brief-add'], define: { 'import.meta.env.BASE_URL': '"/"' } });
	const loaderBytes = br(Buffer.from(loader.outputFiles[0]!.contents));
	const strip = (html: string) => html.replace(/\s(data-brief[a-z-]*)(="[^"]*")?/g, '').replace(/\.brief-add\[aria-pressed=['"]?true['"]?\]::before\{[^}]*\}|\.brief-link\{[^}]*\}/g, '');
	const markup = ['/recommendations/anticipate-and-mitigate-spoilers/', '/glossary/', '/figures/', '/themes/trade-and-connectivity/', '/since/', '/'].map((p) => {
		const html = readFileSync(join(dist, p, 'index.html'), 'utf8');
		return { p, bytes: br(html) - br(strip(html)) };
	});
	const worst = markup.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	out.push(`add to brief, before use: loader ${loaderBytes} B (brotli); item markup ${markup.map((m) => `${m.p} ${m.bytes} B`).join(', ')}; heaviest page total ${loaderBytes + worst.bytes} B (bar: < 1024 B)`);
	// 2. /brief/ on first load with no brief, and the fingerprints its tools fetch when there is one.
	const site = readSite(dist);
	const page = [...site.pages.values()].find((p) => p.path.endsWith('/brief/'))!;
	const first = firstLoad(site, page).bytes;
	const fpBytes = br(readFileSync(join(dist, 'data/brief-fingerprints.json')));
	out.push(`/brief/ with no brief: ${kb(first)} first load (bar: ${kb(PAGE_BUDGET)}); with one, its tools fetch ${kb(fpBytes)} of fingerprints`);

	// 3-4. In a browser: a real 30-item brief from the build's own pages.
	const server = await serveCompressed(dist);
	const browser = await chromium.launch(launchOptions);
	try {
		const ctx = await browser.newContext({ acceptDownloads: true });
		const tab = await ctx.newPage();
		const items = [];
		for (const path of ['themes/trade-and-connectivity/', 'themes/security-interests/', 'scenarios/civil-war/', 'introduction/']) {
			await tab.goto(server.url + path);
			const found = await tab.locator('.sl-markdown-content [data-para]').evaluateAll(
				(els, [path, blocks]) =>
					els.map((el) => {
						const c = el.cloneNode(true) as HTMLElement;
						for (const x of c.querySelectorAll('.para-actions')) x.remove();
						for (const b of c.querySelectorAll(blocks)) b.append(' ');
						return { key: `/${path}#${el.id}`, text: c.textContent ?? '' };
					}),
				[path, BLOCKS] as const,
			);
			items.push(...found.map((f) => ({ ...makeItem(f.key, 'passage', f.text), note: 'A note of the reader’s own.' })));
		}
		const brief: Brief = { v: 2, title: 'Thirty items', style: 'chicago', items: items.slice(0, 30) };
		if (brief.items.length < 30) throw new Error(`bench: only ${brief.items.length} passages found`);
		const link = `${server.url}brief/#${await encodeBrief(brief)}`;
		const opens: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const p = await ctx.newPage();
			await p.goto(link);
			await p.locator('#brief-app[data-checked]').waitFor({ state: 'attached' });
			opens.push(await p.evaluate(() => performance.getEntriesByName('brief-shown')[0]!.startTime));
			await p.close();
		}
		out.push(`open a shared 30-item link (${link.length} characters): ${Math.round(median(opens))} ms to the checked brief on screen, median of ${RUNS} (${opens.map(Math.round).join(', ')}) (bar: < 500 ms)`);
		const p = await ctx.newPage();
		await p.goto(link);
		await p.locator('#brief-app[data-checked]').waitFor({ state: 'attached' });
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const t0 = Date.now();
			const [dl] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Word (.docx)' }).click()]);
			times.push(Date.now() - t0);
			await dl.path();
		}
		out.push(`export 30 items to .docx: first ${times[0]} ms (fetches the docx library), then median ${Math.round(median(times.slice(1)))} ms (${times.slice(1).join(', ')}) (bar: < 1000 ms)`);
	} finally {
		await browser.close();
		await server.close();
	}
	return out;
}

if (isMain(import.meta.url)) for (const line of await briefBench()) console.log(line);
