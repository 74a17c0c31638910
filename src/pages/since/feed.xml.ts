/** `/since/feed.xml`: the whole record since publication as an Atom feed (see `lib/record/record-feeds.ts`). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content/content';
import type { EntryLike } from '../../lib/content/relations';
import { recordFeed } from '../../lib/record/record-feeds';
import { edition } from '../../lib/urls/site-config.mjs';

export const GET: APIRoute = async ({ site }) => {
	const all = await loadSite();
	const xml = recordFeed(
		all.relations,
		all.developments as unknown as EntryLike[],
		all.recommendations as unknown as EntryLike[],
		all.reviews as unknown as EntryLike[],
		{ site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL, author: edition.author },
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
