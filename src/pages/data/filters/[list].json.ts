/** `/data/filters/<list>.json`: the filter index of the explorer or the /since/ timeline (see `lib/search/filter-index.ts`). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/content/content';
import { FILTER_LISTS, filterIndex, type FilterList } from '../../../lib/search/filter-index';

export const getStaticPaths = () => FILTER_LISTS.map((list) => ({ params: { list } }));

export const GET: APIRoute = async ({ params }) => {
	const body = JSON.stringify(filterIndex(await loadSite(), params.list as FilterList));
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
