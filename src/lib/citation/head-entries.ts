/**
 * Adjusts the head Starlight builds for a page so it describes that page: OpenGraph type `website`
 * on the home page (Starlight says `article` everywhere), no canonical URL or `og:url` on the 404
 * page, which is served at whatever address was not found, and `og:site_name` the site's one name
 * (`edition.siteName`, as the citation records and JSON-LD give it; Zotero reads it as the website);
 * and the Atom feeds a page concerns (`feedLinks`), advertised as alternate links.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { withBase } from '../urls/base-path';

type HeadEntry = StarlightRouteData['head'][number];

export function adjustHead(head: HeadEntry[], { isHome, isNotFound, siteName }: { isHome: boolean; isNotFound: boolean; siteName: string }): HeadEntry[] {
	const set = (e: HeadEntry, content: string): HeadEntry => ({ ...e, attrs: { ...e.attrs, content } });
	return head
		.filter((e) => !(isNotFound && ((e.tag === 'link' && e.attrs?.rel === 'canonical') || (e.tag === 'meta' && e.attrs?.property === 'og:url'))))
		.map((e) => (isHome && e.tag === 'meta' && e.attrs?.property === 'og:type' ? set(e, 'website') : e))
		.map((e) => (e.tag === 'meta' && e.attrs?.property === 'og:site_name' ? set(e, siteName) : e));
}

/** `<link rel="alternate" type="application/atom+xml">` for each feed a page concerns (root-relative hrefs). */
export function feedLinks(feeds: Array<{ href: string; title: string }>, base: string): HeadEntry[] {
	return feeds.map((f) => ({ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', href: withBase(f.href, base), title: f.title }, content: '' }));
}
