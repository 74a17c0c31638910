import type { EntryLike } from '../content/relations';

/**
 * A recommendation's sub-measures are cited by anchor (`/r/ap-12/#trade`), so each declared
 * measure must have a body heading with exactly that id; the build fails naming the file if not.
 */
export function checkMeasureAnchors(entry: EntryLike, headings: Array<{ slug: string }>): void {
	const measures = (entry.data.measures ?? []) as Array<{ id: string; title: string }>;
	const slugs = new Set(headings.map((h) => h.slug));
	const missing = measures.filter((m) => !slugs.has(m.id));
	if (missing.length) {
		throw new Error(
			`${entry.filePath ?? entry.id}: field "measures": no heading with anchor ${missing
				.map((m) => `"#${m.id}"`)
				.join(', ')} in the body; add a heading whose text slugs to the id (e.g. "## ${missing[0]!.title}")`,
		);
	}
}
