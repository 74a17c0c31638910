/** The pages the downloadable bibliography lists: every page of the site model that has a citation record (all but the 404 page). */
import { loadSiteModel } from '../content/content';
import { pageCitation } from './page-citation';
import type { BibliographyPage } from './bibliography';

export async function bibliographyPages(site: URL, base: string): Promise<BibliographyPage[]> {
	return [...(await loadSiteModel()).values()].flatMap((p) => {
		if (!p.citation) return [];
		const c = pageCitation(p, site, base);
		return [{ path: c.path, title: c.title, url: c.canonical, modified: c.modified, code: c.code, pages: c.pages, restatesReport: c.restatesReport }];
	});
}
