/**
 * The few changes our Search override makes to the HTML Starlight's own Search component renders
 * (pure). Everything else (markup, styles, the ⌘/Ctrl shortcut label) stays Starlight's, so its
 * fixes reach us; when Starlight's markup changes under an edit, the build fails here instead of
 * the change being silently lost.
 */

/** Our element: Starlight's `<site-search>` fetches Pagefind on idle on every page; ours on intent. */
export const SEARCH_ELEMENT = 'lazy-site-search';

/** Where Pagefind's bundle is served (before the base path), and its engine module in it. */
export const PAGEFIND_BUNDLE_PATH = '/pagefind/';
export const PAGEFIND_ENGINE_PATH = `${PAGEFIND_BUNDLE_PATH}pagefind.js`;

interface Edit {
	/** What the edit looks for, for the error message. */
	what: string;
	from: RegExp;
	to: string;
}

const EDITS: Edit[] = [
	// Starlight's element script is left out: it would fetch Pagefind's config at load and its UI on idle.
	{ what: "the module script of Starlight's <site-search> element", from: /<script type="module"[^>]*>[\s\S]*?<\/script>/, to: '' },
	{ what: 'the <site-search> element', from: /<site-search(?=[\s>])/, to: `<${SEARCH_ELEMENT}` },
	{ what: 'the </site-search> closing tag', from: /<\/site-search>/, to: `</${SEARCH_ELEMENT}>` },
	// The button's accessible name is its visible label, not an aria-label (axe: label-content-name-mismatch).
	{ what: 'the aria-label of button[data-open-modal]', from: /(<button data-open-modal[^>]*?) aria-label="[^"]*"/, to: '$1' },
	{ what: 'the aria-hidden label <span class="sl-hidden md:sl-block">', from: /<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/, to: '<span class="search-label$1">' },
	// The shortcut is announced through aria-keyshortcuts; its keys are not part of the name.
	{ what: 'the shortcut <kbd class="sl-hidden md:sl-flex">', from: /<kbd class="sl-hidden md:sl-flex([^"]*)" style="display: none;">/, to: '<kbd class="sl-hidden md:sl-flex$1" style="display: none;" aria-hidden="true">' },
	// "Did you mean" and the nearest subject are shown under the results (scripts/search-ui.ts).
	{ what: 'the results container <div id="starlight__search">', from: /(<div id="starlight__search"[^>]*><\/div>)/, to: '$1<div class="search-hint" role="status" aria-live="polite" hidden></div>' },
];

/** Starlight's rendered Search with our edits; throws naming the edit that no longer applies. */
export function adaptStarlightSearch(html: string, { dev = false } = {}): string {
	return EDITS.reduce((out, edit) => {
		// In development Starlight renders a notice instead of the results container.
		if (dev && edit.to.includes('search-hint')) return out;
		if (!edit.from.test(out)) {
			throw new Error(`src/lib/search/search-markup.ts: Starlight's Search no longer renders ${edit.what} as this edit expects; update the edit to Starlight's new markup`);
		}
		return out.replace(edit.from, edit.to);
	}, html);
}
