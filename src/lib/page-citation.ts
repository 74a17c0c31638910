/** What the cite block and the citation meta tags of a page are built from. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { absoluteUrl, shortPath } from './urls';

export interface PageCitation {
	title: string;
	code?: string | undefined;
	/** The permanent URL to cite: the short code URL where the page has a code, else the page's own. */
	url: string;
	/** The page's canonical URL. */
	canonical: string;
	reportPage?: number | undefined;
}

export function pageCitation(route: StarlightRouteData, pathname: string, site: URL | undefined, base: string): PageCitation {
	const data = route.entry.data as { title: string; code?: string; reportPage?: number };
	const origin = site ?? new URL('http://localhost/');
	const path = `/${pathname.slice(base.length).replace(/^\/+/, '')}`;
	const canonical = absoluteUrl(path, origin, base);
	return {
		title: data.title,
		code: data.code,
		url: data.code ? absoluteUrl(shortPath(data.code), origin, base) : canonical,
		canonical,
		reportPage: data.reportPage,
	};
}
