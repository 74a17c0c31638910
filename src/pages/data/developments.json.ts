/** `/data/developments.json`: the edition's record of developments since the report (marked as the edition's). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content/content';
import type { EntryLike } from '../../lib/content/relations';
import { developmentRecords } from '../../lib/record/since-export';
import { siteRecordDates } from '../../lib/record/since-site';

export const GET: APIRoute = async ({ site }) => {
	const all = await loadSite();
	const records = developmentRecords(all.relations, all.developments as unknown as EntryLike[], site ?? new URL('http://localhost/'), import.meta.env.BASE_URL, siteRecordDates(all));
	return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
