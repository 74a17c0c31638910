import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadSite } from './lib/content';
import { readingOrder, neighbours } from './lib/reading-order';
import { buildSidebar, makeSidebarLink } from './lib/sidebar';

/** Replaces Starlight's sidebar and prev/next links with ones derived from the collections. */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const site = await loadSite();
	const groups = readingOrder(site);
	const base = import.meta.env.BASE_URL;
	const current = `/${context.url.pathname.slice(base.length).replace(/^\/+/, '')}`.replace(/\/?$/, '/');
	route.sidebar = buildSidebar(groups, current, base);
	const { prev, next } = neighbours(groups, current);
	route.pagination = {
		prev: prev && makeSidebarLink(prev, current, base),
		next: next && makeSidebarLink(next, current, base),
	};
});
