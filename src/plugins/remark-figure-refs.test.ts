import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { remarkFigureRefs } from './remark-figure-refs';

const FILE = '/site/content/themes/trade.mdx';
const jsx = (name: string, attrs: Record<string, string>): MdxJsxFlowElement => ({
	type: 'mdxJsxFlowElement',
	name,
	attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
	children: [],
});
const inline = (name: string, attrs: Record<string, string>): MdxJsxTextElement => ({ ...jsx(name, attrs), type: 'mdxJsxTextElement', children: [] });

/** Runs the plugin on a tree of `nodes` in a file at `path`; returns what it recorded in the file's frontmatter. */
function recorded(nodes: Root['children'], path = FILE) {
	const file: { path: string; data: { astro?: { frontmatter?: Record<string, unknown> } } } = { path, data: {} };
	remarkFigureRefs({ include: (p) => typeof p === 'string' && p.startsWith('/site/content/') })({ type: 'root', children: nodes }, file);
	return file.data.astro?.frontmatter?.figureRefs;
}

describe('remarkFigureRefs', () => {
	it('records every <Fig> and <Chart>, inline or block, in the order written, with their attributes', () => {
		const paragraph = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'About ' }, inline('Fig', { id: 'trade-2011' })] };
		expect(recorded([jsx('Chart', { group: 'trade', unit: 'usd' }), paragraph, jsx('Fig', {}), jsx('Aside', {})])).toEqual([
			{ component: 'Chart', group: 'trade', unit: 'usd' },
			{ component: 'Fig', id: 'trade-2011' },
			{ component: 'Fig', id: undefined },
		]);
	});
	it('records an empty list for a body that shows no figure, so the check sees every file', () => {
		expect(recorded([{ type: 'paragraph', children: [{ type: 'text', value: 'Words.' }] }])).toEqual([]);
	});
	it('reads only the files it is asked to (content files by default)', () => {
		expect(recorded([jsx('Fig', { id: 'x' })], '/site/node_modules/x.mdx')).toBeUndefined();
	});
});
