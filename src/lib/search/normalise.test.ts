import { describe, expect, it } from 'vitest';
import { matchesWords, normaliseText, stem, words } from './normalise';

describe('normalisation shared by search and the explorer', () => {
	it('lower-cases, drops diacritics and keeps hyphenated words whole and in parts', () => {
		expect(words('Tehrik-i-Taliban Pakistan')).toEqual(['tehrikitaliban', 'tehrik', 'i', 'taliban', 'pakistan']);
		expect(words('Café AP-07')).toEqual(['cafe', 'ap07', 'ap', '07']);
	});

	it('stems common endings and a final e, but never below four letters', () => {
		expect(stem('borders')).toBe('border');
		expect(stem('negotiations')).toBe('negoti');
		expect(stem('negotiating')).toBe('negotiat');
		expect(stem('trade')).toBe(stem('trading'));
		expect(stem('refugee')).toBe(stem('refugees'));
		expect(stem('gas')).toBe('gas');
		expect(stem('ties')).toBe('ties');
	});

	it('matches every word of a phrase as a stem or a word start, never inside a word', () => {
		const text = normaliseText('Explore border management options along the Durand Line');
		expect(matchesWords(text, 'Durand')).toBe(true);
		expect(matchesWords(text, 'borders durand')).toBe(true);
		expect(matchesWords(text, 'order')).toBe(false);
		expect(matchesWords(text, 'durand trade')).toBe(false);
		expect(matchesWords(text, '  ')).toBe(false);
	});
});
