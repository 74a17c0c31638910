/** `getStaticPaths()` for the collection routes: every page the collections publish. */
import { loadSite, type Site } from './content';
import { shortPath, entryPath, type EntryKind } from './urls';

/** Kinds rendered by the generic `[kind]/[slug]` route (the recommendations index is the explorer). */
const ENTRY_PAGE_KINDS = ['themes', 'scenarios', 'factors', 'recommendations', 'actors'] as const satisfies readonly EntryKind[];
const INDEX_PAGE_KINDS = ['themes', 'scenarios', 'factors', 'actors'] as const satisfies readonly EntryKind[];

export async function entryPaths() {
	const site = await loadSite();
	return ENTRY_PAGE_KINDS.flatMap((kind) =>
		(site[kind] as Site[typeof kind]).map((entry) => ({ params: { kind, slug: entry.id }, props: { entry } })),
	);
}

export async function indexPaths() {
	return INDEX_PAGE_KINDS.map((kind) => ({ params: { kind }, props: { kind } }));
}

/** Short permanent URLs (`/r/ap-07/`, `/t/t1/`...) and the canonical page each lands on. */
export function shortLinks(site: Site): Array<{ from: string; to: string }> {
	const coded = [
		...site.themes.map((e) => ({ code: e.data.code, to: entryPath('themes', e.id) })),
		...site.scenarios.map((e) => ({ code: e.data.code, to: entryPath('scenarios', e.id) })),
		...site.factors.map((e) => ({ code: e.data.code, to: entryPath('factors', e.id) })),
		...site.recommendations.map((e) => ({ code: e.data.code, to: entryPath('recommendations', e.id) })),
	];
	return coded.map(({ code, to }) => ({ from: shortPath(code), to }));
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
