import { describe, expect, it } from 'vitest';
import { fingerprint, normaliseText, pageItemText } from './fingerprint';

describe('brief fingerprints', () => {
	it('ignores layout whitespace but not words', () => {
		expect(fingerprint('Pakistan  views\n\tAfghanistan ')).toBe(fingerprint('Pakistan views Afghanistan'));
		expect(fingerprint('Pakistan views Afghanistan')).not.toBe(fingerprint('Pakistan viewed Afghanistan'));
	});
	it('is 7 base-36 characters and stable', () => {
		expect(fingerprint('')).toMatch(/^[0-9a-z]{7}$/);
		expect(fingerprint('abc')).toBe(fingerprint('abc'));
	});
	it('normalises Unicode forms', () => {
		expect(normaliseText('cafe\u0301')).toBe('caf\u00e9');
	});
	it('writes a page item as code, title and summary', () => {
		expect(pageItemText({ code: 'AP-07', title: 'Open markets', description: 'Let traders cross.' })).toBe('AP-07 Open markets. Let traders cross.');
		expect(pageItemText({ title: 'A', description: 'B' })).toBe('A. B');
	});
});
