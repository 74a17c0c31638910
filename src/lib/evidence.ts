/**
 * Checks an evidence excerpt against the report's text: the words must occur in it (after joining
 * hyphen-split words and normalising whitespace, quotation marks and dashes), and the stated pages
 * must be honest for where they occur: they contain the pages the passage certainly sits on and
 * stay within its section's pages. Pure: the caller reads the file.
 */
import { formatPages, pagesForLines, rangeWithin, sectionForLine, type PageRange } from './report-pages';

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

const asRange = (p: number | PageRange): PageRange => (typeof p === 'number' ? { from: p, to: p } : p);

/** Why the evidence fails, or null when it holds. `where` names the file and field. */
export function checkEvidence(index: ReportIndex, ev: Evidence, where: string): string | null {
	const words = wordCount(ev.excerpt);
	if (words > MAX_EXCERPT_WORDS) return `${where}: excerpt has ${words} words; keep it to ${MAX_EXCERPT_WORDS} or fewer`;
	const places = findExcerpt(index, ev.excerpt);
	if (!places.length) return `${where}: excerpt is not in the report's text: "${ev.excerpt}" (copy the report's words exactly)`;
	const stated = asRange(ev.page);
	const reasons = places.map(({ first, last }) => {
		const certain = pagesForLines(first, last);
		const section = sectionForLine(first);
		const within = rangeWithin(stated, section.pages);
		const covers = rangeWithin(certain, stated);
		return within && covers
			? null
			: `it is at line ${first}, in ${section.title} (${formatPages(section.pages)}), which certainly puts it on ${formatPages(certain)}; write page: { from: ${certain.from}${certain.to === undefined ? '' : `, to: ${certain.to}`} }`;
	});
	if (reasons.includes(null)) return null;
	return `${where}: excerpt "${ev.excerpt}" is not on ${formatPages(stated)}: ${reasons[0]}`;
}

/** The honest page range for an excerpt (for authors and tools), or null if it is not in the report. */
export function pagesForExcerpt(index: ReportIndex, excerpt: string): PageRange | null {
	const first = findExcerpt(index, excerpt)[0];
	return first ? pagesForLines(first.first, first.last) : null;
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
