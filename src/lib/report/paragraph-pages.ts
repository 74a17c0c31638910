/**
 * The report pages of each paragraph and list item of the argument: the passage of the report it
 * restates, found by the edition's matching (`passage-pages.ts`) within its entry's report lines (a
 * sub-measure's own lines for the paragraphs under its heading). A paragraph too short to match (a
 * list's lead-in, a one-line item, a cross-reference) takes the pages of its placed neighbours in the
 * same scope, from the previous one's first page to the next one's last, as the site restates the
 * report in its order; with no placed neighbour, its entry's pages. Every paragraph's pages lie within
 * its entry's (or sub-measure's) pages. Pure.
 */
import type { LineRanges } from './entry-pages';
import { pagesOfLineRanges } from './entry-pages';
import { passagePages, type ReportLines } from './passage-pages';
import { formatRange, type PageRange } from './report-pages';

/** Where a paragraph's pages are looked for: its entry's lines (its own section first), or a sub-measure's. */
export interface PassageScope {
	lines: LineRanges;
	/** The pages these lines stand on (the entry's or sub-measure's stated pages). */
	pages: PageRange;
}

export interface ParagraphInput {
	text: string;
	scope: PassageScope | undefined;
}

/**
 * The pages of each paragraph, in document order; undefined where the paragraph has no scope (a
 * file without lines). Without the report's text, each paragraph gets its scope's own section's pages.
 */
export function paragraphPages(report: ReportLines | undefined, paragraphs: ParagraphInput[]): Array<PageRange | undefined> {
	const matched = paragraphs.map(({ text, scope }) => (scope && report ? passagePages(report, text, scope.lines) : undefined));
	return paragraphs.map(({ text, scope }, i) => {
		if (!scope) return undefined;
		const own = matched[i];
		if (own?.lines) return own.pages;
		const placed = (step: 1 | -1) => {
			for (let j = i + step; j >= 0 && j < paragraphs.length; j += step) {
				if (paragraphs[j]!.scope !== scope) return undefined;
				if (matched[j]?.lines) return matched[j]!.pages;
			}
			return undefined;
		};
		const leadIn = /:\s*$/.test(text);
		return (leadIn ? placed(1) ?? placed(-1) : placed(-1) ?? placed(1)) ?? pagesOfLineRanges(scope.lines.slice(0, 1));
	});
}

/** `data-pages` as written on a paragraph: "7" or "25-26". */
export const pagesAttribute = (r: PageRange): string => formatRange(r).replace('–', '-');

/** A `data-pages` value read back, or undefined if it is not one. */
export function parsePagesAttribute(value: string | undefined): PageRange | undefined {
	const m = /^(\d+)(?:-(\d+))?$/.exec(value ?? '');
	if (!m) return undefined;
	return { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}

/** The scope a file's frontmatter gives: its lines and pages, and each sub-measure's by id. */
export function scopesOf(frontmatter: unknown): { entry?: PassageScope; measures: Map<string, PassageScope> } {
	const fm = (frontmatter ?? {}) as { lines?: LineRanges; pages?: PageRange; measures?: Array<{ id: string; lines?: LineRanges; pages?: PageRange }> };
	const scope = (lines?: LineRanges, pages?: PageRange): PassageScope | undefined => (lines?.length ? { lines, pages: pages ?? pagesOfLineRanges(lines) } : undefined);
	const entry = scope(fm.lines, fm.pages);
	const measures = new Map<string, PassageScope>();
	for (const m of fm.measures ?? []) {
		const s = scope(m.lines, m.pages);
		if (s) measures.set(m.id, s);
	}
	return entry ? { entry, measures } : { measures };
}
