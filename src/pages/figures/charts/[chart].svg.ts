/** `/figures/charts/<chart>.svg`: a chart to download, with its title, source and address drawn in. */
import type { APIRoute } from 'astro';
import { chartImages } from '../../../lib/chart-downloads';

export const getStaticPaths = async () =>
	(await chartImages(new URL(import.meta.env.SITE ?? 'http://localhost/'), import.meta.env.BASE_URL)).map(({ chart, svg }) => ({
		params: { chart: chart.id },
		props: { svg },
	}));

export const GET: APIRoute = ({ props }) => new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
