import { describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief, isShareFragment } from './share';
import { makeItem, type Brief } from './schema';

const brief = (n: number): Brief => ({
	v: 2,
	title: 'Border trade — a note for Tuesday',
	style: 'apa',
	items: Array.from({ length: n }, (_, i) => ({ ...makeItem(`/themes/trade-and-connectivity/#p-item-${i}`, 'passage', `Passage number ${i}: the edition’s words about trade across the Durand Line.`), note: i % 2 ? `note ${i} ✓` : '' })),
});

describe('share links', () => {
	it('round-trips title, style, order, notes and pages', async () => {
		const b = brief(5);
		b.items[2] = { ...b.items[2]!, pages: '24-30' };
		const hash = await encodeBrief(b);
		expect(hash.startsWith('b1=')).toBe(true);
		expect(hash).toMatch(/^b1=[A-Za-z0-9_-]+$/);
		expect(isShareFragment(`#${hash}`)).toBe(true);
		const d = await decodeBrief(`#${hash}`);
		expect(d).toEqual({ brief: b, dropped: 0, damaged: false });
	});
	it('is compact: 30 items in well under 8 KB of URL', async () => {
		expect((await encodeBrief(brief(30))).length).toBeLessThan(8000);
	});
	it('keeps the items before the cut of a truncated link, and says it was damaged', async () => {
		const hash = await encodeBrief(brief(30));
		const d = await decodeBrief(hash.slice(0, Math.floor(hash.length * 0.6)));
		expect(d.damaged).toBe(true);
		expect(d.brief.title).toBe('Border trade — a note for Tuesday');
		expect(d.brief.items.length).toBeGreaterThan(5);
		expect(d.brief.items.length).toBeLessThan(30);
		expect(d.brief.items).toEqual(brief(30).items.slice(0, d.brief.items.length));
	});
	it('drops a tampered item (text changed without its fingerprint) and keeps the rest', async () => {
		const b = brief(3);
		b.items[1] = { ...b.items[1]!, text: 'Something the edition never said.' };
		const d = await decodeBrief(await encodeBrief(b));
		expect(d.brief.items.map((i) => i.key)).toEqual([b.items[0]!.key, b.items[2]!.key]);
		expect(d.dropped).toBe(1);
	});
	it('reads garbage as damaged with nothing, never throwing', async () => {
		for (const junk of ['#b1=', '#b1=!!!!', '#b1=AAAA', '#b1=zzzzzzzzzzzzzzzzzzzz']) {
			const d = await decodeBrief(junk);
			expect(d.brief.items).toEqual([]);
		}
		expect((await decodeBrief('#b1=!!!!')).damaged).toBe(true);
	});
});
