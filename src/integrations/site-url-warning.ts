import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../lib/urls/site-url-warning.mjs';

/** Warns, at the start and the end of `astro build`, when the site is built for the placeholder SITE_URL. */
export function siteUrlCheck({ placeholder }: { placeholder: string }): AstroIntegration {
	const message = siteUrlWarning(process.env, placeholder);
	return {
		name: 'site-url-warning',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (message) logger.warn(message);
			},
			'astro:build:done': ({ logger }) => {
				if (message) logger.warn(message);
			},
		},
	};
}
