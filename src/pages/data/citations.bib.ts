/** `/data/citations.bib`: the report and every page of the edition, as BibTeX. */
import type { APIRoute } from 'astro';
import { bibliographyBibtex } from '../../lib/bibliography';
import { bibliographyPages } from '../../lib/bibliography-pages';
import { edition } from '../../lib/site-config.mjs';

export const GET: APIRoute = async ({ site }) => {
	const generated = new Date().toISOString().slice(0, 10);
	const pages = await bibliographyPages(site ?? new URL('http://localhost/'), import.meta.env.BASE_URL, generated);
	return new Response(bibliographyBibtex(pages, { edition, generated }), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
