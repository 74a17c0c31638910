import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { remarkFigureIds, type FigureLike } from './remark-figure-ids';

const FILE = '/site/content/themes/trade.mdx';
const figures = new Map<string, FigureLike>([
	['refugees-2021', { group: 'displacement', unit: 'people' }],
	['trade-2011', { group: 'trade', unit: 'usd' }],
]);
const jsx = (name: string, attrs: Record<string, string>): MdxJsxFlowElement => ({
	type: 'mdxJsxFlowElement',
	name,
	attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
	children: [],
});
const check = (node: MdxJsxFlowElement, path = FILE) => () =>
	remarkFigureIds({ figures: () => figures, include: (p) => typeof p === 'string' && p.startsWith('/site/content/') })({ type: 'root', children: [node] } as Root, { path });

describe('remarkFigureIds', () => {
	it('accepts a <Fig> of a known figure and a <Chart> of a group (and unit) some figure has', () => {
		expect(check(jsx('Fig', { id: 'trade-2011' }))).not.toThrow();
		expect(check(jsx('Chart', { group: 'displacement' }))).not.toThrow();
		expect(check(jsx('Chart', { group: 'trade', unit: 'usd' }))).not.toThrow();
	});
	it('fails on an unknown figure id, naming the file, the component and the id', () => {
		expect(check(jsx('Fig', { id: 'no-such' }))).toThrow(`${FILE}: <Fig id="no-such">: unknown figure id "no-such" (no content/figures/no-such.yaml)`);
		expect(check(jsx('Fig', {}))).toThrow(`${FILE}: <Fig> needs an id="..." attribute`);
	});
	it('fails on a <Chart> whose group or unit no figure has, or without a group', () => {
		expect(check(jsx('Chart', { group: 'weather' }))).toThrow(`${FILE}: <Chart group="weather">: no figure in content/figures/ has group "weather"`);
		expect(check(jsx('Chart', { group: 'trade', unit: 'people' }))).toThrow('has group "trade" and unit "people"');
		expect(check(jsx('Chart', {}))).toThrow(`${FILE}: <Chart> needs a group="..." attribute`);
	});
	it('checks only the files it is asked to (content files by default)', () => {
		expect(check(jsx('Fig', { id: 'no-such' }), '/site/node_modules/x.mdx')).not.toThrow();
	});
});
