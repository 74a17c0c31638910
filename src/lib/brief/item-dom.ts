/**
 * What makes an element a brief item, read the same way by the page (adding it) and by the build
 * (publishing its fingerprint): a paragraph or list item of the argument (`[data-para][id]`) or an
 * element marked `data-brief="<kind>"`, or a development (`article[data-development]`, whose address
 * is its own page wherever it is shown, written in its `data-brief-href`). Its address is
 * `data-brief-href` (an item whose own page is elsewhere), else this page and `data-brief-id` or its
 * `id` (empty: the page itself). Its text: see `itemText`.
 * Works on the DOM and on node-html-parser's elements alike.
 */
import { NOT_ITEM_TEXT, normaliseText } from './fingerprint';
import type { ItemKind } from './schema';

export const ITEM_SELECTOR = '.sl-markdown-content [data-para][id], [data-brief], article[data-development]';

/** Elements whose text stands apart: both sides add a space after each, so cells, headings and paragraphs do not run together. */
export const BLOCKS = 'p, li, td, th, dt, dd, h1, h2, h3, h4, h5, h6, figcaption, caption, blockquote, div, text';

/** The few element methods both the DOM and node-html-parser have. */
export interface ElementLike {
	getAttribute(name: string): string | null | undefined;
	readonly id: string;
	readonly textContent: string | null;
	querySelector(selector: string): unknown;
}

export function itemKind(el: ElementLike): ItemKind {
	return (el.getAttribute('data-brief') || (el.getAttribute('data-development') ? 'development' : 'passage')) as ItemKind;
}

/** The item's address: root-relative, without the base, with its fragment. `pagePath` is the page it is on. */
export function itemKey(el: ElementLike, pagePath: string): string {
	const href = el.getAttribute('data-brief-href');
	if (href) return href;
	const id = el.getAttribute('data-brief-id') ?? el.id;
	return id ? `${pagePath}#${id}` : pagePath;
}

/**
 * The item's text: `data-brief-text`; for the page itself, the page's text (`pageText`: its title,
 * code and description, see `pageItemText`); else the text of its `[data-brief-slot]` part, or of
 * the whole. `textOf` gives an element's text without the parts that are no text of it.
 */
export function itemText<E extends ElementLike>(el: E, textOf: (e: E) => string, pageText: () => string): string {
	const own = el.getAttribute('data-brief-text');
	if (own != null) return normaliseText(own);
	if (el.getAttribute('data-brief-id') === '') return normaliseText(pageText());
	const slot = el.querySelector('[data-brief-slot]') as E | null;
	return normaliseText(textOf(slot ?? el));
}

export { NOT_ITEM_TEXT };
