import { describe, expect, it } from 'vitest';
import { checkEntryPages, formatLines, pagesOfLineRanges } from './entry-pages';

const where = (field: string) => `content/themes/x.mdx: field "${field}"`;

describe('pagesOfLineRanges', () => {
	it('spans from the first page of any range to the last page of any', () => {
		expect(pagesOfLineRanges([[289, 409]])).toEqual({ from: 6, to: 8 });
		expect(pagesOfLineRanges([[1077, 1190], [1369, 1390]])).toEqual({ from: 18, to: 22 });
		expect(formatLines([[1077, 1190], [1369, 1369]])).toBe('1077-1190, 1369');
	});
});

describe('checkEntryPages', () => {
	it('accepts pages that are exactly those of the lines', () => {
		expect(checkEntryPages({ pages: { from: 6, to: 8 }, lines: [[289, 409]] }, where)).toEqual([]);
		expect(checkEntryPages({ title: 'About' }, where)).toEqual([]);
	});
	it('rejects pages wider (or narrower) than the lines’, naming the field and the pages to write', () => {
		expect(checkEntryPages({ pages: { from: 6, to: 14 }, lines: [[289, 409]] }, where)).toEqual([
			'content/themes/x.mdx: field "pages": pp. 6–14 is not where its text is: its lines 289-409 stand on pp. 6–8; write pages: {from: 6, to: 8}',
		]);
		expect(checkEntryPages({ pages: { from: 7, to: 8 }, lines: [[289, 409]] }, where)[0]).toMatch(/write pages: \{from: 6, to: 8\}$/);
	});
	it('checks each sub-measure that gives lines', () => {
		const data = { pages: { from: 27, to: 27 }, lines: [[1703, 1770]], measures: [{ id: 'trade', pages: { from: 24, to: 29 }, lines: [[1715, 1728]] }, { id: 'other' }] };
		expect(checkEntryPages(data, where)).toEqual([
			'content/themes/x.mdx: field "measures[0].pages": pp. 24–29 is not where its text is: its lines 1715-1728 stand on p. 27; write pages: {from: 27, to: 27}',
		]);
	});
	it('asks for the lines behind stated pages, and for lines that are lines of the report', () => {
		expect(checkEntryPages({ pages: { from: 6, to: 8 } }, where)[0]).toMatch(/field "lines": give the report lines/);
		expect(checkEntryPages({ pages: { from: 6, to: 8 }, lines: [[409, 289]] }, where)[0]).toMatch(/field "lines": \[409, 289\] is not a range/);
		expect(checkEntryPages({ pages: { from: 6, to: 8 }, lines: [[1, 9999]] }, where)[0]).toMatch(/is not a range of the report's lines/);
	});
});
