import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadSite } from './lib/content';
import { readingOrder, neighbours } from './lib/reading-order';
import { buildSidebar, makeSidebarLink } from './lib/sidebar';
import { anchorId, SINGLE_PAGES, withBase } from './lib/urls';
import { adjustHead } from './lib/head-entries';

/**
 * Replaces Starlight's sidebar and prev/next links with ones derived from the collections, and
 * puts the base path on hero links; the home page is a website to OpenGraph, and the 404 page,
 * which has no address of its own, has no canonical URL.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const site = await loadSite();
	const groups = readingOrder(site);
	const base = import.meta.env.BASE_URL;
	const current = `/${context.url.pathname.slice(base.length).replace(/^\/+/, '')}`.replace(/\/?$/, '/');
	route.sidebar = buildSidebar(groups, current, base);
	const { prev, next } = neighbours(groups, current);
	// Hero action links are written root-relative like every content link; give them the base path.
	for (const action of route.entry.data.hero?.actions ?? []) action.link = withBase(action.link, base);
	// The history page's eras are rendered by its Timeline component, not its Markdown: list them in "On this page".
	if (current === SINGLE_PAGES.eras && route.toc) {
		const eras = site.eras.map((e) => ({ depth: 2, slug: anchorId('eras', e.id), text: e.data.title, children: [] }));
		const [overview, ...rest] = route.toc.items;
		route.toc = { ...route.toc, items: overview ? [overview, ...eras, ...rest] : eras };
	}
	route.head = adjustHead(route.head, { isHome: current === '/', isNotFound: route.entry.id === '404' });
	route.pagination = {
		prev: prev && makeSidebarLink(prev, current, base),
		next: next && makeSidebarLink(next, current, base),
	};
});
