/** `/data/citations-biblatex.bib`: the report and every page of the edition, as BibLaTeX. */
import type { APIRoute } from 'astro';
import { bibliographyBiblatex } from '../../lib/citation/bibliography';
import { bibliographyPages } from '../../lib/citation/bibliography-pages';
import { edition } from '../../lib/urls/site-config.mjs';

export const GET: APIRoute = async ({ site }) => {
	const pages = await bibliographyPages(site ?? new URL('http://localhost/'), import.meta.env.BASE_URL);
	return new Response(bibliographyBiblatex(pages, { edition }), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
