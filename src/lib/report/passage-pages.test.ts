import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passagePages, reportLines, stems } from './passage-pages';

describe('stems', () => {
	it('keeps names, numbers and terms, cut to six letters; drops short and common words', () => {
		expect(stems('In 1976, Daoud met Kissinger in Kabul about the Durand Line’s status.')).toEqual(['1976', 'daoud', 'kissin', 'durand', 'line', 'status']);
	});
});

describe('captions and pull quotes', () => {
	it('are left out: a paragraph is placed on the running text, never on a pull quote (lines 864-866)', () => {
		const lines = Array.from({ length: 866 }, (_, i) => (i + 1 === 865 ? 'geo-economic connectivity Central Asia traditional geopolitical interests' : ''));
		const report = reportLines(lines.join('\n'));
		const m = passagePages(report, 'Geo-economic connectivity to Central Asia over traditional geopolitical interests.', [[721, 866]]);
		expect(m.lines).toBeNull();
		expect(m.pages).toEqual({ from: 12, to: 14 });
	});
});

describe('reportLines', () => {
	it('joins a word split across a line end onto the line it starts on', () => {
		const r = reportLines('regional secu-\nrity matters');
		expect(r.stems).toEqual([['region', 'securi'], ['matter']]);
	});
});

const raw = (() => {
	try {
		return readFileSync(new URL('../../../../shared/source/peaceworks-175.txt', import.meta.url), 'utf8');
	} catch {
		return undefined;
	}
})();

describe.skipIf(!raw)('passagePages against the report', () => {
	const report = reportLines(raw!);
	const sovereignty = [[289, 409]] as const;
	it('places a paragraph on the page of the passage it restates', () => {
		const para = 'Meeting US Secretary of State Henry Kissinger in Kabul in 1976, Daoud said that Pakistani humanitarian help after several natural calamities was a substantial move.';
		const m = passagePages(report, para, sovereignty);
		expect(m.pages).toEqual({ from: 6, to: 6 });
		expect(m.lines![0]).toBeGreaterThanOrEqual(327);
		expect(m.shared).toEqual(expect.arrayContaining(['kissin', '1976']));
		const fence = 'Following military operations in the border areas in 2014, Islamabad built a two-layer fence along its borders with Afghanistan and Iran.';
		expect(passagePages(report, fence, sovereignty).pages).toEqual({ from: 7, to: 7 });
	});
	it('gives the entry’s pages where the paragraph shares too little with any passage', () => {
		expect(passagePages(report, 'The blame runs both ways:', sovereignty)).toEqual({ pages: { from: 6, to: 8 }, lines: null, shared: [] });
	});
	it('never looks outside the entry’s lines, so a paragraph’s pages stay within the entry’s', () => {
		// The fence paragraph again, but only the security-interests lines (410-519, pp. 8-9) to look in.
		const m = passagePages(report, 'Following military operations in the border areas in 2014, Islamabad built a two-layer fence.', [[410, 519]]);
		expect(m.pages.from).toBeGreaterThanOrEqual(8);
		expect(m.pages.to).toBeLessThanOrEqual(9);
	});
});
