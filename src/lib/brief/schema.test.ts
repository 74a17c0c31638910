import { describe, expect, it } from 'vitest';
import { addItems, makeItem, moveItem, readBrief, validItem, emptyBrief } from './schema';

const a = makeItem('/themes/x/#p-one', 'passage', 'One  passage\n');
const b = makeItem('/glossary/#term-apapps', 'term', 'APAPPS the plan');

describe('brief schema', () => {
	it('normalises captured text and fingerprints it', () => {
		expect(a.text).toBe('One passage');
		expect(validItem(a)).toEqual(a);
	});
	it('rejects bad keys, kinds and fingerprints', () => {
		expect(validItem({ ...a, key: 'https://evil.example/' })).toBeUndefined();
		expect(validItem({ ...a, key: '/x/#a"b' })).toBeUndefined();
		expect(validItem({ ...a, kind: 'poem' })).toBeUndefined();
		expect(validItem({ ...a, text: 'changed' })).toBeUndefined();
		expect(validItem({ ...a, pages: 'p. 4' })).toBeUndefined();
	});
	it('migrates version 1 (url, no style) to the current version', () => {
		const { key: url, ...rest } = a;
		const r = readBrief({ v: 1, title: 'Old', items: [{ ...rest, url }] });
		expect(r.migrated).toBe(true);
		expect(r.brief).toEqual({ v: 2, title: 'Old', style: 'chicago', items: [a] });
	});
	it('keeps valid items and counts the others', () => {
		const r = readBrief({ v: 2, title: 'T', style: 'mla', items: [a, { junk: 1 }, b, a] });
		expect(r.brief.items).toEqual([a, b]);
		expect(r.brief.style).toBe('mla');
		expect(r.dropped).toBe(2);
	});
	it('says what is wrong with what is no brief or from a newer version', () => {
		expect(readBrief('x').problem).toMatch(/not a brief/);
		expect(readBrief({ v: 99, items: [] }).problem).toMatch(/newer version/);
	});
	it('adds without duplicates and moves items', () => {
		const one = addItems(emptyBrief(), [a, b, a]);
		expect(one.added).toHaveLength(2);
		expect(addItems(one.brief, [a]).added).toHaveLength(0);
		expect(moveItem(one.brief, 1, 0).items.map((i) => i.key)).toEqual([b.key, a.key]);
		expect(moveItem(one.brief, 0, 9).items.map((i) => i.key)).toEqual([b.key, a.key]);
	});
});
