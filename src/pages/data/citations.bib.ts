/** `/data/citations.bib`: the report and every page of the edition, as classic BibTeX. */
import type { APIRoute } from 'astro';
import { bibliographyBibtex } from '../../lib/citation/bibliography';
import { bibliographyPages } from '../../lib/citation/bibliography-pages';
import { edition } from '../../lib/urls/site-config.mjs';

export const GET: APIRoute = async ({ site }) => {
	const pages = await bibliographyPages(site ?? new URL('http://localhost/'), import.meta.env.BASE_URL);
	return new Response(bibliographyBibtex(pages, { edition }), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
