import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeParagraphIds } from './rehype-paragraph-ids';

const p = (text: string, props: Element['properties'] = {}): Element => ({ type: 'element', tagName: 'p', properties: props, children: [{ type: 'text', value: text }] });
const li = (...children: Element[]): Element => ({ type: 'element', tagName: 'li', properties: {}, children });
const tree = (...children: Element[]): Root => ({ type: 'root', children });
const run = (t: Root, successors = {}) => {
	rehypeParagraphIds({ successors })(t, { path: '/site/content/themes/security-interests.mdx' });
	return t;
};
const ids = (t: Root) => (t.children as Element[]).map((e) => e.properties.id);

describe('rehypeParagraphIds', () => {
	it('derives each anchor from the paragraph’s own first words', () => {
		expect(ids(run(tree(p('Pakistan views Afghanistan through its rivalry with India.'), p('Kabul, in turn, blames Islamabad.'))))).toEqual([
			'p-pakistan-views-afghanistan-through-its-rivalry',
			'p-kabul-in-turn-blames-islamabad',
		]);
	});
	it('keeps an anchor when another paragraph is inserted before it or edited', () => {
		const before = ids(run(tree(p('First point made here today.'), p('Second point about trade routes.'))));
		const after = ids(run(tree(p('A new opening paragraph.'), p('First point, now reworded entirely.'), p('Second point about trade routes.'))));
		expect(after[2]).toBe(before[1]);
	});
	it('disambiguates paragraphs that open alike, and never reuses a heading’s id', () => {
		const heading: Element = { type: 'element', tagName: 'h2', properties: { id: 'p-same-start' }, children: [{ type: 'text', value: 'x' }] };
		expect(ids(run(tree(heading, p('Same start'), p('Same start'))))).toEqual(['p-same-start', 'p-same-start-2', 'p-same-start-3']);
	});
	it('anchors list items, not the paragraphs inside them, and marks each for the copy buttons', () => {
		const t = run(tree({ type: 'element', tagName: 'ul', properties: {}, children: [li(p('Trade through Torkham'))] }));
		const item = (t.children[0] as Element).children[0] as Element;
		expect(item.properties).toMatchObject({ id: 'p-trade-through-torkham', dataPara: '' });
		expect((item.children[0] as Element).properties.id).toBeUndefined();
	});
	it('keeps a mapped old anchor as an alias inside its successor', () => {
		const t = run(tree(p('Reworded opening of the paragraph.')), { '/themes/security-interests/#p-old-opening': 'p-reworded-opening-of-the-paragraph' });
		const para = t.children[0] as Element;
		expect(para.children[0]).toMatchObject({ tagName: 'span', properties: { id: 'p-old-opening', dataAnchorAlias: '' } });
	});
	it('leaves hidden text alone (an aside’s aria-hidden title)', () => {
		expect(ids(run(tree(p('Where this theme fits', { ariaHidden: 'true' }), p('Visible text'))))).toEqual([undefined, 'p-visible-text']);
	});
	it('leaves pages outside the argument alone', () => {
		const t = tree(p('About this edition.'));
		rehypeParagraphIds()(t, { path: '/site/content/pages/about.mdx' });
		expect(ids(t)).toEqual([undefined]);
	});
});
