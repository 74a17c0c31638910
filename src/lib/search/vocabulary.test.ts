import { describe, expect, it } from 'vitest';
import { buildVocabulary, editDistance, isKnown, suggest } from './vocabulary';

const vocabulary = buildVocabulary([
	'Pakistan and Afghanistan: Pakistan, Pakistani officials, the Taliban and refugees.',
	'Pakistan deported refugees; the de facto border; parking.',
]);

describe('the site vocabulary and "Did you mean"', () => {
	it('counts the words of the texts, three letters and longer, without numbers', () => {
		expect(vocabulary.pakistan).toBe(3);
		expect(vocabulary.de).toBeUndefined();
		expect(Object.keys(vocabulary)).toEqual([...Object.keys(vocabulary)].sort((a, b) => a.localeCompare(b)));
	});

	it('measures edits, counting a swap of neighbours as one', () => {
		expect(editDistance('pakistn', 'pakistan')).toBe(1);
		expect(editDistance('talbian', 'taliban')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
	});

	it('ranks suggestions by fewest edits, then by use', () => {
		expect(suggest('Pakistn', vocabulary)[0]).toBe('pakistan');
		expect(suggest('refugess', vocabulary)).toContain('refugees');
		expect(suggest('pakistan', vocabulary)).not.toContain('pakistan');
		expect(suggest('zzzzzz', vocabulary)).toEqual([]);
	});

	it('knows a word when the site uses it or a form of it, not when only a prefix matches', () => {
		expect(isKnown('Pakistan', vocabulary)).toBe(true);
		expect(isKnown('refugee', vocabulary)).toBe(true);
		expect(isKnown('deportation', vocabulary)).toBe(true);
		expect(isKnown('pakistn', vocabulary)).toBe(false);
		expect(isKnown('parkour', vocabulary)).toBe(false);
	});
});
