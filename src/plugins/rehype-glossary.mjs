// Marks the first use of each glossary term on a content page: an <abbr> with the expansion,
// inside a link to the term's entry. Generated from content/glossary/, never typed by hand.
// It also gives search the other names of every subject a page names (glossary terms and actors:
// "Chinese" for a page that says "China"), as an indexed attribute of an empty element, so any
// name of a subject finds the pages that discuss it.
import { visitParents } from 'unist-util-visit-parents';
import { readYamlEntries, isContentFile } from '../lib/content-files.mjs';
import { anchorPath, withBase } from '../lib/urls.ts';
import { formPattern } from '../lib/terms.ts';
import { aliasGroups, aliasesToIndex } from '../lib/search-aliases.ts';
import { base } from '../lib/site-config.mjs';

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg', 'data']);

/** The forms to look for, longest first so "track 1" is found before "track". */
export function glossaryMatchers(entries) {
	return [...entries]
		.flatMap(([id, e]) => [e.term, ...(e.aliases ?? [])].map((form) => ({ id, form, entry: e, re: formPattern(form) })))
		.sort((a, b) => b.form.length - a.form.length);
}

export function rehypeGlossary() {
	return (tree, file) => {
		if (!isContentFile(file.path)) return;
		const glossary = readYamlEntries('glossary');
		const matchers = glossaryMatchers(glossary);
		const pageText = [];
		visitParents(tree, 'text', (node) => {
			pageText.push(node.value);
		});
		const aliases = aliasesToIndex(pageText.join(' '), aliasGroups([...glossary], [...readYamlEntries('actors')]));
		if (aliases.length) {
			tree.children.push({
				type: 'element',
				tagName: 'span',
				properties: { dataPagefindIndexAttrs: 'data-also-named', dataAlsoNamed: aliases.join(', ') },
				children: [],
			});
		}
		const done = new Set();
		visitParents(tree, 'text', (node, ancestors) => {
			if (ancestors.some((a) => a.type === 'element' && SKIP.has(a.tagName))) return;
			if (ancestors.some((a) => a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement')) return;
			const parent = ancestors.at(-1);
			for (const m of matchers) {
				if (done.has(m.id)) continue;
				const hit = m.re.exec(node.value);
				if (!hit) continue;
				done.add(m.id);
				const before = node.value.slice(0, hit.index);
				const after = node.value.slice(hit.index + hit[0].length);
				const title = m.entry.expansion ? `${m.entry.expansion}: ${m.entry.definition}` : m.entry.definition;
				const mark = {
					type: 'element',
					tagName: 'a',
					properties: { href: withBase(anchorPath('glossary', m.id), base), className: ['gloss'] },
					children: [{ type: 'element', tagName: 'abbr', properties: { title }, children: [{ type: 'text', value: hit[0] }] }],
				};
				const index = parent.children.indexOf(node);
				const pieces = [{ type: 'text', value: before }, mark, { type: 'text', value: after }].filter(
					(p) => p.type !== 'text' || p.value,
				);
				parent.children.splice(index, 1, ...pieces);
				// Continue on the remaining text so one node can hold several first uses.
				return [visitParents.SKIP, index + pieces.length - (after ? 1 : 0)];
			}
		});
	};
}
