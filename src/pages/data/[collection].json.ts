/** `/data/<collection>.json`: every entry of a collection, references as ids, with its permanent URL. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { DATA_COLLECTIONS, toJsonRecords, type DataCollection } from '../../lib/data-export';

export const getStaticPaths = () => DATA_COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params, site }) => {
	const all = await loadSite();
	const entries = all[params.collection as DataCollection];
	const body = JSON.stringify(toJsonRecords(entries, site ?? new URL('http://localhost/'), import.meta.env.BASE_URL, all.scenarios), null, 2);
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
