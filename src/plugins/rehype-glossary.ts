/**
 * Marks the first use of each glossary term on a content page: an `<abbr>` with the expansion,
 * inside a link to the term's entry. Generated from content/glossary/, never typed by hand.
 * It also gives search the other names of every subject a page names (glossary terms and actors:
 * "Chinese" for a page that says "China"), as an indexed attribute of an empty element, so any
 * name of a subject finds the pages that discuss it.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { isContentFile, readYamlEntries } from '../lib/content/content-files.ts';
import { anchorPath, withBase } from '../lib/urls/urls.ts';
import { formPattern } from '../lib/panels/terms.ts';
import { aliasGroups, aliasesToIndex } from '../lib/search/search-aliases.ts';
import { base as siteBase } from '../lib/urls/site-config.mjs';

/** What the plugin needs of a glossary entry. */
export interface TermLike {
	term: string;
	expansion?: string | undefined;
	definition: string;
	aliases?: string[] | undefined;
}
/** What the plugin needs of an actor. */
export interface ActorLike {
	name: string;
	aliases?: string[] | undefined;
}

export interface Options {
	/** The site's base path (default: the configured one). */
	base?: string;
	/** Which files are marked (default: files under content/). */
	include?: (path: unknown) => boolean;
	/** Glossary entries and actors by id (default: read from content/ on each file). */
	glossary?: () => Map<string, TermLike>;
	actors?: () => Map<string, ActorLike>;
}

const NOT_INSIDE = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg', 'data']);

interface Matcher {
	id: string;
	form: string;
	entry: TermLike;
	re: RegExp;
}

/** The forms to look for, longest first so "track 1" is found before "track". */
export function glossaryMatchers(entries: Iterable<[string, TermLike]>): Matcher[] {
	return [...entries]
		.flatMap(([id, entry]) => [entry.term, ...(entry.aliases ?? [])].map((form) => ({ id, form, entry, re: formPattern(form) })))
		.sort((a, b) => b.form.length - a.form.length);
}

export function rehypeGlossary({
	base = siteBase,
	include = isContentFile,
	glossary: loadGlossary = () => readYamlEntries<TermLike>('glossary'),
	actors: loadActors = () => readYamlEntries<ActorLike>('actors'),
}: Options = {}) {
	return (tree: Root, file: { path?: string }) => {
		if (!include(file.path)) return;
		const glossary = loadGlossary();
		const matchers = glossaryMatchers(glossary);
		const pageText: string[] = [];
		visitParents(tree, 'text', (node) => {
			pageText.push(node.value);
		});
		const aliases = aliasesToIndex(pageText.join(' '), aliasGroups([...glossary], [...loadActors()]));
		if (aliases.length) {
			tree.children.push({
				type: 'element',
				tagName: 'span',
				properties: { dataPagefindIndexAttrs: 'data-also-named', dataAlsoNamed: aliases.join(', ') },
				children: [],
			});
		}
		const done = new Set<string>();
		visitParents(tree, 'text', (node: Text, ancestors) => {
			if (ancestors.some((a) => a.type === 'element' && NOT_INSIDE.has(a.tagName))) return;
			// MDX components render their own markup: text inside them is left alone.
			if (ancestors.some((a) => (a.type as string) === 'mdxJsxFlowElement' || (a.type as string) === 'mdxJsxTextElement')) return;
			const parent = ancestors.at(-1) as Root | Element;
			for (const m of matchers) {
				if (done.has(m.id)) continue;
				const hit = m.re.exec(node.value);
				if (!hit) continue;
				done.add(m.id);
				const before = node.value.slice(0, hit.index);
				const after = node.value.slice(hit.index + hit[0].length);
				const title = m.entry.expansion ? `${m.entry.expansion}: ${m.entry.definition}` : m.entry.definition;
				const mark: Element = {
					type: 'element',
					tagName: 'a',
					properties: { href: withBase(anchorPath('glossary', m.id), base), className: ['gloss'] },
					children: [{ type: 'element', tagName: 'abbr', properties: { title }, children: [{ type: 'text', value: hit[0] }] }],
				};
				const index = parent.children.indexOf(node);
				const pieces: ElementContent[] = [{ type: 'text', value: before }, mark, { type: 'text', value: after }];
				const kept = pieces.filter((p) => p.type !== 'text' || p.value);
				parent.children.splice(index, 1, ...(kept as typeof parent.children));
				// Continue on the remaining text so one node can hold several first uses.
				return [SKIP, index + kept.length - (after ? 1 : 0)];
			}
			return undefined;
		});
	};
}
