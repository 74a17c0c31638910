/**
 * One link control per heading: Starlight's own anchor link, which also copies the section's
 * canonical address (built from SITE_URL, not wherever the page is being read) when clicked.
 * The copy itself is done by the site's delegated `[data-copy]` listener (scripts/copy.ts).
 */

/** Starlight's anchor link as its rehype plugin and `<AnchorHeading>` write it. */
const ANCHOR = /<a class="sl-anchor-link" href="#([^"]+)"/g;

/** Gives every Starlight heading anchor in `html` the canonical URL of its section to copy. */
export function linkHeadingAnchors(html: string, canonical: string): string {
	const page = canonical.replace(/#.*$/, '');
	return html.replace(
		ANCHOR,
		(_, id: string) => `<a class="sl-anchor-link copy-heading-link" href="#${id}" data-copy="${page}#${id}" title="Link to this section (a click also copies its address)"`,
	);
}
