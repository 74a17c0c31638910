/** `getStaticPaths()` for the collection routes: every page the kinds table gives the collections. */
import { loadSite, type Site } from './content';
import { CODED_KINDS, INDEX_KINDS, PAGE_KINDS } from './kinds';
import { entryPath, shortPath } from '../urls/urls';

/** Entry pages, rendered by the generic `[kind]/[slug]` route. */
export async function entryPaths() {
	const site = await loadSite();
	return PAGE_KINDS.flatMap((kind) => (site[kind] as Site[typeof kind]).map((entry) => ({ params: { kind, slug: entry.id }, props: { entry } })));
}

/** Index pages of the kinds that have one (the recommendations' index is the explorer, a route of its own). */
export async function indexPaths() {
	return INDEX_KINDS.map((kind) => ({ params: { kind }, props: { kind } }));
}

/** Short permanent URLs (`/r/ap-07/`, `/t/t1/`...) and the canonical page each lands on. */
export function shortLinks(site: Site): Array<{ from: string; to: string }> {
	return CODED_KINDS.flatMap((kind) => site[kind].map((e) => ({ from: shortPath(e.data.code), to: entryPath(kind, e.id) })));
}
/** Paths for one short-URL prefix (`r`, `t`, `s`, `f`): each route folder publishes its own. */
export async function shortPaths(prefix: 'r' | 't' | 's' | 'f') {
	const site = await loadSite();
	// Codes are case-insensitive: the code as the site prints it (`/r/AP-07/`) lands on the same page.
	return shortLinks(site)
		.filter(({ from }) => from.startsWith(`/${prefix}/`))
		.flatMap(({ from, to }) => {
			const code = from.split('/')[2]!;
			return [...new Set([code, code.toUpperCase()])].map((c) => ({ params: { code: c }, props: { to } }));
		});
}
