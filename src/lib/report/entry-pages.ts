/**
 * The report pages of an entry (theme, era, scenario, factor, recommendation, sub-measure, narrative
 * page) come from the report lines it restates: `lines: [[first, last], ...]` in its frontmatter,
 * lines of `shared/source/peaceworks-175.txt`. Its stated `pages` must be exactly the pages those
 * lines stand on (`report-pages.ts`), so no entry claims a page its text is not on. Pure: `loadSite`
 * runs it on every entry (`report-checks.ts`), naming the file.
 */
import { LAST_LINE, formatPages, pagesOfLines, sameRange, type PageRange } from './report-pages';

/** Line ranges of the report's text, 1-based and inclusive. */
export type LineRanges = ReadonlyArray<readonly [number, number]>;

/** The pages a set of line ranges stands on: from the first page of any to the last page of any. */
export function pagesOfLineRanges(ranges: LineRanges): { from: number; to: number } {
	if (!ranges.length) throw new Error('report-pages: no lines given');
	const pages = ranges.map(([a, b]) => pagesOfLines(a, b));
	return { from: Math.min(...pages.map((p) => p.from)), to: Math.max(...pages.map((p) => p.to)) };
}

/** "289-409, 530-540" */
export const formatLines = (ranges: LineRanges): string => ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(', ');

/** How an entry's `pages` is written: `{from: 6, to: 8}`. */
const pagesSource = (r: PageRange) => `{from: ${r.from}, to: ${r.to}}`;

const isLines = (v: unknown): v is LineRanges =>
	Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && r.length === 2 && r.every((n) => Number.isInteger(n)));

function checkOne(pages: unknown, lines: unknown, where: (field: string) => string, prefix: string): string[] {
	if (lines === undefined) {
		return pages === undefined ? [] : [`${where(`${prefix}lines`)}: give the report lines this restates (lines: [[first, last]] of the report's text); its pages are computed from them`];
	}
	if (!isLines(lines)) return [`${where(`${prefix}lines`)}: lines is a list of [first, last] line pairs, e.g. [[289, 409]]`];
	const bad = lines.find(([a, b]) => a < 1 || b < a || b > LAST_LINE);
	if (bad) return [`${where(`${prefix}lines`)}: [${bad.join(', ')}] is not a range of the report's lines (1-${LAST_LINE}, first before last)`];
	const computed = pagesOfLineRanges(lines);
	if (pages === undefined) return [`${where(`${prefix}pages`)}: give the pages its lines ${formatLines(lines)} stand on: pages: ${pagesSource(computed)}`];
	if (sameRange(pages as PageRange, computed)) return [];
	return [
		`${where(`${prefix}pages`)}: ${formatPages(pages as PageRange)} is not where its text is: its lines ${formatLines(lines)} stand on ${formatPages(computed)}; write pages: ${pagesSource(computed)}`,
	];
}

/**
 * Why an entry's pages disagree with its lines (the entry's own, and each sub-measure's), or nothing.
 * `where(field)` names the file and the field.
 */
export function checkEntryPages(data: unknown, where: (field: string) => string): string[] {
	if (typeof data !== 'object' || data === null) return [];
	const d = data as { pages?: unknown; lines?: unknown; measures?: unknown };
	const measures = Array.isArray(d.measures) ? (d.measures as Array<{ pages?: unknown; lines?: unknown }>) : [];
	return [...checkOne(d.pages, d.lines, where, ''), ...measures.flatMap((m, i) => checkOne(m.pages, m.lines, where, `measures[${i}].`))];
}
