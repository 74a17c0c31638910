/**
 * Which printed pages of the report a passage of its text certainly lies on.
 *
 * Only two kinds of fact fix a page in `shared/source/peaceworks-175.txt` (see its README):
 *
 * - the report's table of contents: a section starting on page P at line L puts every line from L
 *   on on page P or later, and every line before L on page P or earlier;
 * - the four running heads that survive in the text. Whether a head opens or closes its page is not
 *   known, so a head "N" at line L says only that lines before it are on page N or earlier and lines
 *   after it on page N or later.
 *
 * The range of a passage is the tightest one these facts allow: never an estimate. A passage after
 * the last fact with an upper bound (the end of the conclusion) has an open range (`to` undefined).
 */

/** A range of printed report pages; `to` undefined means "to the end of the report's text". */
export interface PageRange {
	from: number;
	to?: number | undefined;
}

/** The report's table of contents: section title, its first page, and its first line in the .txt. */
export const CONTENTS = [
	{ title: 'Introduction', page: 3, line: 35 },
	{ title: 'Thematic Analysis', page: 6, line: 277 },
	{ title: 'Future Scenarios', page: 15, line: 867 },
	{ title: 'Recommendations and Policy Implications', page: 24, line: 1492 },
	{ title: 'Conclusion', page: 30, line: 1902 },
] as const;

/** The running heads that survive in the .txt: the page number they print and their line. */
export const RUNNING_HEADS = [
	{ page: 4, line: 75 },
	{ page: 14, line: 834 },
	{ page: 29, line: 1859 },
	{ page: 31, line: 1945 },
] as const;

/** Page numbers start at 1: the summary, before the introduction, is on pages 1 to 3. */
const FIRST_PAGE = 1;

/** The pages that certainly contain lines `first` to `last` (1-based, inclusive) of the .txt. */
export function pagesOfLines(first: number, last: number): PageRange {
	if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first) {
		throw new Error(`report-pages: lines ${first}-${last} are not a range of lines`);
	}
	let from = FIRST_PAGE;
	let to: number | undefined;
	const upper = (p: number) => (to = to === undefined ? p : Math.min(to, p));
	for (const s of CONTENTS) {
		if (first >= s.line) from = Math.max(from, s.page);
		if (last < s.line) upper(s.page);
	}
	for (const h of RUNNING_HEADS) {
		if (first > h.line) from = Math.max(from, h.page);
		if (last < h.line) upper(h.page);
	}
	return to === undefined ? { from } : { from, to };
}

/** "6–14", "30", "30ff." (an open range: to the end of the text). */
export function formatRange(r: PageRange): string {
	if (r.to === undefined) return `${r.from}ff.`;
	return r.to === r.from ? String(r.from) : `${r.from}–${r.to}`;
}

/** "Report pp. 6–14" / "Report p. 30" as pages show it. */
export function rangeLabel(r: PageRange): string {
	const single = r.to === r.from;
	return `Report ${single ? 'p.' : 'pp.'} ${formatRange(r)}`;
}

/** Whether `inner` lies within `outer` (an open `to` is the end of the report). */
export function rangeWithin(inner: PageRange, outer: PageRange): boolean {
	const end = (r: PageRange) => r.to ?? Number.POSITIVE_INFINITY;
	return inner.from >= outer.from && end(inner) <= end(outer) && inner.from <= end(inner);
}

/**
 * Where each part of the argument sits in the .txt (from `shared/source/README.md`): an entry's
 * `pages` must lie within the certain range of its part, so no entry claims a page its part is not on.
 */
export const PART_LINES = {
	summary: [1, 34],
	introduction: [35, 161],
	history: [162, 276],
	themes: [277, 866],
	scenarios: [867, 1309],
	factors: [1310, 1491],
	recommendations: [1492, 1901],
	conclusion: [1902, 2006],
} as const satisfies Record<string, readonly [number, number]>;
export type ReportPart = keyof typeof PART_LINES;

/** The range that certainly contains a whole part of the report. */
export function partPages(part: ReportPart): PageRange {
	const [first, last] = PART_LINES[part];
	return pagesOfLines(first, last);
}

/** A chapter of the report as its contents list gives it: its lines in the .txt and its pages. */
export interface ReportSection {
	key: string;
	title: string;
	/** First and last line of the chapter in the text (1-based, inclusive). */
	lines: { from: number; to: number };
	/** The pages the chapter spans: from its first page to the next chapter's first page (open for the last). */
	pages: PageRange;
}

/** The summary, then each chapter of the contents list; "Enduring Tensions" belongs to the introduction. */
export const SECTION_PAGES: readonly ReportSection[] = [
	{ key: 'summary', title: 'Summary', lines: { from: 1, to: CONTENTS[0].line - 1 }, pages: { from: FIRST_PAGE, to: CONTENTS[0].page } },
	...CONTENTS.map((c, i) => {
		const next = CONTENTS[i + 1];
		return {
			key: c.title.toLowerCase().split(' ').slice(0, 2).join('-').replace(/-and$/, ''),
			title: c.title,
			lines: { from: c.line, to: next ? next.line - 1 : Number.MAX_SAFE_INTEGER },
			pages: next ? { from: c.page, to: next.page } : { from: c.page },
		};
	}),
];

/** The chapter a line belongs to. */
export function sectionForLine(line: number): ReportSection {
	if (!Number.isInteger(line) || line < 1) throw new RangeError(`line must be a positive integer, got ${line}`);
	return SECTION_PAGES.find((s) => line >= s.lines.from && line <= s.lines.to)!;
}

/** The pages that certainly contain one line. */
export const pagesForLine = (line: number): PageRange => pagesOfLines(line, line);

/** The pages that certainly contain a passage from one line to another. */
export const pagesForLines = (first: number, last: number): PageRange => pagesOfLines(first, last);

/** "p. 5", "pp. 24–30" or "pp. 30ff." as evidence and data files print a page or a range. */
export function formatPages(p: PageRange | number): string {
	const r = typeof p === 'number' ? { from: p, to: p } : p;
	return `${r.to === r.from ? 'p.' : 'pp.'} ${formatRange(r)}`;
}
