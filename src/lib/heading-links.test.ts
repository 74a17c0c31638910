import { describe, expect, it } from 'vitest';
import { linkHeadingAnchors } from './heading-links';

// As Starlight's rehype plugin writes a heading (see @astrojs/starlight rehype-heading-links).
const heading = (id: string) =>
	`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">T</h2><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only" data-pagefind-ignore>Section titled “T”</span></a></div>`;

describe('heading links', () => {
	it('makes every Starlight anchor copy its section’s canonical URL, whatever the page URL’s fragment', () => {
		const out = linkHeadingAnchors(`${heading('trade')}<p>x</p>${heading('aid')}`, 'https://example.org/sub/themes/t/#old');
		const anchors = [...out.matchAll(/<a class="sl-anchor-link copy-heading-link" href="#([^"]+)" data-copy="([^"]+)"/g)].map((m) => [m[1], m[2]]);
		expect(anchors).toEqual([
			['trade', 'https://example.org/sub/themes/t/#trade'],
			['aid', 'https://example.org/sub/themes/t/#aid'],
		]);
	});

	it('leaves other links alone', () => {
		const html = '<a class="gloss" href="#x">x</a><a href="#y">y</a>';
		expect(linkHeadingAnchors(html, 'https://example.org/')).toBe(html);
	});
});
