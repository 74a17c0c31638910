/** What the cite block and the metadata of a page are built from. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { absoluteUrl, shortPath } from './urls';
import { lastModified } from './last-modified';
import type { PageRange } from './report-pages';

export interface PageCitation {
	title: string;
	code?: string | undefined;
	/** The short permanent URL where the page has a code, else its canonical URL. */
	url: string;
	/** The page's canonical URL: the URL of its citation record. */
	canonical: string;
	/** Root-relative path of the page, without the base. */
	path: string;
	/** Report pages the page restates. */
	pages?: PageRange | undefined;
	/** When the page last changed (`YYYY-MM-DD`). */
	modified: string;
	/** BibTeX key of the page record: built from its path, so unique to the page. */
	key: string;
}

/** A BibTeX key from a page path: `/themes/security-interests/` -> `apties-themes-security-interests`. */
export function pageKey(path: string): string {
	const slug = path.split('/').filter(Boolean).join('-').replace(/[^a-z0-9-]/gi, '').toLowerCase();
	return `apties-${slug || 'home'}`;
}

/** The content behind pages without a source file of their own (indexes, explorer, data): all of it. */
const CONTENT_DIR = 'content';

export function pageCitation(route: StarlightRouteData, pathname: string, site: URL | undefined, base: string, today: string): PageCitation {
	const data = route.entry.data as { title: string; code?: string; pages?: PageRange; sourceFile?: string };
	const entry = route.entry as { filePath?: string };
	const origin = site ?? new URL('http://localhost/');
	const path = `/${pathname.slice(base.length).replace(/^\/+/, '')}`;
	const canonical = absoluteUrl(path, origin, base);
	const source = data.sourceFile ?? entry.filePath ?? CONTENT_DIR;
	return {
		title: data.title,
		code: data.code,
		url: data.code ? absoluteUrl(shortPath(data.code), origin, base) : canonical,
		canonical,
		path,
		pages: data.pages,
		modified: lastModified([source], today),
		key: pageKey(path),
	};
}
