import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeParagraphIds } from './rehype-paragraph-ids';
import { reportLines } from '../lib/report/passage-pages';
import { join } from 'node:path';
import { contentRoot } from '../lib/content/content-files';

/** A file of this site's content folder whose entry restates report lines (an entry of the argument). */
const argumentFile = (file: string, frontmatter: Record<string, unknown> = { lines: [[1, 2]] }) => ({ path: join(contentRoot, file), data: { astro: { frontmatter } } });

const p = (text: string, props: Element['properties'] = {}): Element => ({ type: 'element', tagName: 'p', properties: props, children: [{ type: 'text', value: text }] });
const li = (...children: Element[]): Element => ({ type: 'element', tagName: 'li', properties: {}, children });
const tree = (...children: Element[]): Root => ({ type: 'root', children });
const run = (t: Root, successors = {}) => {
	rehypeParagraphIds({ successors })(t, argumentFile('themes/security-interests.mdx'));
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
	it('leaves pages outside the argument alone: a content page that restates no report lines, and any file outside content/', () => {
		const t = tree(p('About this edition.'));
		rehypeParagraphIds()(t, argumentFile('pages/about.mdx', { title: 'About' }));
		expect(ids(t)).toEqual([undefined]);
		const u = tree(p('A dependency’s page.'));
		rehypeParagraphIds()(u, { path: '/site/node_modules/x/content/themes/y.mdx', data: { astro: { frontmatter: { lines: [[1, 2]] } } } });
		expect(ids(u)).toEqual([undefined]);
	});
	it('gives an era’s paragraphs its id, as eras share the history page', () => {
		expect(ids(run(tree(p('In the timeline.'))))).toEqual(['p-in-the-timeline']);
		const t = tree(p('In the timeline.'));
		rehypeParagraphIds()(t, argumentFile('eras/soviet-war.mdx'));
		expect(ids(t)).toEqual(['p-soviet-war-in-the-timeline']);
	});
	describe('the report pages of each passage', () => {
		// The entry restates lines 1660-1770 (pp. 26-27): its words at 1660 (p. 26); the trade measure, 1715-1728 (p. 27).
		const report = reportLines(
			Array.from({ length: 1800 }, (_, i) => (i + 1 === 1716 ? 'traders frictions third-country markets paperwork APTTA' : i + 1 === 1660 ? 'confidence momentum parliamentary friendship group' : '')).join('\n'),
		);
		const frontmatter = { lines: [[1660, 1770]], pages: { from: 26, to: 27 }, measures: [{ id: 'trade', lines: [[1715, 1728]], pages: { from: 27, to: 27 } }] };
		const h2 = (text: string): Element => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] });
		const pagesOf = (t: Root) => (t.children as Element[]).filter((e) => e.tagName !== 'h2').map((e) => e.properties.dataPages);
		const file = argumentFile('recommendations/build-momentum.mdx', frontmatter);
		it('marks each paragraph with the pages of the passage it restates', () => {
			const t = tree(
				p('The parliamentary friendship group builds confidence and momentum.'),
				h2('Trade'),
				p('Ease frictions for traders, cut paperwork beyond APTTA, open third-country markets.'),
				// Under the measure's heading, only the measure's lines are looked in: these words (p. 26) are not there.
				p('Again the parliamentary friendship group, confidence and momentum.'),
			);
			rehypeParagraphIds({ report })(t, file);
			expect(pagesOf(t)).toEqual(['26', '27', '27']);
		});
		it('gives the entry’s pages where the report’s text is absent', () => {
			const t = tree(p('Anything at all.'));
			rehypeParagraphIds({ report: null })(t, file);
			expect(pagesOf(t)).toEqual(['26-27']);
		});
	});
});
