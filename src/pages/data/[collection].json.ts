/** `/data/<collection>.json`: every entry of a collection, references as ids, with its permanent URL. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content/content';
import { DATA_COLLECTIONS, toJsonRecords, type DataCollection } from '../../lib/content/data-export';
import { editionStatus } from '../../lib/record/since-export';
import { siteRecordDates } from '../../lib/record/since-site';

export const getStaticPaths = () => DATA_COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params, site }) => {
	const all = await loadSite();
	const entries = all[params.collection as DataCollection];
	let records: object[] = toJsonRecords(entries, site ?? new URL('http://localhost/'), import.meta.env.BASE_URL, all.scenarios);
	// Recommendations carry the edition's status since publication, marked as the edition's.
	if (params.collection === 'recommendations') records = records.map((r, i) => ({ ...r, edition: editionStatus(all.relations, entries[i]!, siteRecordDates(all)) }));
	const body = JSON.stringify(records, null, 2);
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
