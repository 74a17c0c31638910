/** The pages the downloadable bibliography lists: every narrative page and every entry of the argument. */
import { getCollection } from 'astro:content';
import { loadSite } from './content';
import { lastModified } from './last-modified';
import { absoluteUrl, docsPath, entryPath } from './urls';
import type { BibliographyPage } from './bibliography';

export async function bibliographyPages(site: URL, base: string, today: string): Promise<BibliographyPage[]> {
	const all = await loadSite();
	const docs = await getCollection('docs');
	const page = (path: string, title: string, file: string | undefined, rest: Partial<BibliographyPage>): BibliographyPage => ({
		path,
		title,
		url: absoluteUrl(path, site, base),
		modified: lastModified([file ?? 'content'], today),
		...rest,
	});
	return [
		...docs.filter((d) => d.id !== '404').map((d) => page(docsPath(d.id), d.data.title, d.filePath, { pages: d.data.pages })),
		...(['themes', 'scenarios', 'factors', 'recommendations'] as const).flatMap((kind) =>
			all[kind].map((e) => page(entryPath(kind, e.id), e.data.title, e.filePath, { code: e.data.code, pages: e.data.pages })),
		),
	];
}
