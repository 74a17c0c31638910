// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { siteUrlCheck } from './src/integrations/site-url-warning.ts';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site, base, PLACEHOLDER_SITE } from './src/lib/urls/site-config.mjs';
import { remarkFigureRefs } from './src/plugins/remark-figure-refs.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { rehypeGlossary } from './src/plugins/rehype-glossary.ts';
import { redirects, anchorSuccessors } from './src/lib/urls/redirects.mjs';
import { rehypeParagraphIds } from './src/plugins/rehype-paragraph-ids.ts';
import sitemap from '@astrojs/sitemap';
import { urlContract } from './src/integrations/url-contract.ts';
import { recordCurrency } from './src/integrations/record-currency.ts';
import { pagefindOptions } from './src/lib/search/search-config.mjs';
import { hostFiles } from './src/integrations/host-files.ts';
import { unusedScopedCss } from './src/integrations/unused-scoped-css.ts';
import { isRedirectPath } from './src/lib/urls/urls.ts';
import { searchDialogCss, starlightSearchFile } from './src/integrations/search-dialog-css.ts';
import { briefFingerprints } from './src/integrations/brief-fingerprints.ts';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The stylesheet is inlined in each page: the first paint no longer waits on a second request
	// (Lighthouse's first contentful paint); pages stay under 30 KB compressed.
	build: { inlineStylesheets: 'always' },
	// Starlight turns on Astro's link prefetching (every link, on hover); its script is about 1 KB
	// compressed on every page's first load, which the 30 KB page budget does not leave room for.
	prefetch: false,
	// Renamed pages are redirected by src/pages/[...renamed].astro (their page keeps the #fragment), not by Astro's `redirects`.
	vite: {
		// The search dialog's styles (Pagefind UI's and Starlight's rules for results) load with the dialog, not with every page.
		plugins: [searchDialogCss({ file: starlightSearchFile(import.meta.dirname) })],
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
			remarkPlugins: [remarkGfm, remarkFigureRefs],
			rehypePlugins: [[rehypeBaseLinks, { base }], rehypeGlossary, [rehypeParagraphIds, { successors: anchorSuccessors }]],
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
				Head: './src/components/overrides/Head.astro',
				Footer: './src/components/overrides/Footer.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Hero: './src/components/overrides/Hero.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
			},
			pagefind: pagefindOptions,
		}),
		// Warns when the build is for the placeholder SITE_URL.
		siteUrlCheck({ placeholder: PLACEHOLDER_SITE }),
		mdx(),
		// Our own sitemap (Starlight then adds none): redirect pages and the 404 page are not pages to index.
		sitemap({
			filter: (page) => {
				const path = `/${new URL(page).pathname.slice(base.length)}`;
				return !isRedirectPath(path, redirects) && path !== '/404/';
			},
		}),
		// Each page's inline styles without the scoped rules of components it does not render.
		unusedScopedCss(),
		// Last edit of the pages: their Content-Security-Policy (hashes of what they finally hold); then
		// `_redirects`, `_headers` and the nginx file from the site model, which leaves `dist/`.
		hostFiles({ base, renamed: redirects }),
		// Warns when the record's sources were searched more than 90 days before the build (from the model, so after host-files).
		recordCurrency(),
		urlContract({ list: './src/published-urls.txt', anchors: './src/published-anchors.txt', redirects }),
		// The fingerprint of every brief item's current text, for /brief/ to notice changes.
		briefFingerprints({ redirects, successors: anchorSuccessors }),
	],
});
