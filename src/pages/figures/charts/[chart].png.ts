/** `/figures/charts/<chart>.png`: the same chart image as the SVG, rendered at twice its size. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { chartImages } from '../../../lib/chart-downloads';

export const getStaticPaths = async () =>
	(await chartImages(new URL(import.meta.env.SITE ?? 'http://localhost/'), import.meta.env.BASE_URL)).map(({ chart, svg }) => ({
		params: { chart: chart.id },
		props: { svg },
	}));

export const GET: APIRoute = async ({ props }) => {
	const png = await sharp(Buffer.from((props as { svg: string }).svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
