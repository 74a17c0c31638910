/**
 * Which printed pages of the report a line of `peaceworks-175.txt` certainly sits on.
 *
 * What is known (see `shared/source/README.md`): the contents list gives the first page of each
 * chapter (Introduction 3, Thematic Analysis 6, Future Scenarios 15, Recommendations 24,
 * Conclusion 30), and four running heads survive in the text. Whether a head opens or closes its
 * page is not known, so each fixes a page boundary give or take one page: a line after the head
 * of page N is on page N-1 or later, a line before it on page N+1 or earlier. A chapter may end on
 * the page where the next one begins. The result is the range that certainly holds the line,
 * never an estimate inside it.
 */

export interface PageRange {
	from: number;
	to: number;
}

export interface ReportSection {
	key: string;
	title: string;
	/** First and last line of the section in the text (1-based, inclusive). */
	lines: { from: number; to: number };
	/** The pages the section spans, from the contents list. */
	pages: PageRange;
}

/**
 * The report's sections with the pages the contents list gives them. The summary precedes the
 * introduction (p. 3); the conclusion's last page is not given, and two pages after its running
 * head (p. 31, give or take one) is as far as its remaining sixty lines can reach.
 */
export const SECTION_PAGES: readonly ReportSection[] = [
	{ key: 'summary', title: 'Summary', lines: { from: 1, to: 34 }, pages: { from: 1, to: 3 } },
	{ key: 'introduction', title: 'Introduction', lines: { from: 35, to: 276 }, pages: { from: 3, to: 6 } },
	{ key: 'thematic-analysis', title: 'Thematic Analysis', lines: { from: 277, to: 866 }, pages: { from: 6, to: 15 } },
	{ key: 'future-scenarios', title: 'Future Scenarios', lines: { from: 867, to: 1491 }, pages: { from: 15, to: 24 } },
	{ key: 'recommendations', title: 'Recommendations and Policy Implications', lines: { from: 1492, to: 1901 }, pages: { from: 24, to: 30 } },
	{ key: 'conclusion', title: 'Conclusion', lines: { from: 1902, to: Number.MAX_SAFE_INTEGER }, pages: { from: 30, to: 32 } },
];

/** The running heads that survive in the text: line, and the page number they print. */
export const RUNNING_HEADS: ReadonlyArray<{ line: number; page: number }> = [
	{ line: 75, page: 4 },
	{ line: 834, page: 14 },
	{ line: 1859, page: 29 },
	{ line: 1945, page: 31 },
];

/** The section a line belongs to. */
export function sectionForLine(line: number): ReportSection {
	if (!Number.isInteger(line) || line < 1) throw new RangeError(`line must be a positive integer, got ${line}`);
	const found = SECTION_PAGES.find((s) => line >= s.lines.from && line <= s.lines.to);
	if (!found) throw new RangeError(`line ${line} is in no section`);
	return found;
}

/** The pages that certainly contain the line: its section's pages, narrowed by the running heads. */
export function pagesForLine(line: number): PageRange {
	const { pages } = sectionForLine(line);
	let { from, to } = pages;
	for (const head of RUNNING_HEADS) {
		if (head.line < line) from = Math.max(from, head.page - 1);
		if (head.line > line) to = Math.min(to, head.page + 1);
	}
	return { from, to };
}

/** The pages that certainly contain a passage running from one line to another. */
export function pagesForLines(first: number, last: number): PageRange {
	const a = pagesForLine(first);
	const b = pagesForLine(last);
	return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** "p. 5" or "pp. 24-30". */
export function formatPages(p: PageRange | number): string {
	const r = typeof p === 'number' ? { from: p, to: p } : p;
	return r.from === r.to ? `p. ${r.from}` : `pp. ${r.from}-${r.to}`;
}
