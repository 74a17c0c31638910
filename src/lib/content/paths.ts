/** `getStaticPaths()` for the collection routes: every page the kinds table gives the collections. */
import { loadSite, type Site } from './content';
import { CODED_KINDS, INDEX_KINDS, KINDS, PAGE_KINDS } from './kinds';
import { entryPath, shortPath } from '../urls/urls';

/** Entry pages of every kind with pages, rendered by the one generic `[folder]/[slug]` route. */
export async function entryPaths() {
	const site = await loadSite();
	return PAGE_KINDS.flatMap((kind) =>
		(site[kind] as Site[typeof kind]).map((entry) => ({ params: { folder: KINDS[kind].pages.folder, slug: entry.id }, props: { kind, entry } })),
	);
}

/** Index pages of the kinds that have one (the recommendations' index is the explorer, a route of its own). */
export async function indexPaths() {
	return INDEX_KINDS.map((kind) => ({ params: { folder: KINDS[kind].pages.folder }, props: { kind } }));
}

/** Short permanent URLs (`/r/ap-07/`, `/t/t1/`...) and the canonical page each lands on. */
export function shortLinks(site: Site): Array<{ from: string; to: string }> {
	return CODED_KINDS.flatMap((kind) => site[kind].map((e) => ({ from: shortPath(e.data.code), to: entryPath(kind, e.id) })));
}
/**
 * Every short URL (`/r/ap-07/`, `/t/t1/`...) for the one short-link route `src/pages/[prefix]/[code].astro`:
 * the prefixes are the kinds table's, so a new coded kind needs no route of its own. Codes are
 * case-insensitive: the code as the site prints it (`/r/AP-07/`) lands on the same page.
 */
export async function shortPaths() {
	const site = await loadSite();
	return shortLinks(site).flatMap(({ from, to }) => {
		const [, prefix, code] = from.split('/') as [string, string, string];
		return [...new Set([code, code.toUpperCase()])].map((c) => ({ params: { prefix, code: c }, props: { to } }));
	});
}
