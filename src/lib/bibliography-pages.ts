/** The pages the downloadable bibliography lists: the pages of the site model marked for it (narrative pages, entries of the argument). */
import { loadSiteModel } from './content';
import { lastModified } from './last-modified';
import { absoluteUrl } from './urls';
import type { BibliographyPage } from './bibliography';

export async function bibliographyPages(site: URL, base: string, today: string): Promise<BibliographyPage[]> {
	return [...(await loadSiteModel()).values()].flatMap((p) =>
		p.citation && p.citation.inBibliography
			? [
					{
						path: p.path,
						title: p.title,
						url: absoluteUrl(p.path, site, base),
						modified: lastModified([p.citation.sourceFile], today),
						...(p.code ? { code: p.code } : {}),
						...(p.pages ? { pages: p.pages } : {}),
					},
				]
			: [],
	);
}
