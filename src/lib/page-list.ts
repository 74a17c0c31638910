/** Every page of the site with its title and kind: for social images and the data index. */
import { getCollection } from 'astro:content';
import { loadSite } from './content';
import { flatten, readingOrder } from './reading-order';
import { docsPath, entryPath } from './urls';
import { KIND_LABELS } from './page-meta';
import { EDITION_KIND } from './status-vocabulary';

export interface ListedPage {
	path: string;
	title: string;
	kind: string;
	code?: string | undefined;
}

export async function allPages(): Promise<ListedPage[]> {
	const site = await loadSite();
	const docs = await getCollection('docs');
	const pages = new Map<string, ListedPage>();
	for (const d of docs) {
		const path = docsPath(d.id);
		pages.set(path, { path, title: d.data.title, kind: 'Report page' });
	}
	for (const it of flatten(readingOrder(site))) {
		if (!pages.has(it.href)) pages.set(it.href, { path: it.href, title: it.label, kind: it.code ? 'Report entry' : 'Report page', code: it.code });
	}
	for (const kind of ['themes', 'scenarios', 'factors', 'recommendations'] as const) {
		for (const e of site[kind]) {
			const path = entryPath(kind, e.id);
			pages.set(path, { path, title: e.data.title, kind: KIND_LABELS[kind]!, code: e.data.code });
		}
	}
	for (const a of site.actors) pages.set(entryPath('actors', a.id), { path: entryPath('actors', a.id), title: a.data.name, kind: KIND_LABELS.actors! });
	// The edition's own pages (not the report's).
	pages.set('/since/', { path: '/since/', title: 'Since publication: what happened after the report', kind: EDITION_KIND });
	pages.set('/changes/', { path: '/changes/', title: 'Changes to this edition', kind: 'About this edition' });
	pages.set('/404/', { path: '/404/', title: 'Page not found', kind: 'Report page' });
	return [...pages.values()];
}
