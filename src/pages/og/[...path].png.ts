/** A PNG social image for every page of the site model, generated at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { ogSvg } from '../../lib/charts/og-image';
import { loadSiteModel } from '../../lib/content/content';

export const getStaticPaths: GetStaticPaths = async () =>
	[...(await loadSiteModel()).values()].map((p) => ({
		// `/og/themes/x.png` for `/themes/x/`: the page model's `socialImage`.
		params: { path: p.socialImage.replace(/^\/og\/|\.png$/g, '') },
		props: { title: p.title, kind: p.kind, code: p.code },
	}));

export const GET: APIRoute = async ({ props }) => {
	const png = await sharp(Buffer.from(ogSvg(props as { title: string; kind: string; code?: string }))).png({ compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
