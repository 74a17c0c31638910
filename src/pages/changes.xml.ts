/** `/changes.xml`: the change log as an Atom feed. */
import type { APIRoute } from 'astro';
import { loadChanges } from '../lib/content/content';
import { changesFeed } from '../lib/record/changes-feed';
import { absoluteUrl } from '../lib/urls/urls';
import { edition } from '../lib/urls/site-config.mjs';

export const GET: APIRoute = async ({ site }) => {
	const origin = site ?? new URL('http://localhost/');
	const base = import.meta.env.BASE_URL;
	const changes = (await loadChanges()).map((c) => ({ id: c.id, ...c.data }));
	const xml = changesFeed(changes, {
		pageUrl: absoluteUrl('/changes/', origin, base),
		feedUrl: absoluteUrl('/changes.xml', origin, base),
		title: `${edition.siteName}: changes`,
		author: edition.author,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
