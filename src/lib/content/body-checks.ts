/**
 * The rules that need an entry's compiled body (its headings, the figures its MDX shows), checked by
 * `loadSite` with the others before any page renders. Pure: `loadSite` renders each entry once and
 * hands these the results; each problem names the file and what to do.
 */

/** A `<Fig>` or `<Chart>` an MDX body shows, as `remark-figure-refs.ts` records it. */
export type FigureRef = { component: 'Fig'; id: string | undefined } | { component: 'Chart'; group: string | undefined; unit: string | undefined };

/** What the checks need of a figure. */
export interface FigureLike {
	group?: string | undefined;
	unit?: string | undefined;
}

/** A `<Fig>` of no figure, or a `<Chart>` of a group (and unit) no figure has, would print or draw nothing. */
export function figureRefProblems(file: string, refs: readonly FigureRef[], figures: ReadonlyMap<string, FigureLike>): string[] {
	return refs.flatMap((ref): string[] => {
		if (ref.component === 'Fig') {
			if (!ref.id) return [`${file}: <Fig> needs an id="..." attribute naming a file in content/figures/`];
			return figures.has(ref.id) ? [] : [`${file}: <Fig id="${ref.id}">: unknown figure id "${ref.id}" (no content/figures/${ref.id}.yaml)`];
		}
		const { group, unit } = ref;
		if (!group) return [`${file}: <Chart> needs a group="..." attribute naming the group of some figures in content/figures/`];
		if ([...figures.values()].some((f) => f.group === group && (unit === undefined || f.unit === unit))) return [];
		const what = unit === undefined ? `group "${group}"` : `group "${group}" and unit "${unit}"`;
		return [`${file}: <Chart group="${group}"${unit === undefined ? '' : ` unit="${unit}"`}>: no figure in content/figures/ has ${what}`];
	});
}

/**
 * A recommendation's sub-measures are cited by anchor (`/r/ap-12/#trade`), so each declared measure
 * must have a body heading with exactly that id.
 */
export function measureAnchorProblems(file: string, measures: ReadonlyArray<{ id: string; title: string }>, headings: ReadonlyArray<{ slug: string }>): string[] {
	const slugs = new Set(headings.map((h) => h.slug));
	const missing = measures.filter((m) => !slugs.has(m.id));
	if (!missing.length) return [];
	return [
		`${file}: field "measures": no heading with anchor ${missing.map((m) => `"#${m.id}"`).join(', ')} in the body; add a heading whose text slugs to the id (e.g. "## ${missing[0]!.title}")`,
	];
}

/** Era bodies are shown inside the history timeline, one page: headings there would clash in its outline and ids. */
export function eraHeadingProblems(file: string, headings: ReadonlyArray<{ text: string }>): string[] {
	if (!headings.length) return [];
	return [`${file}: the body has headings (${headings.map((h) => `"${h.text}"`).join(', ')}); era bodies are shown inside the history timeline and must not have any`];
}
