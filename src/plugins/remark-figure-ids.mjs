// Fails the build when MDX shows a figure that content/figures/ does not have, naming the file,
// the component and the id, so a number can only be printed from the one place it is kept; and when
// a <Chart group="..." unit="..."> names a group (or unit) no figure has, so it would draw nothing.
import { visit } from 'unist-util-visit';
import { readYamlEntries, isContentFile } from '../lib/content-files.mjs';

export function remarkFigureIds() {
	return (tree, file) => {
		if (!isContentFile(file.path)) return;
		const figures = readYamlEntries('figures');
		const attribute = (node, name) => {
			const attr = node.attributes.find((a) => a.name === name);
			return typeof attr?.value === 'string' ? attr.value : undefined;
		};
		visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
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
			if (!figures.has(id)) {
				throw new Error(`${file.path}: <Fig id="${id}">: unknown figure id "${id}" (no content/figures/${id}.yaml)`);
			}
		});
	};
}
