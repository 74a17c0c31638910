import { describe, expect, it } from 'vitest';
import { EMPTY_BRIEF, SHARE_PREFIX, STORAGE_KEY, briefNeeded } from './boot';
import { STORAGE_KEY as STORE_KEY } from '../../scripts/brief-store';
import { BRIEF_VERSION, DEFAULT_STYLE, emptyBrief, makeItem } from './schema';
import { encodeBrief } from './share';

const kept = (x: unknown) => JSON.stringify(x);

describe('whether /brief/ loads its tools at once', () => {
	it('writes out the storage key and the empty brief as the store and the schema have them', () => {
		expect(STORAGE_KEY).toBe(STORE_KEY);
		expect(EMPTY_BRIEF).toEqual({ v: BRIEF_VERSION, title: '', style: DEFAULT_STYLE });
		expect(emptyBrief()).toEqual({ ...EMPTY_BRIEF, items: [] });
	});
	it('does not for a reader with no brief, or an empty one', () => {
		expect(briefNeeded('', null)).toBe(false);
		expect(briefNeeded('#p-some-anchor', null)).toBe(false);
		expect(briefNeeded('', kept(emptyBrief()))).toBe(false);
		expect(briefNeeded('', kept({ v: 2, items: [] }))).toBe(false);
	});
	it('does for a share link, whatever is kept', async () => {
		const link = await encodeBrief({ ...emptyBrief(), items: [makeItem('/themes/x/#p-one', 'passage', 'One passage')] });
		expect(link.startsWith(SHARE_PREFIX)).toBe(true);
		expect(briefNeeded(`#${link}`, null)).toBe(true);
		// A damaged link too: the tools say what was lost.
		expect(briefNeeded(`#${SHARE_PREFIX}%%%`, kept(emptyBrief()))).toBe(true);
	});
	it('does for a kept brief with items, a title or a chosen style', () => {
		expect(briefNeeded('', kept({ ...emptyBrief(), items: [makeItem('/themes/x/#p-one', 'passage', 'One passage')] }))).toBe(true);
		expect(briefNeeded('', kept({ ...emptyBrief(), title: 'For Tuesday' }))).toBe(true);
		expect(briefNeeded('', kept({ ...emptyBrief(), style: 'apa' }))).toBe(true);
	});
	it('does when unsure: unreadable storage, damaged JSON, another version, not a brief', () => {
		expect(briefNeeded('', undefined)).toBe(true);
		expect(briefNeeded('', '{"v":2,"items":[')).toBe(true);
		expect(briefNeeded('', kept({ v: 1, items: [] }))).toBe(true);
		expect(briefNeeded('', kept({ v: 3, items: [] }))).toBe(true);
		expect(briefNeeded('', kept({ items: [] }))).toBe(true);
		expect(briefNeeded('', kept([]))).toBe(true);
		expect(briefNeeded('', 'null')).toBe(true);
		expect(briefNeeded('', kept({ v: 2, items: 'none' }))).toBe(true);
	});
});
