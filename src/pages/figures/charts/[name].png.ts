/** Each chart as a PNG, rasterised at build time from the same SVG as its download (twice its size, for print). */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { chartFiles } from '../../../lib/charts/chart-files';

export const getStaticPaths: GetStaticPaths = async () =>
	(await chartFiles(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined, import.meta.env.BASE_URL)).map((f) => ({
		params: { name: f.name },
		props: { svg: f.svg },
	}));

export const GET: APIRoute = async ({ props }) => {
	const png = await sharp(Buffer.from((props as { svg: string }).svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
