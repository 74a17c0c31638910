import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { rehypeGlossary, type ActorLike, type TermLike } from './rehype-glossary';

const glossary = new Map<string, TermLike>([
	['tapi', { term: 'TAPI', expansion: 'Turkmenistan-Afghanistan-Pakistan-India', definition: 'A gas pipeline.' }],
	['track-1', { term: 'track 1', definition: 'Official diplomacy.' }],
	['track', { term: 'track', definition: 'A channel of talks.' }],
]);
const actors = new Map<string, ActorLike>([['china', { name: 'China', aliases: ['Chinese', 'Beijing'] }]]);
const el = (tagName: string, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const run = (children: Element[], { path = '/site/content/themes/trade.mdx', base = '/' } = {}) => {
	const tree: Root = { type: 'root', children };
	rehypeGlossary({ base, glossary: () => glossary, actors: () => actors, include: (p) => typeof p === 'string' && p.startsWith('/site/content/') })(tree, { path });
	return toHtml(tree);
};
/** The page without the other names given to search (tested on their own below). */
const marked = (html: string) => html.replace(/<span data-pagefind-index-attrs="data-also-named"[^>]*><\/span>$/, '');

describe('rehypeGlossary', () => {
	it('marks only the first use of a term, with its expansion and definition, linked to its entry', () => {
		expect(marked(run([el('p', text('TAPI is late. TAPI again.'))]))).toBe(
			'<p><a href="/glossary/#term-tapi" class="gloss"><abbr title="Turkmenistan-Afghanistan-Pakistan-India: A gas pipeline.">TAPI</abbr></a> is late. TAPI again.</p>',
		);
	});
	it('finds the longest form first and several terms in one text', () => {
		const html = run([el('p', text('On track 1 and the other track.'))]);
		expect(html).toContain('<abbr title="Official diplomacy.">track 1</abbr>');
		expect(html).toContain('the other <a href="/glossary/#term-track" class="gloss"><abbr title="A channel of talks.">track</abbr></a>.');
	});
	it('leaves headings, links and code alone, and marks the first use after them', () => {
		const html = run([el('h2', text('TAPI')), el('p', el('code', text('TAPI'))), el('p', text('Then TAPI.'))]);
		expect(marked(html)).toBe('<h2>TAPI</h2><p><code>TAPI</code></p><p>Then <a href="/glossary/#term-tapi" class="gloss"><abbr title="Turkmenistan-Afghanistan-Pakistan-India: A gas pipeline.">TAPI</abbr></a>.</p>');
	});
	it("links under the site's base path", () => {
		expect(run([el('p', text('TAPI'))], { base: '/sub/' })).toContain('href="/sub/glossary/#term-tapi"');
	});
	it('gives search the other names of the subjects a page names', () => {
		expect(run([el('p', text('China lends.'))])).toContain('<span data-pagefind-index-attrs="data-also-named" data-also-named="Chinese, Beijing"></span>');
	});
	it('changes nothing in files it is not asked to mark', () => {
		expect(run([el('p', text('TAPI and China.'))], { path: '/site/node_modules/x.mdx' })).toBe('<p>TAPI and China.</p>');
	});
});
