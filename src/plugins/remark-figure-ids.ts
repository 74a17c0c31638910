/**
 * Fails the build when MDX shows a figure that content/figures/ does not have, naming the file,
 * the component and the id, so a number can only be printed from the one place it is kept; and when
 * a `<Chart group="..." unit="...">` names a group (or unit) no figure has, so it would draw nothing.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isContentFile, readYamlEntries } from '../lib/content/content-files.ts';

/** What this check needs of a figure. */
export interface FigureLike {
	group?: string;
	unit?: string;
}

export interface Options {
	/** Which files are checked (default: files under content/). */
	include?: (path: unknown) => boolean;
	/** The figures by id (default: read from content/figures/ on each file). */
	figures?: () => Map<string, FigureLike>;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const attribute = (node: JsxElement, name: string): string | undefined => {
	const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attr?.value === 'string' ? attr.value : undefined;
};

export function remarkFigureIds({ include = isContentFile, figures: loadFigures = () => readYamlEntries<FigureLike>('figures') }: Options = {}) {
	return (tree: Root, file: { path?: string }) => {
		if (!include(file.path)) return;
		const figures = loadFigures();
		visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (n) => {
			const node = n as JsxElement;
			if (node.name === 'Chart') {
				const group = attribute(node, 'group');
				const unit = attribute(node, 'unit');
				if (!group) throw new Error(`${file.path}: <Chart> needs a group="..." attribute naming the group of some figures in content/figures/`);
				const matching = [...figures.values()].filter((f) => f.group === group && (unit === undefined || f.unit === unit));
				if (!matching.length) {
					const what = unit === undefined ? `group "${group}"` : `group "${group}" and unit "${unit}"`;
					throw new Error(`${file.path}: <Chart group="${group}"${unit === undefined ? '' : ` unit="${unit}"`}>: no figure in content/figures/ has ${what}`);
				}
				return;
			}
			if (node.name !== 'Fig') return;
			const id = attribute(node, 'id');
			if (!id) throw new Error(`${file.path}: <Fig> needs an id="..." attribute naming a file in content/figures/`);
			if (!figures.has(id)) throw new Error(`${file.path}: <Fig id="${id}">: unknown figure id "${id}" (no content/figures/${id}.yaml)`);
		});
	};
}
