/**
 * Reads YAML entries straight from content/ for the Markdown plugins, which run before Astro's
 * content layer is available to them. The collections stay the one source: these are the same files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';

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
