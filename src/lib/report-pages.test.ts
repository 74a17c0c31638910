import { describe, expect, it } from 'vitest';
import { SECTION_PAGES, formatPages, pagesForLine, pagesForLines, sectionForLine } from './report-pages';

describe('pagesForLine', () => {
	it('gives a chapter its pages from the contents list where no running head narrows them', () => {
		expect(pagesForLine(1500)).toEqual({ from: 24, to: 30 });
		expect(pagesForLine(900)).toEqual({ from: 15, to: 24 });
		expect(pagesForLine(300)).toEqual({ from: 6, to: 15 });
	});

	it('narrows by a running head, give or take one page on either side', () => {
		// before "4 PEACEWORKS" (line 75): page 5 at most
		expect(pagesForLine(50)).toEqual({ from: 3, to: 5 });
		// after "14 PEACEWORKS" (line 834): page 13 at least
		expect(pagesForLine(850)).toEqual({ from: 13, to: 15 });
		// after "29 USIP.ORG" (line 1859): pages 28-30
		expect(pagesForLine(1860)).toEqual({ from: 28, to: 30 });
		expect(pagesForLine(1858)).toEqual({ from: 24, to: 30 });
		// the conclusion, either side of "31 USIP.ORG" (line 1945)
		expect(pagesForLine(1920)).toEqual({ from: 30, to: 32 });
		expect(pagesForLine(1950)).toEqual({ from: 30, to: 32 });
	});

	it('a passage over several lines gets the union of their ranges', () => {
		expect(pagesForLines(1855, 1861)).toEqual({ from: 24, to: 30 });
		expect(pagesForLines(70, 80)).toEqual({ from: 3, to: 6 });
	});

	it('every section is contiguous with the next, and every line has a section', () => {
		SECTION_PAGES.slice(1).forEach((s, i) => expect(s.lines.from).toBe(SECTION_PAGES[i]!.lines.to + 1));
		expect(sectionForLine(1492).key).toBe('recommendations');
		expect(sectionForLine(1491).key).toBe('future-scenarios');
		expect(() => pagesForLine(0)).toThrow(/positive integer/);
	});

	it('formats a range or a single page', () => {
		expect(formatPages({ from: 24, to: 30 })).toBe('pp. 24-30');
		expect(formatPages(5)).toBe('p. 5');
	});
});
