// The warning a production build prints when it is built for the placeholder address: every
// canonical link, citation, short URL and chart image would then point at a site that does not exist.

/**
 * The warning for a build environment, or undefined when SITE_URL names the deployed site.
 * @param {Record<string, string | undefined>} env the build's environment (process.env)
 * @param {string} placeholder the address used when SITE_URL is unset
 * @returns {string | undefined}
 */
export function siteUrlWarning(env, placeholder) {
	const value = env.SITE_URL?.trim();
	if (value && value !== placeholder) return undefined;
	const why = value ? `SITE_URL is set to the placeholder ${placeholder}` : `SITE_URL is not set, so the site is built for the placeholder ${placeholder}`;
	return `${why}: canonical links, citations, short URLs and chart images will point there. Set SITE_URL to the deployed address, e.g. SITE_URL=https://example.org npm run build.`;
}
