/**
 * The printed pages of the report a passage of its text stands on.
 *
 * `shared/source/peaceworks-175.txt` can be paged exactly (see its README): the extraction marks the
 * first line of every printed page (a leading space, or a running head that prints the number), and
 * the page numbers so counted agree with all five entries of the contents list and all four running
 * heads. `PAGE_STARTS` is that table. A line is on the page whose first line is the nearest at or
 * before it; a passage that crosses a page's first line spans two pages.
 *
 * One caution from the README: photo captions, pull quotes and the timeline sidebar sit where the
 * extraction put them, at the edge of a page's text, which need not be where they stand in print.
 * `SIDE_MATTER` lists them; a passage taken from them gives its page with the page across that edge.
 */

/** A range of printed report pages; `to` undefined means "to the end of the report's text". */
export interface PageRange {
	from: number;
	to?: number | undefined;
}

/** The printed page on which each page's text starts: `[page, first line]` (from the source README). */
export const PAGE_STARTS: ReadonlyArray<readonly [page: number, line: number]> = [
	[1, 1], [2, 32], [3, 35], [4, 75], [5, 162], [6, 277], [7, 352], [8, 391],
	[9, 476], [10, 541], [11, 622], [12, 707], [13, 792], [14, 834], [15, 867], [16, 942],
	[17, 982], [18, 1067], [19, 1148], [20, 1233], [21, 1316], [22, 1356], [23, 1437], [24, 1492],
	[25, 1562], [26, 1602], [27, 1687], [28, 1771], [29, 1859], [30, 1902], [31, 1945], [32, 1990],
];

/** The last line of the report's text. */
export const LAST_LINE = 2006;

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

/** Text the extraction placed at a page's edge, not necessarily where it is printed. */
export interface SideMatter {
	kind: 'caption' | 'pull quote' | 'sidebar';
	/** First and last line (1-based, inclusive). */
	from: number;
	to: number;
}

/**
 * Every photo caption, pull quote and the timeline sidebar ("Enduring Tensions"), by line. Each sits
 * either just before a page's first line (the end of a page's text) or opens a page.
 */
export const SIDE_MATTER: readonly SideMatter[] = [
	{ kind: 'caption', from: 32, to: 33 },
	{ kind: 'sidebar', from: 162, to: 276 },
	{ kind: 'caption', from: 390, to: 390 },
	{ kind: 'pull quote', from: 619, to: 621 },
	{ kind: 'caption', from: 830, to: 833 },
	{ kind: 'pull quote', from: 864, to: 866 },
	{ kind: 'caption', from: 980, to: 981 },
	{ kind: 'pull quote', from: 1145, to: 1147 },
	{ kind: 'caption', from: 1354, to: 1355 },
	{ kind: 'pull quote', from: 1434, to: 1436 },
	{ kind: 'caption', from: 1600, to: 1601 },
	{ kind: 'pull quote', from: 1899, to: 1901 },
	{ kind: 'caption', from: 1940, to: 1944 },
	{ kind: 'pull quote', from: 1990, to: 2006 },
];

function assertLine(line: number): void {
	if (!Number.isInteger(line) || line < 1 || line > LAST_LINE) throw new RangeError(`report-pages: line ${line} is not a line of the report's text (1-${LAST_LINE})`);
}

/** The page a line is on by the count: the page whose first line is the nearest at or before it. */
export function pageOfLine(line: number): number {
	assertLine(line);
	let page = PAGE_STARTS[0]![0];
	for (const [p, first] of PAGE_STARTS) if (first <= line) page = p;
	return page;
}

/** The side matter a line belongs to, if any. */
export const sideMatterAt = (line: number): SideMatter | undefined => SIDE_MATTER.find((s) => line >= s.from && line <= s.to);

const isPageStart = (line: number) => PAGE_STARTS.some(([, first]) => first === line);

/**
 * The pages a line may stand on: its page; for side matter, its page and the page across the edge it
 * sits at (the next page when it closes a page's text, the previous one when it opens a page).
 */
export function linePages(line: number): { from: number; to: number } {
	const page = pageOfLine(line);
	const side = sideMatterAt(line);
	if (!side) return { from: page, to: page };
	if (isPageStart(side.from)) return { from: Math.max(1, pageOfLine(side.from) - 1), to: page };
	return { from: page, to: page + 1 };
}

/**
 * The pages lines `first` to `last` (1-based, inclusive) stand on. A passage of the running text
 * that has side matter inside it takes its pages from the running text; a passage wholly in side
 * matter gives its page with the neighbouring one.
 */
export function pagesOfLines(first: number, last: number): { from: number; to: number } {
	if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first) {
		throw new Error(`report-pages: lines ${first}-${last} are not a range of lines`);
	}
	assertLine(first);
	assertLine(last);
	const lines = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const body = lines.filter((l) => !sideMatterAt(l));
	const ranges = (body.length ? body : lines).map(linePages);
	return { from: Math.min(...ranges.map((r) => r.from)), to: Math.max(...ranges.map((r) => r.to)) };
}

/** "6–14", "30" (and "30ff." for an open range, which the page table no longer needs). */
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

/** Whether two ranges are the same pages (a single page may be written `7` or `{ from: 7, to: 7 }`). */
export const sameRange = (a: PageRange | number, b: PageRange | number): boolean => {
	const [x, y] = [asRange(a), asRange(b)];
	return x.from === y.from && x.to === y.to;
};

/** A page number as a range. */
export const asRange = (p: PageRange | number): PageRange => (typeof p === 'number' ? { from: p, to: p } : p);

/** How a range is written in content: `7` for one page, `{ from: 25, to: 26 }` for two or more. */
export const rangeSource = (r: PageRange): string => (r.to === r.from ? String(r.from) : `{ from: ${r.from}, to: ${r.to} }`);

/**
 * Where each part of the argument sits in the .txt (from `shared/source/README.md`): no entry of a
 * part may restate lines outside it.
 */
export const PART_LINES = {
	summary: [1, 34],
	introduction: [35, 161],
	history: [162, 276],
	themes: [277, 866],
	scenarios: [867, 1309],
	factors: [1310, 1491],
	recommendations: [1492, 1901],
	conclusion: [1902, 1989],
} as const satisfies Record<string, readonly [number, number]>;
export type ReportPart = keyof typeof PART_LINES;

/** The pages a whole part of the report stands on. */
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
	/** The pages the chapter's text stands on. */
	pages: PageRange;
}

/** The summary, then each chapter of the contents list; "Enduring Tensions" belongs to the introduction. */
export const SECTION_PAGES: readonly ReportSection[] = [
	{ key: 'summary', title: 'Summary', lines: { from: 1, to: CONTENTS[0].line - 1 }, pages: pagesOfLines(1, CONTENTS[0].line - 1) },
	...CONTENTS.map((c, i) => {
		const next = CONTENTS[i + 1];
		const lines = { from: c.line, to: next ? next.line - 1 : LAST_LINE };
		return {
			key: c.title.toLowerCase().split(' ').slice(0, 2).join('-').replace(/-and$/, ''),
			title: c.title,
			lines,
			pages: pagesOfLines(lines.from, lines.to),
		};
	}),
];

/** The chapter a line belongs to. */
export function sectionForLine(line: number): ReportSection {
	assertLine(line);
	return SECTION_PAGES.find((s) => line >= s.lines.from && line <= s.lines.to)!;
}

/** The pages one line stands on. */
export const pagesForLine = (line: number): PageRange => pagesOfLines(line, line);

/** The pages a passage from one line to another stands on. */
export const pagesForLines = (first: number, last: number): PageRange => pagesOfLines(first, last);

/** "p. 5", "pp. 25–26" as evidence and data files print a page or a range. */
export function formatPages(p: PageRange | number): string {
	const r = asRange(p);
	return `${r.to === r.from ? 'p.' : 'pp.'} ${formatRange(r)}`;
}
