/**
 * Gives every paragraph and list item of the argument a stable anchor (see `lib/paragraph-ids.ts`)
 * and marks it `data-para` for the "copy link / cite this passage" buttons. Old anchors mapped to
 * a successor become empty `<span id>` aliases inside the successor, so old links keep landing.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { aliasesFor, anchorPrefix, assignAnchors, isArgumentFile, pageOfFile, type AnchorSuccessors } from '../lib/paragraph-ids';

export interface Options {
	successors?: AnchorSuccessors;
	/** Which files get anchors (default: the argument's content files). */
	include?: (path: string | undefined) => boolean;
}

export function rehypeParagraphIds({ successors = {}, include = isArgumentFile }: Options = {}) {
	return (tree: Root, file: { path?: string }) => {
		if (!include(file.path)) return;
		const targets: Element[] = [];
		const taken: string[] = [];
		visitParents(tree, 'element', (node, ancestors) => {
			if (typeof node.properties?.id === 'string') taken.push(node.properties.id);
			const inList = ancestors.some((a) => a.type === 'element' && a.tagName === 'li');
			// Hidden text (an aside's title is aria-hidden) is no passage to link to, and must hold no buttons.
			const hidden = [node, ...ancestors].some((a) => a.type === 'element' && String(a.properties?.ariaHidden ?? a.properties?.['aria-hidden']) === 'true');
			if (!hidden && (node.tagName === 'li' || (node.tagName === 'p' && !inList))) {
				if (node.properties?.id === undefined && toString(node).trim()) targets.push(node);
			}
		});
		const ids = assignAnchors(targets.map((n) => toString(n)), taken, file.path ? anchorPrefix(file.path) : 'p-');
		const page = file.path ? pageOfFile(file.path) : undefined;
		targets.forEach((node, i) => {
			const id = ids[i]!;
			node.properties = { ...node.properties, id, dataPara: '' };
			const aliases = page ? aliasesFor(successors, page, id) : [];
			const spans: ElementContent[] = aliases.map((old) => ({ type: 'element', tagName: 'span', properties: { id: old, dataAnchorAlias: '' }, children: [] }));
			node.children.unshift(...spans);
		});
	};
}
