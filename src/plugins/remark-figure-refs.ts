/**
 * Records which figures an MDX file shows: each `<Fig id="...">` and `<Chart group="..." unit="...">`,
 * in the order written, as `figureRefs` in the entry's `remarkPluginFrontmatter`. `loadSite` checks
 * them against the figures collection, with the other content rules, before any page renders
 * (`figureRefProblems` in `src/lib/content/body-checks.ts`): a number can only be printed from the
 * one place it is kept, and a chart must draw something.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isContentFile } from '../lib/content/content-files.ts';
import type { FigureRef } from '../lib/content/body-checks.ts';

export interface Options {
	/** Which files are read (default: files under content/). */
	include?: (path: unknown) => boolean;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const attribute = (node: JsxElement, name: string): string | undefined => {
	const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attr?.value === 'string' ? attr.value : undefined;
};

/** The `<Fig>` and `<Chart>` elements of `tree`, as references to check. */
export function figureRefs(tree: Root): FigureRef[] {
	const refs: FigureRef[] = [];
	visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (n) => {
		const node = n as JsxElement;
		if (node.name === 'Fig') refs.push({ component: 'Fig', id: attribute(node, 'id') });
		else if (node.name === 'Chart') refs.push({ component: 'Chart', group: attribute(node, 'group'), unit: attribute(node, 'unit') });
	});
	return refs;
}

export function remarkFigureRefs({ include = isContentFile }: Options = {}) {
	return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
		if (!include(file.path)) return;
		const astro = (file.data.astro ??= {});
		(astro.frontmatter ??= {}).figureRefs = figureRefs(tree);
	};
}
