import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeBaseLinks } from './rehype-base-links';

const a = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: 'x' }] });
const hrefs = (base: string, ...links: string[]) => {
	const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: links.map(a) }] };
	rehypeBaseLinks({ base })(tree);
	return ((tree.children[0] as Element).children as Element[]).map((e) => e.properties['href']);
};

describe('rehypeBaseLinks', () => {
	it('prefixes root-relative links with the base path, keeping their #fragment', () => {
		expect(hrefs('/sub/path/', '/themes/trade/', '/glossary/#term-tapi')).toEqual(['/sub/path/themes/trade/', '/sub/path/glossary/#term-tapi']);
	});
	it('leaves external, relative, fragment-only and already-prefixed links alone', () => {
		const links = ['https://www.usip.org/', '../x/', '#p-one', '/sub/path/themes/'];
		expect(hrefs('/sub/path/', ...links)).toEqual(links);
	});
	it('changes nothing at the domain root', () => {
		expect(hrefs('/', '/themes/trade/')).toEqual(['/themes/trade/']);
	});
});
