/** `/data/recommendations.csv`: one row per recommendation, with its outlook under every condition. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content/content';
import { recommendationsCsv } from '../../lib/content/data-export';
import { editionStatus } from '../../lib/record/since-export';
import { siteRecordDates } from '../../lib/record/since-site';

export const GET: APIRoute = async ({ site }) => {
	const all = await loadSite();
	const csv = recommendationsCsv(all.recommendations, all.scenarios, site ?? new URL('http://localhost/'), import.meta.env.BASE_URL, (r) =>
		editionStatus(all.relations, r, siteRecordDates(all)),
	);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
