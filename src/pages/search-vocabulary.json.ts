/** `/search-vocabulary.json`: the site's words, codes and nearest subjects, fetched when search is first used. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadSite } from '../lib/content/content';
import { searchContext } from '../lib/search/search-context';

export const GET: APIRoute = async () => {
	const body = JSON.stringify(searchContext(await loadSite(), await getCollection('docs'), await getCollection('changes')));
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
