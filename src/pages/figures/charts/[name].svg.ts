/** Each chart as a standalone SVG with its title, source and address drawn in (see lib/charts/chart-svg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFiles } from '../../../lib/charts/chart-files';

export const getStaticPaths: GetStaticPaths = async () =>
	(await chartFiles(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined, import.meta.env.BASE_URL)).map((f) => ({
		params: { name: f.name },
		props: { svg: f.svg },
	}));

export const GET: APIRoute = ({ props }) =>
	new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
