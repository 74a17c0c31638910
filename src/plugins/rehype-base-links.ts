/**
 * Content links are written root-relative (`/themes/security-interests/`); this prefixes the
 * configured base path so the same content works at a domain root or under a sub-path.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls/base-path.ts';

export interface Options {
	/** The site's base path, with leading and trailing slashes (default `/`). */
	base?: string;
}

export function rehypeBaseLinks({ base = '/' }: Options = {}) {
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, 'element', (node) => {
			const href = node.tagName === 'a' ? node.properties['href'] : undefined;
			if (typeof href === 'string' && href.startsWith('/') && !href.startsWith(base)) node.properties['href'] = withBase(href, base);
		});
	};
}
