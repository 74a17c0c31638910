/** A PNG social image for every page, generated at build time from the page list. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { ogSvg } from '../../lib/og-image';
import { allPages } from '../../lib/page-list';

export const getStaticPaths: GetStaticPaths = async () =>
	(await allPages()).map((p) => ({
		params: { path: p.path.replace(/^\/+|\/+$/g, '') || 'index' },
		props: { ...p },
	}));

export const GET: APIRoute = async ({ props }) => {
	const png = await sharp(Buffer.from(ogSvg(props as { title: string; kind: string; code?: string }))).png({ compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
