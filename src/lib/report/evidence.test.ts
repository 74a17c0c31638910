import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvidence, collectEvidence, findExcerpt, indexReport, pagesForExcerpt } from './evidence';

const sample = [
	'Heading', // 1
	'the shared secu-', // 2
	'rity of Afghanistan-', // 3
	'Pakistan ties “matter”', // 4
	'', // 5
	'and so — on, a 1,660-', // 6
	'mile border', // 7
].join('\n');

describe('indexReport and findExcerpt', () => {
	const index = indexReport(sample);
	it('joins hyphen-split words but keeps a compound’s hyphen at a line end', () => {
		expect(index.text).toContain('the shared security of Afghanistan-Pakistan ties "matter" and so - on, a 1,660-mile border');
	});
	it('finds an excerpt across lines, normalising quotes, dashes and whitespace', () => {
		expect(findExcerpt(index, 'security of  Afghanistan-Pakistan ties “matter” and so – on')).toEqual([{ first: 2, last: 6 }]);
		expect(findExcerpt(index, 'security of Pakistan')).toEqual([]);
	});
});

const report = (() => {
	try {
		return indexReport(readFileSync(new URL('../../../../shared/source/peaceworks-175.txt', import.meta.url), 'utf8'));
	} catch {
		return null;
	}
})();

describe.skipIf(!report)('checkEvidence against the report', () => {
	const idx = report!;
	const excerpt = 'help maintain connections even in the absence of official contacts';
	it('accepts an excerpt with the exact page it is on, written as a number or a range', () => {
		expect(pagesForExcerpt(idx, excerpt)).toEqual({ from: 24, to: 24 });
		expect(checkEvidence(idx, { page: 24, excerpt }, 'f: e')).toBeNull();
		expect(checkEvidence(idx, { page: { from: 24, to: 24 }, excerpt }, 'f: e')).toBeNull();
	});
	it('gives an excerpt that crosses a page’s first line both pages', () => {
		// Line 540 closes p. 9; line 541 opens p. 10.
		expect(pagesForExcerpt(idx, 'independence in 1947. Cold War alignments over the next several decades')).toEqual({ from: 9, to: 10 });
	});
	it('takes the running text’s page over a pull quote that repeats it', () => {
		// Lines 836-843 (p. 14) are repeated by the pull quote at 864-866.
		expect(pagesForExcerpt(idx, 'seeking to focus on geo-economic connectivity to Central Asia')).toEqual({ from: 14, to: 14 });
	});
	it('gives a quotation from the sidebar its page with the neighbouring one', () => {
		expect(pagesForExcerpt(idx, 'along a 1,660-mile border that bisected Pashtun-majority areas')).toEqual({ from: 4, to: 5 });
	});
	it('rejects an excerpt that is not in the report, naming the place', () => {
		expect(checkEvidence(idx, { page: { from: 24, to: 30 }, excerpt: 'they can always maintain connections' }, 'x.mdx: outlook.instability.evidence[0].excerpt')).toMatch(
			/^x\.mdx: outlook\.instability\.evidence\[0\]\.excerpt: excerpt is not in the report's text/,
		);
	});
	it('rejects any other page, or a wider range, naming the page field and the page to write', () => {
		expect(checkEvidence(idx, { page: 6, excerpt }, 'f: e', 'f: field "x.page"')).toMatch(/^f: field "x\.page": excerpt ".*" is not on p\. 6: it is at lines 1545-1546, on p\. 24; write page: 24$/);
		expect(checkEvidence(idx, { page: 25, excerpt }, 'f: e')).toMatch(/is not on p\. 25/);
		expect(checkEvidence(idx, { page: { from: 24, to: 30 }, excerpt }, 'f: e')).toMatch(/is not on pp\. 24–30: .*write page: 24$/);
	});
	it('rejects an excerpt over 25 words', () => {
		expect(checkEvidence(idx, { page: 25, excerpt: 'a '.repeat(26) }, 'f: e')).toMatch(/26 words/);
	});
	it('joins the report’s own hyphen splits', () => {
		expect(pagesForExcerpt(idx, 'these recommendations may become untenable until the situation improves')).toEqual({ from: 24, to: 24 });
	});
});

describe('collectEvidence', () => {
	it('finds every excerpt at any depth with its field path', () => {
		const data = {
			outlook: { instability: { status: 'x', evidence: [{ page: 25, excerpt: 'a' }] } },
			mustAct: [{ actor: 'pakistan', evidence: [{ page: 26, excerpt: 'b' }] }],
		};
		expect(collectEvidence(data)).toEqual([
			{ field: 'outlook.instability.evidence[0].excerpt', evidence: { page: 25, excerpt: 'a' } },
			{ field: 'mustAct[0].evidence[0].excerpt', evidence: { page: 26, excerpt: 'b' } },
		]);
	});
});
