/**
 * The site's base path (`/` or `/sub/path/`): the one place it is normalised, put on and taken off
 * links. No imports, so plain Node (the gates, the tests' server, the benchmark) can load it too.
 */

/**
 * A base path as the site uses it everywhere: one leading and one trailing slash (`/`, `/sub/path/`),
 * however it was written (`sub/path`, `/sub/path`, `''`). The one place a base path is normalised.
 */
export function normaliseBase(base = '/'): string {
	const inner = base.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/**
 * Prefixes a root-relative path with the base path (`/` or `/sub/path/`); anything else (an
 * absolute URL, a relative path, a `#fragment`) is returned as it is. Every base-path link is built here.
 */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/')) return path;
	return `${normaliseBase(base).slice(0, -1)}${path}`;
}

/** The root-relative path of a URL path under the base path: `/sub/themes/x/` -> `/themes/x/` (others as they are). */
export function withoutBase(path: string, base: string): string {
	const prefix = normaliseBase(base);
	return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : path;
}
