import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { addEraHeadings } from './lib/content/history-toc';
import { loadSite, pageModel } from './lib/content/content';
import { readingOrder, neighbours, kindOrder } from './lib/content/reading-order';
import { KINDS, PAGE_KINDS } from './lib/content/kinds';
import type { EntryLike } from './lib/content/relations';
import { buildSidebar, makeSidebarLink } from './lib/content/sidebar';
import { withBase } from './lib/urls/urls';
import { adjustHead, feedLinks } from './lib/citation/head-entries';
import { feedsFor } from './lib/record/record-feeds';
import { NOT_FOUND_PATH } from './lib/content/site-model';
import { edition } from './lib/urls/site-config.mjs';

/**
 * Puts the page's model (`lib/content/site-model.ts`) on `locals.pageModel` for the overrides to read;
 * replaces Starlight's sidebar and prev/next links with ones derived from the collections (a
 * development's page: the previous and next development, by the kinds table's `walk`), and
 * puts the base path on hero links; the home page is a website to OpenGraph, and the 404 page,
 * which has no address of its own, has no canonical URL; pages advertise the record's feeds they concern.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const site = await loadSite();
	const groups = readingOrder(site);
	const base = import.meta.env.BASE_URL;
	const current = `/${context.url.pathname.slice(base.length).replace(/^\/+/, '')}`.replace(/\/?$/, '/');
	// Every page Starlight renders has a model: a page missing from it fails the build here, naming its path.
	context.locals.pageModel = await pageModel(current);
	route.sidebar = buildSidebar(groups, current, base);
	// The history page's eras are drawn by a component: give them their entries in "On this page".
	addEraHeadings(route, current, site.eras);
	// Prev/next: the report's reading order; the pages of a kind that walks its own entries (a
	// development's page walks the edition's timeline) follow that kind's order instead.
	const ownOrders = PAGE_KINDS.filter((k) => 'walk' in KINDS[k].pages).map((k) => kindOrder(k, site[k] as unknown as EntryLike[]));
	const { prev, next } = [groups, ...ownOrders].map((order) => neighbours(order, current)).find((n) => n.prev || n.next) ?? {};
	// Hero action links are written root-relative like every content link; give them the base path.
	for (const action of route.entry.data.hero?.actions ?? []) action.link = withBase(action.link, base);
	route.head = adjustHead(route.head, { isHome: current === '/', isNotFound: current === NOT_FOUND_PATH, siteName: edition.siteName });
	// The record's feeds: a recommendation's own on its page, the whole record's on the edition's pages.
	const page = context.locals.pageModel;
	const rec = page.entry?.collection === 'recommendations' ? page.entry : undefined;
	route.head.push(...feedLinks(feedsFor(current, rec, page.code), base));
	route.pagination = {
		prev: prev && makeSidebarLink(prev, current, base),
		next: next && makeSidebarLink(next, current, base),
	};
});
