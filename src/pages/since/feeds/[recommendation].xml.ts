/** `/since/feeds/<id>.xml`: one recommendation's status and the developments that bear on it, as an Atom feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/content/content';
import type { EntryLike } from '../../../lib/content/relations';
import { recommendationFeed } from '../../../lib/record/record-feeds';
import { edition } from '../../../lib/urls/site-config.mjs';

export const getStaticPaths = (async () => (await loadSite()).recommendations.map((r) => ({ params: { recommendation: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const all = await loadSite();
	const rec = all.recommendations.find((r) => r.id === params.recommendation)! as unknown as EntryLike;
	const xml = recommendationFeed(all.relations, rec, all.reviews as unknown as EntryLike[], { site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL, author: edition.author });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
