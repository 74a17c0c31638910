/**
 * Gives every paragraph and list item of the argument a stable anchor (see `lib/report/paragraph-ids.ts`)
 * and marks it `data-para` for the "copy link / cite this passage" buttons, with `data-pages`: the
 * report pages of the passage it restates (`lib/report/paragraph-pages.ts`), which "cite this passage"
 * gives. Old anchors mapped to a successor become empty `<span id>` aliases inside the successor,
 * so old links keep landing.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { aliasesFor, assignAnchors, restatesReport, type AnchorSuccessors } from '../lib/report/paragraph-ids';
import { anchorPrefixOf, isContentFile, pageOfContentFile } from '../lib/content/content-files';
import { pagesAttribute, paragraphPages, scopesOf, type PassageScope } from '../lib/report/paragraph-pages';
import { reportLines, type ReportLines } from '../lib/report/passage-pages';
import { readReportText } from '../lib/report/report-source';

export interface Options {
	successors?: AnchorSuccessors;
	/** Which files get anchors (default: the content files whose entry restates report lines). */
	include?: (file: VFileLike) => boolean;
	/** The report's lines for matching paragraphs to pages (default: read from the report's text, if present). */
	report?: ReportLines | null;
}

let cached: ReportLines | null | undefined;
const defaultReport = () => {
	if (cached === undefined) {
		const text = readReportText();
		cached = text === undefined ? null : reportLines(text);
	}
	return cached;
};

/** A heading's anchor as GitHub's slugger makes it, for a heading that has no id yet. */
const headingSlug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replace(/\s/g, '-');

export interface VFileLike {
	path?: string;
	data?: { astro?: { frontmatter?: unknown } };
}

/** The argument's files: content files whose entry restates report lines. */
const isArgument = (file: VFileLike) => isContentFile(file.path) && restatesReport(file.data?.astro?.frontmatter);

export function rehypeParagraphIds({ successors = {}, include = isArgument, report }: Options = {}) {
	return (tree: Root, file: VFileLike) => {
		if (!include(file)) return;
		const scopes = scopesOf(file.data?.astro?.frontmatter);
		const targets: Array<{ node: Element; scope: PassageScope | undefined }> = [];
		const taken: string[] = [];
		let scope = scopes.entry;
		visitParents(tree, 'element', (node, ancestors) => {
			if (typeof node.properties?.id === 'string') taken.push(node.properties.id);
			// Under a sub-measure's heading, its own lines; under any other h2, the entry's again.
			if (node.tagName === 'h2') {
				const id = typeof node.properties?.id === 'string' ? node.properties.id : headingSlug(toString(node));
				scope = scopes.measures.get(id) ?? scopes.entry;
			}
			const inList = ancestors.some((a) => a.type === 'element' && a.tagName === 'li');
			// Hidden text (an aside's title is aria-hidden) is no passage to link to, and must hold no buttons.
			const hidden = [node, ...ancestors].some((a) => a.type === 'element' && String(a.properties?.ariaHidden ?? a.properties?.['aria-hidden']) === 'true');
			if (!hidden && (node.tagName === 'li' || (node.tagName === 'p' && !inList))) {
				if (node.properties?.id === undefined && toString(node).trim()) targets.push({ node, scope });
			}
		});
		const ids = assignAnchors(targets.map((t) => toString(t.node)), taken, file.path ? anchorPrefixOf(file.path) : 'p-');
		const pages = paragraphPages(report === undefined ? defaultReport() ?? undefined : report ?? undefined, targets.map((t) => ({ text: toString(t.node), scope: t.scope })));
		const page = file.path ? pageOfContentFile(file.path) : undefined;
		targets.forEach(({ node }, i) => {
			const id = ids[i]!;
			const p = pages[i];
			node.properties = { ...node.properties, id, dataPara: '', ...(p ? { dataPages: pagesAttribute(p) } : {}) };
			const aliases = page ? aliasesFor(successors, page, id) : [];
			const spans: ElementContent[] = aliases.map((old) => ({ type: 'element', tagName: 'span', properties: { id: old, dataAnchorAlias: '' }, children: [] }));
			node.children.unshift(...spans);
		});
	};
}
