/**
 * Redirects as a static host's `_redirects` file (Netlify, Cloudflare Pages: `from to 301`), read
 * from the redirect pages the build wrote: one source (the pages), two forms. A host that reads the
 * file answers with a 301, and a browser keeps the `#fragment` across it; elsewhere the page itself
 * redirects, its script re-applying the fragment.
 */
export interface Redirect {
	/** Path of the redirect page, with the base. */
	from: string;
	/** Where it leads, with the base. */
	to: string;
}

/** The target of a redirect page (its meta refresh), or undefined for any other page. */
export function redirectTarget(html: string): string | undefined {
	// Read with a pattern, not a parser: the build runs without dev dependencies. The pages come from
	// one component (Redirect.astro) or Astro's own redirects, both writing this attribute order.
	const url = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1]?.trim();
	return url || undefined;
}

/** The `_redirects` file: each redirect with and without its trailing slash, 301, sorted. */
export function redirectsFile(redirects: Redirect[]): string {
	const lines = [...redirects]
		.sort((a, b) => a.from.localeCompare(b.from))
		.flatMap(({ from, to }) => {
			const bare = from.replace(/\/$/, '');
			return bare && bare !== from ? [`${from} ${to} 301`, `${bare} ${to} 301`] : [`${from} ${to} 301`];
		});
	return `# Generated at build time from the redirect pages (src/integrations/redirects-file.ts).\n${lines.join('\n')}\n`;
}
