import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CONTENTS,
	LAST_LINE,
	PAGE_STARTS,
	RUNNING_HEADS,
	SECTION_PAGES,
	SIDE_MATTER,
	formatPages,
	formatRange,
	linePages,
	pageOfLine,
	pagesForLines,
	pagesOfLines,
	partPages,
	rangeLabel,
	rangeSource,
	rangeWithin,
	sameRange,
	sectionForLine,
} from './report-pages';

describe('pageOfLine: the page whose first line is the nearest at or before', () => {
	it('puts a page’s first line on that page and the line before on the previous one', () => {
		expect(pageOfLine(1)).toBe(1);
		expect(pageOfLine(351)).toBe(6);
		expect(pageOfLine(352)).toBe(7);
		expect(pageOfLine(1601)).toBe(25);
		expect(pageOfLine(1602)).toBe(26);
		expect(pageOfLine(LAST_LINE)).toBe(32);
	});
	it('agrees with every entry of the contents list and every running head', () => {
		for (const c of CONTENTS) expect(pageOfLine(c.line), c.title).toBe(c.page);
		for (const h of RUNNING_HEADS) expect(pageOfLine(h.line)).toBe(h.page);
	});
	it('numbers the pages 1 to 32 in order, each starting after the last', () => {
		expect(PAGE_STARTS.map(([p]) => p)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
		PAGE_STARTS.slice(1).forEach(([, line], i) => expect(line).toBeGreaterThan(PAGE_STARTS[i]![1]));
	});
	it('rejects a line outside the text', () => {
		expect(() => pageOfLine(0)).toThrow(/not a line/);
		expect(() => pageOfLine(LAST_LINE + 1)).toThrow(/not a line/);
	});
});

describe('pagesOfLines: a passage’s exact pages', () => {
	it('gives one page for a passage within a page', () => {
		expect(pagesOfLines(279, 351)).toEqual({ from: 6, to: 6 });
	});
	it('gives two pages for a passage that crosses a page’s first line', () => {
		expect(pagesOfLines(540, 541)).toEqual({ from: 9, to: 10 });
		expect(pagesOfLines(1595, 1610)).toEqual({ from: 25, to: 26 });
	});
	it('takes a passage’s pages from its running text, not from a caption or pull quote inside it', () => {
		// Lines 855-866: running text to 862 (p. 14), then the pull quote 864-866 that closes the page's text.
		expect(pagesOfLines(855, 866)).toEqual({ from: 14, to: 14 });
	});
	it('gives a passage wholly in side matter its page and the page across the edge it sits at', () => {
		expect(pagesOfLines(864, 866)).toEqual({ from: 14, to: 15 }); // pull quote closing p. 14
		expect(pagesOfLines(830, 830)).toEqual({ from: 13, to: 14 }); // the caption that closes p. 13's text
		expect(pagesOfLines(176, 179)).toEqual({ from: 4, to: 5 }); // the timeline sidebar, which opens p. 5
		expect(linePages(1990)).toEqual({ from: 31, to: 32 });
	});
	it('rejects what is not a range of lines', () => {
		expect(() => pagesOfLines(10, 5)).toThrow(/lines 10-5/);
		expect(() => pagesOfLines(0, 5)).toThrow(/not a range/);
	});
});

describe('the side matter', () => {
	const lines = readFileSync(new URL('../../../../shared/source/peaceworks-175.txt', import.meta.url), 'utf8').split(/\r?\n/);
	it('holds every photo caption in the text', () => {
		lines.forEach((l, i) => {
			if (l.includes('(Photo by')) expect(SIDE_MATTER.some((s) => s.kind === 'caption' && i + 1 >= s.from && i + 1 <= s.to), `line ${i + 1}`).toBe(true);
		});
	});
	it('sits at a page’s edge: it ends just before a page’s first line or starts one', () => {
		const starts = PAGE_STARTS.map(([, l]) => l);
		for (const s of SIDE_MATTER) expect(starts.includes(s.to + 1) || starts.includes(s.from) || s.to === LAST_LINE, `${s.kind} ${s.from}`).toBe(true);
	});
});

describe('the parts of the report', () => {
	it('gives each part the pages its text stands on', () => {
		expect(partPages('summary')).toEqual({ from: 1, to: 2 });
		expect(partPages('themes')).toEqual({ from: 6, to: 14 });
		expect(partPages('scenarios')).toEqual({ from: 15, to: 20 });
		expect(partPages('factors')).toEqual({ from: 20, to: 23 });
		expect(partPages('recommendations')).toEqual({ from: 24, to: 29 });
		expect(partPages('history')).toEqual({ from: 4, to: 5 });
		expect(partPages('conclusion')).toEqual({ from: 30, to: 31 });
	});
});

describe('formatting and comparing ranges', () => {
	it('prints an en dash range, a single page, or an open range', () => {
		expect(formatRange({ from: 6, to: 14 })).toBe('6–14');
		expect(formatRange({ from: 30, to: 30 })).toBe('30');
		expect(formatRange({ from: 30 })).toBe('30ff.');
		expect(rangeLabel({ from: 6, to: 14 })).toBe('Report pp. 6–14');
		expect(rangeLabel({ from: 30, to: 30 })).toBe('Report p. 30');
		expect(formatPages({ from: 25, to: 26 })).toBe('pp. 25–26');
		expect(formatPages(5)).toBe('p. 5');
	});
	it('writes a range as content writes it', () => {
		expect(rangeSource({ from: 7, to: 7 })).toBe('7');
		expect(rangeSource({ from: 25, to: 26 })).toBe('{ from: 25, to: 26 }');
	});
	it('knows when one range lies within another, and when two are the same pages', () => {
		expect(rangeWithin({ from: 6, to: 14 }, { from: 6, to: 15 })).toBe(true);
		expect(rangeWithin({ from: 5, to: 14 }, { from: 6, to: 15 })).toBe(false);
		expect(rangeWithin({ from: 30 }, { from: 24, to: 30 })).toBe(false);
		expect(sameRange(7, { from: 7, to: 7 })).toBe(true);
		expect(sameRange(7, { from: 7, to: 8 })).toBe(false);
	});
});

describe('the chapters', () => {
	it('gives each line its chapter and the chapter the pages its text stands on', () => {
		expect(sectionForLine(1492).key).toBe('recommendations');
		expect(sectionForLine(1491).key).toBe('future-scenarios');
		expect(sectionForLine(200).key).toBe('introduction');
		expect(sectionForLine(10).pages).toEqual({ from: 1, to: 2 });
		expect(sectionForLine(1500).pages).toEqual({ from: 24, to: 29 });
		expect(() => sectionForLine(0)).toThrow(/not a line/);
	});
	it('makes the chapters contiguous', () => {
		SECTION_PAGES.slice(1).forEach((s, i) => expect(s.lines.from).toBe(SECTION_PAGES[i]!.lines.to + 1));
	});
	it('pages a passage across chapters', () => {
		expect(pagesForLines(1855, 1861)).toEqual({ from: 28, to: 29 });
	});
});
