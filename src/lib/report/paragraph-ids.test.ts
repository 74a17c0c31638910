import { describe, expect, it } from 'vitest';
import { assignAnchors, builtAnchors, checkAnchors, paragraphSlug, restatesReport } from './paragraph-ids';

describe('paragraph anchors', () => {
	it('slug the opening words, without accents or punctuation', () => {
		expect(paragraphSlug('Pakistan’s “strategic depth” — a doctrine, explained at length.')).toBe('p-pakistan-s-strategic-depth-a-doctrine');
		expect(paragraphSlug('Kābul')).toBe('p-kabul');
	});
	it('carry the prefix given, so two eras’ like openings on the history page do not collide', () => {
		const a = assignAnchors(['In the timeline.'], [], 'p-soviet-war-');
		const b = assignAnchors(['In the timeline.'], [], 'p-taliban-rule-');
		expect([a[0], b[0]]).toEqual(['p-soviet-war-in-the-timeline', 'p-taliban-rule-in-the-timeline']);
	});
	it('belong to the files whose entry restates report lines', () => {
		expect(restatesReport({ lines: [[289, 409]], title: 'x' })).toBe(true);
		expect(restatesReport({ title: 'Cite this edition' })).toBe(false);
		expect(restatesReport(undefined)).toBe(false);
	});
	it('are read back from built HTML, aliases included', () => {
		expect(builtAnchors('<p id="p-a" data-para>x</p><li data-para id="p-b">y</li><span id="p-old" data-anchor-alias></span><h2 id="h">z</h2>')).toEqual(new Set(['p-a', 'p-b', 'p-old']));
	});
	it('fail the contract when a published one disappears, saying how to map it', () => {
		const anchors = new Map([['/themes/x/', new Set(['p-a'])]]);
		expect(checkAnchors(['/themes/x/#p-a'], (p) => anchors.get(p))).toEqual([]);
		expect(checkAnchors(['/themes/x/#p-gone'], (p) => anchors.get(p))[0]).toMatch(/^\/themes\/x\/#p-gone was published and no longer exists: map it .* anchorSuccessors \(src\/lib\/urls\/redirects\.mjs\)/);
	});
});
