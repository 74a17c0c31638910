// Fails the build when MDX shows a figure that content/figures/ does not have, naming the file,
// the component and the id, so a number can only be printed from the one place it is kept.
import { visit } from 'unist-util-visit';
import { readYamlEntries, isContentFile } from '../lib/content-files.mjs';

export function remarkFigureIds() {
	return (tree, file) => {
		if (!isContentFile(file.path)) return;
		const figures = readYamlEntries('figures');
		visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
			if (node.name !== 'Fig') return;
			const attr = node.attributes.find((a) => a.name === 'id');
			const id = typeof attr?.value === 'string' ? attr.value : undefined;
			if (!id) throw new Error(`${file.path}: <Fig> needs an id="..." attribute naming a file in content/figures/`);
			if (!figures.has(id)) {
				throw new Error(`${file.path}: <Fig id="${id}">: unknown figure id "${id}" (no content/figures/${id}.yaml)`);
			}
		});
	};
}
