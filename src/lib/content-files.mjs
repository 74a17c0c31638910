// Reads YAML entries straight from content/ for the Markdown plugins, which run before Astro's
// content layer is available to them. The collections stay the one source: these are the same files.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';

const root = join(process.cwd(), 'content');

/** @returns {Map<string, any>} id -> parsed YAML of every entry in content/<dir>/ */
export function readYamlEntries(dir) {
	const folder = join(root, dir);
	if (!existsSync(folder)) return new Map();
	return new Map(
		readdirSync(folder)
			.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
			.map((f) => [basename(f, extname(f)), parse(readFileSync(join(folder, f), 'utf8'))]),
	);
}

/** True for files under content/, the only ones the site's own plugins transform. */
export function isContentFile(path) {
	return typeof path === 'string' && path.startsWith(root);
}
