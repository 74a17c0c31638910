/** Reading the built site in `dist/`: its HTML files, as parsed documents, by URL path. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const root = join(import.meta.dirname, '..', '..');
export const dist = process.env.DIST_DIR ?? join(root, 'dist');
/** The base path the site was built with (BASE_PATH), with leading and trailing slashes. */
export const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export interface Page {
	/** URL path including the base, e.g. `/themes/x/`. */
	path: string;
	file: string;
	html: string;
	doc: HTMLElement;
}

export function htmlFiles(dir = dist): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(full);
		return e.name.endsWith('.html') ? [full] : [];
	});
}

export function pathOf(file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	return `${base}${rel}`.replace(/index\.html$/, '');
}

let cache: Map<string, Page> | undefined;
export function pages(): Map<string, Page> {
	cache ??= new Map(
		htmlFiles().map((file) => {
			const html = readFileSync(file, 'utf8');
			return [pathOf(file), { path: pathOf(file), file, html, doc: parse(html) }];
		}),
	);
	return cache;
}

/** The target of a static redirect page (meta refresh), if the page is one. */
export function redirectTarget(page: Page): string | undefined {
	const meta = page.doc.querySelector('meta[http-equiv="refresh"]');
	const m = meta?.getAttribute('content')?.match(/url=(.+)$/i);
	return m?.[1];
}
