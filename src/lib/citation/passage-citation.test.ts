import { describe, expect, it } from 'vitest';
import { cite, type CiteInput } from './citation';
import { rememberedStyle } from './cite-style';
import { passageCitation } from './passage-citation';

const input: CiteInput = {
	pageTitle: 'Sovereignty concerns',
	code: 'T1',
	url: 'https://example.org/themes/sovereignty-concerns/',
	pages: { from: 6, to: 8 },
	modified: '2026-12-07',
	accessed: '2026-12-07',
	key: 'edition-t1',
	edition: { siteName: 'Afghanistan-Pakistan Ties', author: 'Afghanistan-Pakistan Ties editors' },
	restatesReport: true,
};
const url = 'https://example.org/themes/sovereignty-concerns/#p-meeting-us-secretary-of-state-henry';

describe('passageCitation', () => {
	it('gives the paragraph’s URL and its own page, not the page’s range, as the pinpoint', () => {
		const lines = passageCitation('chicago', input, url, { from: 6, to: 6 });
		expect(lines.slice(0, 2)).toEqual([url, 'Report p. 6']);
		const text = lines.join('\n');
		expect(text).toContain('Peaceworks no. 175 (United States Institute of Peace, 2021), 6,');
		expect(text).not.toMatch(/6–8/);
		expect(text).toContain(url);
	});
	it('copies every part of the chosen style, with the passage’s pages and URL', () => {
		for (const style of ['chicago', 'apa', 'mla'] as const) {
			const expected = cite(style, { ...input, url, pages: { from: 25, to: 26 } }).map((p) => p.text);
			const lines = passageCitation(style, input, url, { from: 25, to: 26 });
			expect(lines[1]).toBe('Report pp. 25–26');
			expect(lines.filter((l, i) => i > 1 && l)).toEqual(expected);
		}
		expect(passageCitation('apa', input, url, { from: 7, to: 7 }).join('\n')).toContain('(Threlkeld & Easterly, 2021, p. 7)');
		expect(passageCitation('mla', input, url, { from: 7, to: 7 }).join('\n')).toContain('(Threlkeld and Easterly 7)');
	});
	it('gives only the page’s own record on a page of the edition’s own matter', () => {
		const text = passageCitation('chicago', { ...input, restatesReport: false, pages: undefined }, url, undefined).join('\n');
		expect(text).toContain(url);
		expect(text).not.toMatch(/Threlkeld|summarized in/);
	});
	it('falls back to the page’s range where the paragraph has none', () => {
		expect(passageCitation('chicago', input, url, undefined)[1]).toBe('Report pp. 6–8');
	});
});

describe('rememberedStyle', () => {
	it('is the reader’s chosen prose style, or Chicago', () => {
		expect(rememberedStyle('apa')).toBe('apa');
		expect(rememberedStyle('mla')).toBe('mla');
		expect(rememberedStyle('bibtex')).toBe('chicago');
		expect(rememberedStyle(null)).toBe('chicago');
	});
});
