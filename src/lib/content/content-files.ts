/**
 * What the Markdown plugins, which run before Astro's content layer is available to them, know of a
 * content file: its entry (folder and id) and the page it is rendered on, from the kinds table; and,
 * for the glossary marks, YAML entries read straight from content/ (the collections stay the one
 * source: these are the same files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { kindOf } from './kinds';
import { docsPath, entryPath } from '../urls/urls';

/** The content folder of the site being built. */
export const contentRoot = join(process.cwd(), 'content');

/** id -> parsed YAML of every entry in `<root>/<dir>/` (files starting with `_` left out). */
export function readYamlEntries<T = Record<string, unknown>>(dir: string, root = contentRoot): Map<string, T> {
	const folder = join(root, dir);
	if (!existsSync(folder)) return new Map();
	return new Map(
		readdirSync(folder)
			.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
			.map((f) => [basename(f, extname(f)), parse(readFileSync(join(folder, f), 'utf8')) as T]),
	);
}

/** True for files under content/, the only ones the site's own plugins transform. */
export function isContentFile(path: unknown, root = contentRoot): path is string {
	return typeof path === 'string' && path.startsWith(root);
}

/** The folder and id of a Markdown entry of `content/` (`content/<folder>/<id>.md(x)`); Starlight's pages are the folder `pages`. */
export function contentEntryOf(path: string): { folder: string; id: string } | undefined {
	const m = /\/content\/([a-z-]+)\/([^/]+)\.mdx?$/.exec(path.split('\\').join('/'));
	return m ? { folder: m[1]!, id: m[2]! } : undefined;
}

/**
 * The page a Markdown entry is rendered on, by the kinds table: its own page, or the page its kind's
 * entries are anchors on (eras: the history page); Starlight's pages at their own address.
 */
export function pageOfContentFile(path: string): string | undefined {
	const entry = contentEntryOf(path);
	if (!entry) return undefined;
	if (entry.folder === 'pages') return docsPath(entry.id);
	const kind = kindOf(entry.folder);
	if (kind?.anchors) return kind.anchors.page;
	return kind?.pages ? entryPath(entry.folder as Parameters<typeof entryPath>[0], entry.id) : undefined;
}

/** The prefix of a file's paragraph anchors: entries shown as anchors on a shared page carry their id (`p-soviet-war-...`). */
export function anchorPrefixOf(path: string): string {
	const entry = contentEntryOf(path);
	return entry && kindOf(entry.folder)?.anchors ? `p-${entry.id}-` : 'p-';
}
