/**
 * Checks an evidence excerpt against the report's text: the words must occur in it (after joining
 * hyphen-split words and normalising whitespace, quotation marks and dashes), and the stated page
 * must be exactly the page (or the two pages) where they occur, computed from the page table in
 * `report-pages.ts`. Pure: the caller reads the file.
 */
import { formatPages, pagesForLines, rangeSource, sameRange, sideMatterAt, type PageRange } from './report-pages';

import { MAX_EXCERPT_WORDS, wordCount } from './excerpts';

export interface Evidence {
	page: number | PageRange;
	excerpt: string;
}

export interface ReportIndex {
	/** The whole text on one line, normalised. */
	text: string;
	/** Offset in `text` where each source line (index 0 = line 1) begins. */
	lineStarts: number[];
}

/** Curly quotes to straight, dashes to hyphens, odd spaces to spaces. */
export const normaliseChars = (s: string) =>
	s
		.replace(/[\u2018\u2019\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201F\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/[\u00A0\u2000-\u200A\u202F\t]/g, ' ');

export const normaliseExcerpt = (s: string) => normaliseChars(s).replace(/\s+/g, ' ').trim();


/** Indexes the report: one normalised string, hyphen-split words joined, with line offsets. */
export function indexReport(raw: string): ReportIndex {
	const lines = raw.split(/\r?\n/).map((l) => normaliseChars(l).replace(/\s+/g, ' ').trim());
	let text = '';
	const lineStarts: number[] = [];
	lines.forEach((line, i) => {
		lineStarts.push(text.length);
		if (!line) return;
		const next = lines.slice(i + 1).find((l) => l.length > 0) ?? '';
		// "secu-" + "rity": a word split at the line end joins up; "Afghanistan-" + "Pakistan" and
		// "1,660-" + "mile" are compounds broken at the hyphen, which stays.
		if (/[A-Za-z]-$/.test(line) && /^[a-z]/.test(next)) text += line.slice(0, -1);
		else if (/[A-Za-z0-9]-$/.test(line)) text += line;
		else text += `${line} `;
	});
	return { text, lineStarts };
}

/** 1-based line of an offset in the index. */
export function lineAt(index: ReportIndex, offset: number): number {
	let lo = 0;
	let hi = index.lineStarts.length - 1;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (index.lineStarts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	// Empty lines share the offset of the next line with text; take the last line starting at or before.
	return lo + 1;
}

/** Every place the excerpt occurs: first and last line. */
export function findExcerpt(index: ReportIndex, excerpt: string): Array<{ first: number; last: number }> {
	const needle = normaliseExcerpt(excerpt);
	const found: Array<{ first: number; last: number }> = [];
	if (!needle) return found;
	for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + 1)) {
		found.push({ first: lineAt(index, at), last: lineAt(index, at + needle.length - 1) });
	}
	return found;
}

/**
 * The places an excerpt is quoted from: where it occurs in the running text, or, only when it occurs
 * nowhere else, in a caption, pull quote or the sidebar (a pull quote repeats the running text).
 */
export function excerptPlaces(index: ReportIndex, excerpt: string): Array<{ first: number; last: number; pages: PageRange }> {
	const all = findExcerpt(index, excerpt);
	const body = all.filter(({ first, last }) => !sideMatterAt(first) && !sideMatterAt(last));
	return (body.length ? body : all).map((p) => ({ ...p, pages: pagesForLines(p.first, p.last) }));
}

/**
 * Why the evidence fails, or null when it holds. `where` names the file and the excerpt's field,
 * `pageWhere` the page's field (the same by default).
 */
export function checkEvidence(index: ReportIndex, ev: Evidence, where: string, pageWhere = where): string | null {
	const words = wordCount(ev.excerpt);
	if (words > MAX_EXCERPT_WORDS) return `${where}: excerpt has ${words} words; keep it to ${MAX_EXCERPT_WORDS} or fewer`;
	const places = excerptPlaces(index, ev.excerpt);
	if (!places.length) return `${where}: excerpt is not in the report's text: "${ev.excerpt}" (copy the report's words exactly)`;
	if (places.some((p) => sameRange(p.pages, ev.page))) return null;
	const at = places[0]!;
	return `${pageWhere}: excerpt "${ev.excerpt}" is not on ${formatPages(ev.page)}: it is at line${at.last > at.first ? `s ${at.first}-${at.last}` : ` ${at.first}`}, on ${formatPages(at.pages)}; write page: ${rangeSource(at.pages)}`;
}

/** The exact pages of an excerpt (where it first occurs in the running text), or null if it is not in the report. */
export function pagesForExcerpt(index: ReportIndex, excerpt: string): PageRange | null {
	return excerptPlaces(index, excerpt)[0]?.pages ?? null;
}

/** Every `{ page, excerpt }` object inside an entry's data, with the path of its `excerpt` field. */
export function collectEvidence(data: unknown, path = ''): Array<{ field: string; evidence: Evidence }> {
	if (Array.isArray(data)) return data.flatMap((v, i) => collectEvidence(v, `${path}[${i}]`));
	if (typeof data !== 'object' || data === null) return [];
	const record = data as Record<string, unknown>;
	const here =
		typeof record.excerpt === 'string'
			? [{ field: `${path ? `${path}.` : ''}excerpt`, evidence: { page: record.page as Evidence['page'], excerpt: record.excerpt } }]
			: [];
	return [
		...here,
		...Object.entries(record)
			.filter(([k]) => k !== 'excerpt')
			.flatMap(([k, v]) => collectEvidence(v, path ? `${path}.${k}` : k)),
	];
}
