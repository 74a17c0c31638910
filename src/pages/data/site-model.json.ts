/**
 * The site model (built at `/data/site-model.json`, then moved out of the published folder to
 * `<outDir>.model.json` by `integrations/host-files.ts`): the site model (every page's `PageModel`, see `lib/content/site-model.ts`) and
 * every content folder's entries as the build validated them (references as ids). The tests read
 * this file (`e2e/support/content.ts`) instead of parsing `content/` themselves.
 */
import type { APIRoute } from 'astro';
import { basename } from 'node:path';
import { contentFolders, loadSiteModel } from '../../lib/content/content';
import { flattenRefs } from '../../lib/content/data-export';

export const GET: APIRoute = async () => {
	const folders = await contentFolders();
	const collections = Object.fromEntries(
		Object.entries(folders).map(([name, entries]) => [
			name,
			entries.map((e) => ({
				id: e.id,
				file: e.filePath ? basename(e.filePath) : `${e.id}`,
				data: flattenRefs(e.data),
				body: (e as { body?: string }).body ?? '',
			})),
		]),
	);
	const body = JSON.stringify({ pages: [...(await loadSiteModel()).values()], collections });
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
