/**
 * The edition's matching of a paragraph of its own words to the report passage it restates, to give
 * the paragraph its page. The site does not copy the report's sentences, so a paragraph cannot be
 * found verbatim; what carries over are names, numbers, dates and terms. For each paragraph, within
 * the report lines its entry restates (its `lines`; a sub-measure's own), leaving out photo captions
 * and pull quotes, the passage is the window of report lines that shares the most of those words, each weighted by how rare it is in the
 * entry's lines. The paragraph's pages are the pages of the lines in that window that hold the shared
 * words (one page, or two where they cross a page's first line). Where no window shares enough, the
 * paragraph gets its entry's pages. Either way a paragraph's pages lie within its entry's pages.
 * Pure: the caller gives the report's lines.
 */
import type { LineRanges } from './entry-pages';
import { pagesOfLineRanges } from './entry-pages';
import { pagesOfLines, sideMatterAt, type PageRange } from './report-pages';

/** Words too common to tell one passage from another. */
const STOP = new Set(
	'about above after again against also although among another because been before being between both could does during each either even every from further given have having however into itself just later least less like likely many more most much must neither never other others over own rather same should since some such than that their theirs them then there these they this those through thus under until very were what when where whether which while will with within without would your report says also afghan afghans afghanistan pakistan pakistani pakistans kabul islamabad both sides side two countries country'.split(
		' ',
	),
);

/** A word's stem for matching: lower case, hyphen-joined, cut to its first six letters (numbers whole). */
export function stems(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\u2019']s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter((w) => (/^\d+$/.test(w) ? w.length >= 2 : w.length >= 4 && !STOP.has(w)))
		.map((w) => (/^\d+$/.test(w) ? w : w.slice(0, 6)));
}

/** How many report lines a window holds: about one of the report's paragraphs. */
export const WINDOW_LINES = 12;
/** The least a paragraph must share with its window to be placed: this many distinct stems... */
export const MIN_SHARED = 3;
/** ...carrying at least this share of the paragraph's weight. */
export const MIN_SHARE = 0.25;

export interface ReportLines {
	/** The stems of each line (index 0 = line 1), hyphen-split words joined. */
	stems: string[][];
}

/** Stems each line of the report, joining a word split across a line end ("secu-" + "rity"). */
export function reportLines(raw: string): ReportLines {
	const lines = raw.split(/\r?\n/);
	const joined = lines.map((line, i) => {
		let l = line;
		if (i > 0 && /[A-Za-z]-\s*$/.test(lines[i - 1]!) && /^[a-z]/.test(line.trimStart())) l = line.trimStart().replace(/^\S+/, '');
		const next = lines[i + 1]?.trimStart() ?? '';
		if (/[A-Za-z]-\s*$/.test(l) && /^[a-z]/.test(next)) l = l.replace(/-\s*$/, '') + (/^\S+/.exec(next)?.[0] ?? '');
		return l;
	});
	return { stems: joined.map(stems) };
}

export interface PassageMatch {
	pages: PageRange;
	/** The lines that hold the shared words, or null where the paragraph got its entry's pages. */
	lines: [number, number] | null;
	shared: string[];
}

/** The pages of a paragraph restating part of `ranges` (its entry's lines); see the module's note. */
export function passagePages(report: ReportLines, text: string, ranges: LineRanges): PassageMatch {
	const fallback: PassageMatch = { pages: pagesOfLineRanges(ranges), lines: null, shared: [] };
	const candidates = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)).filter((l) => sideMatterAt(l)?.kind !== 'caption' && sideMatterAt(l)?.kind !== 'pull quote' && report.stems[l - 1]?.length);
	if (!candidates.length) return fallback;
	const df = new Map<string, number>();
	for (const l of candidates) for (const s of new Set(report.stems[l - 1])) df.set(s, (df.get(s) ?? 0) + 1);
	const weight = (s: string) => Math.log(1 + candidates.length / (df.get(s) ?? 0.5));
	const wanted = new Set(stems(text));
	const total = [...wanted].reduce((sum, s) => sum + weight(s), 0);
	let best: { score: number; lines: number[]; shared: string[] } = { score: 0, lines: [], shared: [] };
	for (let i = 0; i < candidates.length; i++) {
		const window = candidates.slice(i, i + WINDOW_LINES).filter((l) => l - candidates[i]! < WINDOW_LINES * 2);
		const found = new Map<string, number>();
		for (const l of window) for (const s of report.stems[l - 1]!) if (wanted.has(s) && !found.has(s)) found.set(s, l);
		const score = [...found.keys()].reduce((sum, s) => sum + weight(s), 0);
		if (score > best.score) best = { score, lines: [...found.values()], shared: [...found.keys()] };
	}
	if (best.shared.length < MIN_SHARED || best.score < MIN_SHARE * total) return fallback;
	const first = Math.min(...best.lines);
	const last = Math.max(...best.lines);
	return { pages: pagesOfLines(first, last), lines: [first, last], shared: best.shared };
}
