/** Reading a built site (`dist/`): its HTML files, as parsed documents, by URL path. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normaliseBase } from '../../src/lib/urls/base-path.ts';

export const root = join(import.meta.dirname, '..', '..');
/** The build under test, as an absolute path: DIST_DIR (relative to the repository) or `dist/`. */
export const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
/** The base path the site was built with (BASE_PATH). */
export const base = normaliseBase(process.env.BASE_PATH);

export interface Page {
	/** URL path including the base, e.g. `/themes/x/`. */
	path: string;
	file: string;
	html: string;
	doc: HTMLElement;
}

/** A built site: where it is, the base path it was built for, and its pages by URL path. */
export interface Site {
	dist: string;
	base: string;
	pages: Map<string, Page>;
}

export function htmlFiles(dir = dist): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(full);
		return e.name.endsWith('.html') ? [full] : [];
	});
}

export function pathOf(file: string, from = dist, at = base): string {
	const rel = relative(from, file).split(sep).join('/');
	return `${at}${rel}`.replace(/index\.html$/, '');
}

/** Reads every HTML page of the site built in `dir` for the base path `at`. */
export function readSite(dir = dist, at = base): Site {
	const pages = new Map(
		htmlFiles(dir).map((file) => {
			const html = readFileSync(file, 'utf8');
			const path = pathOf(file, dir, at);
			return [path, { path, file, html, doc: parse(html) }] as const;
		}),
	);
	return { dist: dir, base: at, pages };
}

let cache: Map<string, Page> | undefined;
/** The pages of `dist/` (or DIST_DIR), read once. */
export function pages(): Map<string, Page> {
	cache ??= readSite().pages;
	return cache;
}

/** The target of a static redirect page (meta refresh), if the page is one. */
export function redirectTarget(page: Page): string | undefined {
	const meta = page.doc.querySelector('meta[http-equiv="refresh"]');
	const m = meta?.getAttribute('content')?.match(/url=(.+)$/i);
	return m?.[1];
}

/** True when the module `url` (its `import.meta.url`) is the script node was started with. */
export const isMain = (url: string) => process.argv[1] !== undefined && new URL(url).pathname === new URL(`file://${process.argv[1]}`).pathname;

/** A gate's outcome: the problems found (empty when it passes) and a one-line summary. */
export interface GateResult {
	problems: string[];
	summary: string;
}

/**
 * When the module `url` is the script node was started with, runs its gate over the built site and
 * prints the summary, or the summary and the first `shown` problems and exits non-zero.
 */
export async function runGateIfMain(url: string, check: (site: Site) => GateResult | Promise<GateResult>, shown = Infinity): Promise<void> {
	if (!isMain(url)) return;
	const { problems, summary } = await check(readSite());
	if (problems.length) {
		console.error(`${summary}\n${problems.slice(0, shown).join('\n')}`);
		process.exit(1);
	}
	console.log(summary);
}
