import { describe, expect, it } from 'vitest';
import { SECTION_PAGES, formatPages, formatRange, pagesForLine, pagesForLines, pagesOfLines, partPages, rangeLabel, rangeWithin, sectionForLine } from './report-pages';

describe('pagesOfLines: the range the contents and running heads certainly allow', () => {
	it('bounds a passage by the section it starts in and the next section’s first page', () => {
		// Sovereignty concerns, lines 289-409: Thematic Analysis starts on p. 6; the head "14" at line 834 comes after.
		expect(pagesOfLines(289, 409)).toEqual({ from: 6, to: 14 });
	});
	it('treats a running head as a boundary give or take one page', () => {
		// Lines just after "14 PEACEWORKS" (834) may be on p. 14 or 15; Future Scenarios starts on p. 15 at line 867.
		expect(pagesOfLines(835, 866)).toEqual({ from: 14, to: 15 });
		// Lines just before "4 PEACEWORKS" (75), after the Introduction's start on p. 3.
		expect(pagesOfLines(35, 74)).toEqual({ from: 3, to: 4 });
		// Between "29 USIP.ORG" (1859) and the Conclusion on p. 30.
		expect(pagesOfLines(1867, 1901)).toEqual({ from: 29, to: 30 });
	});
	it('spans a head when the passage crosses it', () => {
		expect(pagesOfLines(721, 866)).toEqual({ from: 6, to: 15 });
		expect(pagesOfLines(1814, 1901)).toEqual({ from: 24, to: 30 });
	});
	it('leaves the end open after the last head: nothing in the text bounds the conclusion’s last page', () => {
		expect(pagesOfLines(1902, 2006)).toEqual({ from: 30 });
	});
	it('starts at page 1 before the first section', () => {
		expect(pagesOfLines(1, 34)).toEqual({ from: 1, to: 3 });
	});
	it('rejects what is not a range of lines', () => {
		expect(() => pagesOfLines(10, 5)).toThrow(/lines 10-5/);
		expect(() => pagesOfLines(0, 5)).toThrow(/not a range/);
	});
});

describe('the parts of the report', () => {
	it('gives each part of the argument its certain range', () => {
		expect(partPages('themes')).toEqual({ from: 6, to: 15 });
		expect(partPages('scenarios')).toEqual({ from: 15, to: 24 });
		expect(partPages('factors')).toEqual({ from: 15, to: 24 });
		expect(partPages('recommendations')).toEqual({ from: 24, to: 30 });
		expect(partPages('history')).toEqual({ from: 4, to: 6 });
	});
});

describe('formatting and comparing ranges', () => {
	it('prints an en dash range, a single page, or an open range', () => {
		expect(formatRange({ from: 6, to: 14 })).toBe('6–14');
		expect(formatRange({ from: 30, to: 30 })).toBe('30');
		expect(formatRange({ from: 30 })).toBe('30ff.');
		expect(rangeLabel({ from: 6, to: 14 })).toBe('Report pp. 6–14');
		expect(rangeLabel({ from: 30, to: 30 })).toBe('Report p. 30');
	});
	it('knows when one range lies within another', () => {
		expect(rangeWithin({ from: 6, to: 14 }, { from: 6, to: 15 })).toBe(true);
		expect(rangeWithin({ from: 5, to: 14 }, { from: 6, to: 15 })).toBe(false);
		expect(rangeWithin({ from: 30 }, { from: 30 })).toBe(true);
		expect(rangeWithin({ from: 30 }, { from: 24, to: 30 })).toBe(false);
	});
});

describe('the chapters, for the evidence check', () => {
	it('gives each line its chapter and the chapter its pages from the contents list', () => {
		expect(sectionForLine(1492).key).toBe('recommendations');
		expect(sectionForLine(1491).key).toBe('future-scenarios');
		expect(sectionForLine(200).key).toBe('introduction');
		expect(sectionForLine(10).pages).toEqual({ from: 1, to: 3 });
		expect(sectionForLine(1500).pages).toEqual({ from: 24, to: 30 });
		expect(sectionForLine(1950).pages).toEqual({ from: 30 });
		expect(() => sectionForLine(0)).toThrow(/positive integer/);
	});
	it('makes the chapters contiguous', () => {
		SECTION_PAGES.slice(1).forEach((s, i) => expect(s.lines.from).toBe(SECTION_PAGES[i]!.lines.to + 1));
	});
	it('narrows a line by the running heads', () => {
		expect(pagesForLine(1500)).toEqual({ from: 24, to: 29 });
		expect(pagesForLine(1860)).toEqual({ from: 29, to: 30 });
		expect(pagesForLines(1855, 1861)).toEqual({ from: 24, to: 30 });
	});
	it('formats a page or a range as evidence prints it', () => {
		expect(formatPages({ from: 24, to: 30 })).toBe('pp. 24–30');
		expect(formatPages(5)).toBe('p. 5');
		expect(formatPages({ from: 30 })).toBe('pp. 30ff.');
	});
});
