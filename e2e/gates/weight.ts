/**
 * Gate: what a page costs on first load, before the reader opens search or touches a filter. For
 * every page of the built site: its HTML, the module scripts it starts and all they import
 * statically, its stylesheets (print too: browsers fetch them) and the favicon, each compressed with
 * brotli as a static host serves them. Each page must stay within `PAGE_BUDGET`, the product's
 * bar of 30 KB; the pages allowed over it are listed in `OVER_BUDGET` with the reason, and an
 * exception no longer needed is reported too, so the list cannot outlive its reason. What is
 * fetched on intent (Pagefind, the filter indexes, the citation formatter) is not counted: it is
 * not part of the first load. `npm run bench` measures the same per page kind in a browser.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withoutBase } from '../../src/lib/urls/base-path.ts';
import { runGateIfMain, redirectTarget, root, type GateResult, type Page, type Site } from './dist.ts';

/** 30 KB: the most a page may weigh on first load, compressed. */
export const PAGE_BUDGET = 30 * 1024;

/**
 * Pages allowed over the budget (paths without the base), each with the reason. None: the 2026-12-07
 * merge took twenty pages to 30.0-34.9 KB, and the cuts that followed (a recommendation's evidence and
 * every panel's developments as rows, the filters' and the citations' code fetched on intent, the
 * outlets list on /since/review/) brought every page back under. An entry here must say why and for how long.
 */
export const OVER_BUDGET: Readonly<Record<string, string>> = {};

const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A module's static imports (`import … from "./x.js"`, `import "./x.js"`), as paths beside it. */
const staticImports = (code: string) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)].map((m) => m[1]!);

export interface FirstLoad {
	/** Compressed bytes, all files together. */
	bytes: number;
	/** Each file's URL path and its compressed size. */
	files: Array<{ path: string; bytes: number }>;
}

/** What loading `page` fetches before any intent: HTML, module scripts and their static imports, stylesheets, favicon. */
export function firstLoad(site: Site, page: Page, sizeOf: (file: string) => number = (f) => brotli(readFileSync(f))): FirstLoad {
	const files: FirstLoad['files'] = [{ path: page.path, bytes: brotli(Buffer.from(page.html)) }];
	const seen = new Set<string>();
	const fileOf = (path: string) => join(site.dist, withoutBase(path, site.base));
	const add = (path: string, followImports: boolean) => {
		if (seen.has(path)) return;
		seen.add(path);
		const file = fileOf(path);
		if (!existsSync(file)) throw new Error(`${relative(root, page.file)} (${page.path}): "${path}" is not in the build`);
		files.push({ path, bytes: sizeOf(file) });
		if (followImports) for (const rel of staticImports(readFileSync(file, 'utf8'))) add(new URL(rel, `http://site${path}`).pathname, true);
	};
	for (const s of page.doc.querySelectorAll('script[type="module"][src]')) add(s.getAttribute('src')!, true);
	for (const l of page.doc.querySelectorAll('link[rel="modulepreload"][href]')) add(l.getAttribute('href')!, true);
	for (const l of page.doc.querySelectorAll('link[rel="stylesheet"][href]')) add(l.getAttribute('href')!, false);
	const icon = page.doc.querySelectorAll('link[rel~="icon"][href]')[0]?.getAttribute('href');
	if (icon && !/^(data:|https?:)/.test(icon)) add(icon, false);
	return { bytes: files.reduce((n, f) => n + f.bytes, 0), files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function checkWeight(site: Site, budget = PAGE_BUDGET, over: Readonly<Record<string, string>> = OVER_BUDGET): GateResult {
	const problems: string[] = [];
	const weights: Array<{ path: string; bytes: number }> = [];
	for (const page of site.pages.values()) {
		if (redirectTarget(page)) continue;
		const { bytes, files } = firstLoad(site, page);
		const path = withoutBase(page.path, site.base);
		weights.push({ path, bytes });
		const allowed = path in over;
		if (bytes > budget && !allowed) {
			const biggest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((f) => `${f.path} ${kb(f.bytes)}`).join(', ');
			problems.push(`${relative(root, page.file)} (${page.path}): ${kb(bytes)} on first load, over the ${kb(budget)} budget (largest: ${biggest})`);
		}
		if (bytes <= budget && allowed) problems.push(`${page.path} is listed in OVER_BUDGET but weighs ${kb(bytes)}, within the budget: remove the exception`);
	}
	for (const path of Object.keys(over)) if (!weights.some((w) => w.path === path)) problems.push(`OVER_BUDGET lists ${path}, which the build does not have`);
	weights.sort((a, b) => b.bytes - a.bytes);
	const heaviest = weights.filter((w) => !(w.path in over))[0];
	const excepted = weights.filter((w) => w.path in over).map((w) => `${w.path} ${kb(w.bytes)}`);
	return {
		problems,
		summary: problems.length
			? `weight: ${problems.length} problem(s) in ${weights.length} pages`
			: `weight: ${weights.length - excepted.length} of ${weights.length} pages within ${kb(budget)} on first load (heaviest ${heaviest ? `${heaviest.path} ${kb(heaviest.bytes)}` : 'none'}); allowed over: ${excepted.join(', ') || 'none'}`,
	};
}

await runGateIfMain(import.meta.url, checkWeight);
