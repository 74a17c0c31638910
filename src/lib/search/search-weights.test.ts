import { describe, expect, it } from 'vitest';
import { RECORD_TITLE_WEIGHT, titleWeight, weighTitle } from './search-weights';
import { EDITION_KIND } from '../record/status-vocabulary';

describe('search weights of the edition’s record', () => {
	it('weighs the title of the edition’s record pages low, and leaves the report’s pages at Pagefind’s default', () => {
		expect(titleWeight({ kind: EDITION_KIND })).toBe(RECORD_TITLE_WEIGHT);
		expect(titleWeight({ kind: 'Theme' })).toBeUndefined();
	});

	it('puts the weight on the rendered h1, and fails when there is none', () => {
		expect(weighTitle('<h1 id="_top" class="astro-x">Talks</h1>', 0.5)).toBe('<h1 data-pagefind-weight="0.5" id="_top" class="astro-x">Talks</h1>');
		expect(() => weighTitle('<h2>Talks</h2>', 0.5)).toThrow('no <h1>');
	});
});
