// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { siteUrlCheck } from './src/integrations/site-url-warning.ts';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site, base, PLACEHOLDER_SITE } from './src/lib/site-config.mjs';
import { remarkFigureIds } from './src/plugins/remark-figure-ids.mjs';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.mjs';
import { rehypeGlossary } from './src/plugins/rehype-glossary.mjs';
import { redirects } from './src/lib/redirects.mjs';
import { urlContract } from './src/integrations/url-contract.ts';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	redirects,
	vite: {
		build: {
			rollupOptions: {
				// Astro's MDX modules start with a "use astro:head-inject" directive that the bundler
				// reports once per file; it is Astro's own marker and harmless, so it is not logged.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// The unified processor, because the site runs remark/rehype plugins of its own;
		// remark-gfm gives tables, footnotes and autolinks (the built-in gfm flag is off so it runs once).
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, remarkFigureIds],
			rehypePlugins: [[rehypeBaseLinks, { base }], rehypeGlossary],
		}),
	},
	integrations: [
		starlight({
			title: 'Afghanistan-Pakistan Ties',
			description:
				'An online edition of USIP Peaceworks No. 175 (2021) by Elizabeth Threlkeld and Grace Easterly: its analysis, scenarios and recommendations, searchable and citable.',
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagination: true,
			markdown: { processedDirs: ['./content/'] },
			routeMiddleware: './src/route-middleware.ts',
			customCss: ['./src/styles/site.css'],
			components: {
				Search: './src/components/overrides/Search.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				Head: './src/components/overrides/Head.astro',
				Footer: './src/components/overrides/Footer.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			pagefind: {
				ranking: { termFrequency: 0.8, pageLength: 0.5 },
			},
		}),
		// Warns when the build is for the placeholder SITE_URL.
		siteUrlCheck({ placeholder: PLACEHOLDER_SITE }),
		mdx(),
		urlContract({ list: './src/published-urls.txt', redirects }),
	],
});
