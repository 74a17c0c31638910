/** `/robots.txt`: everything may be crawled; the sitemap (without redirect pages) lists the pages. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls/urls';

export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl('/sitemap-index.xml', site ?? new URL('http://localhost/'), import.meta.env.BASE_URL);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
