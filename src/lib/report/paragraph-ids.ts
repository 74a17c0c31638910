/**
 * Stable anchors for the paragraphs and list items of the argument. An anchor is made from the
 * first words of its own text (`p-pakistan-views-afghanistan-through-its`), so adding, removing or
 * editing *another* paragraph never changes it; only rewriting the opening of the paragraph itself
 * does, and then the anchor contract (`src/published-anchors.txt`) fails the build until the old
 * anchor is mapped to its successor in `src/lib/urls/redirects.mjs`.
 */

/** How many words of a paragraph's opening make its anchor. */
export const ANCHOR_WORDS = 6;

/** The anchor a paragraph's text gives, before any disambiguation; `prefix` keeps files shown on one page apart. */
export function paragraphSlug(text: string, prefix = 'p-'): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, ANCHOR_WORDS);
	return `${prefix}${words.join('-') || 'empty'}`;
}

/**
 * Anchors for a page's paragraphs in document order: a paragraph whose opening repeats an earlier
 * one's gets `-2`, `-3`..., and no anchor takes an id the page already uses (a heading's).
 */
export function assignAnchors(texts: string[], taken: Iterable<string> = [], prefix = 'p-'): string[] {
	const used = new Set(taken);
	return texts.map((t) => {
		const slug = paragraphSlug(t, prefix);
		let id = slug;
		for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
		used.add(id);
		return id;
	});
}

/**
 * Whether a file's paragraphs are the argument's and get anchors: its entry restates report lines
 * (`lines` in its frontmatter), as every entry of the argument and its narrative pages do.
 */
export function restatesReport(frontmatter: unknown): boolean {
	return typeof frontmatter === 'object' && frontmatter !== null && Array.isArray((frontmatter as { lines?: unknown }).lines);
}

/** Old anchors that still lead somewhere: `'/themes/x/#p-old'` -> the id of its successor on that page. */
export type AnchorSuccessors = Record<string, string>;

/** The old anchors whose successor on `page` is `id`, to keep as aliases just before it. */
export function aliasesFor(successors: AnchorSuccessors, page: string, id: string): string[] {
	return Object.entries(successors)
		.filter(([old, to]) => old.startsWith(`${page}#`) && to.replace(/^#/, '') === id)
		.map(([old]) => old.slice(page.length + 1));
}

/** Paragraph anchors in a built page: the ids of elements marked `data-para`. */
export function builtAnchors(html: string): Set<string> {
	const ids = new Set<string>();
	for (const m of html.matchAll(/<[a-z]+\s[^>]*\bdata-para\b[^>]*>/g)) {
		const id = /\sid="([^"]+)"/.exec(m[0])?.[1];
		if (id) ids.add(id);
	}
	for (const m of html.matchAll(/<span\s[^>]*\bdata-anchor-alias\b[^>]*>/g)) {
		const id = /\sid="([^"]+)"/.exec(m[0])?.[1];
		if (id) ids.add(id);
	}
	return ids;
}

/** Published anchors (`/path/#id`) that no longer exist in the build, with how to fix each. */
export function checkAnchors(published: string[], anchorsOf: (page: string) => Set<string> | undefined): string[] {
	return published.flatMap((url) => {
		const [page, id] = url.split('#') as [string, string | undefined];
		if (!id) return [`${url}: not a paragraph anchor (expected /path/#id)`];
		const anchors = anchorsOf(page);
		if (anchors?.has(id)) return [];
		return [
			`${url} was published and no longer exists: map it to the paragraph that replaced it in anchorSuccessors (src/lib/urls/redirects.mjs), e.g. '${url}': 'p-new-anchor'`,
		];
	});
}
