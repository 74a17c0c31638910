/** `/data/citations.ris`: the report and every page of the edition, as RIS. */
import type { APIRoute } from 'astro';
import { bibliographyRis } from '../../lib/citation/bibliography';
import { bibliographyPages } from '../../lib/citation/bibliography-pages';
import { edition } from '../../lib/urls/site-config.mjs';

export const GET: APIRoute = async ({ site }) => {
	const pages = await bibliographyPages(site ?? new URL('http://localhost/'), import.meta.env.BASE_URL);
	return new Response(bibliographyRis(pages, { edition }), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
