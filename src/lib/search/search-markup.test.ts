import { describe, expect, it } from 'vitest';
import { adaptStarlightSearch, SEARCH_ELEMENT } from './search-markup';

// Starlight 0.42's Search as it renders in a build (abridged: the icon and the inline shortcut script).
const STARLIGHT = [
	'<site-search class="astro-x" data-translations="{}">',
	'<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-x"><svg aria-hidden="true"></svg>',
	'<span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Search</span>',
	'<kbd class="sl-hidden md:sl-flex astro-x" style="display: none;"><kbd class="astro-x">Ctrl</kbd><kbd class="astro-x">K</kbd></kbd></button>',
	'<dialog style="padding:0" aria-label="Search" class="astro-x"><div class="dialog-frame sl-flex astro-x"><button data-close-modal class="sl-flex md:sl-hidden astro-x">Cancel</button>',
	'<div class="search-container astro-x"><div id="starlight__search" class="astro-x"></div></div></div></dialog></site-search>',
	'<script>(() => {})();</script><script type="module" src="/_astro/Search.astro_astro_type_script_index_0_lang.js"></script>',
].join('');

describe('adaptStarlightSearch', () => {
	const out = adaptStarlightSearch(STARLIGHT);

	it("replaces Starlight's element and leaves out its script, keeping the inline shortcut script", () => {
		expect(out).toContain(`<${SEARCH_ELEMENT} class="astro-x"`);
		expect(out).toContain(`</${SEARCH_ELEMENT}>`);
		expect(out).not.toMatch(/<\/?site-search/);
		expect(out).not.toContain('type="module"');
		expect(out).toContain('<script>(() => {})();</script>');
	});

	it("names the open button by its visible label and hides the shortcut's keys from the name", () => {
		expect(out).toMatch(/<button data-open-modal disabled aria-keyshortcuts="Control\+K" class="astro-x">/);
		expect(out).toContain('<span class="search-label astro-x">Search</span>');
		expect(out).toContain('<kbd class="sl-hidden md:sl-flex astro-x" style="display: none;" aria-hidden="true">');
		// The dialog keeps its own label.
		expect(out).toContain('<dialog style="padding:0" aria-label="Search"');
	});

	it('adds the live region for hints right after the results container', () => {
		expect(out).toContain('<div id="starlight__search" class="astro-x"></div><div class="search-hint" role="status" aria-live="polite" hidden></div>');
	});

	it("fails, naming the edit, when Starlight's markup no longer matches", () => {
		expect(() => adaptStarlightSearch(STARLIGHT.replace('aria-hidden="true">Search', '>Search'))).toThrow(/no longer renders the aria-hidden label/);
		expect(() => adaptStarlightSearch(STARLIGHT.replaceAll('site-search', 'starlight-search'))).toThrow(/the <site-search> element/);
	});

	it('in development, where Starlight shows a notice instead of results, needs no results container', () => {
		expect(() => adaptStarlightSearch(STARLIGHT.replace(/<div id="starlight__search"[^>]*><\/div>/, '<p>dev</p>'), { dev: true })).not.toThrow();
	});
});
