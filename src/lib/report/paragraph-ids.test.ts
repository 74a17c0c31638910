import { describe, expect, it } from 'vitest';
import { anchorPrefix, assignAnchors, builtAnchors, checkAnchors, isArgumentFile, pageOfFile, paragraphSlug } from './paragraph-ids';

describe('paragraph anchors', () => {
	it('slug the opening words, without accents or punctuation', () => {
		expect(paragraphSlug('Pakistan’s “strategic depth” — a doctrine, explained at length.')).toBe('p-pakistan-s-strategic-depth-a-doctrine');
		expect(paragraphSlug('Kābul')).toBe('p-kabul');
	});
	it('carry the era’s id for eras, which share the history page, so two eras’ like openings do not collide', () => {
		expect(anchorPrefix('/x/content/eras/soviet-war.mdx')).toBe('p-soviet-war-');
		expect(anchorPrefix('/x/content/themes/x.mdx')).toBe('p-');
		const a = assignAnchors(['In the timeline.'], [], anchorPrefix('/x/content/eras/soviet-war.mdx'));
		const b = assignAnchors(['In the timeline.'], [], anchorPrefix('/x/content/eras/taliban-rule.mdx'));
		expect([a[0], b[0]]).toEqual(['p-soviet-war-in-the-timeline', 'p-taliban-rule-in-the-timeline']);
	});
	it('belong to the argument’s files and the page each is rendered on', () => {
		expect(isArgumentFile('/x/content/recommendations/acknowledge-core-issues.mdx')).toBe(true);
		expect(isArgumentFile('/x/content/pages/cite.mdx')).toBe(false);
		expect(pageOfFile('/x/content/eras/soviet-war.mdx')).toBe('/history/');
		expect(pageOfFile('/x/content/pages/summary.mdx')).toBe('/summary/');
		expect(pageOfFile('/x/content/themes/trade-and-connectivity.mdx')).toBe('/themes/trade-and-connectivity/');
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
