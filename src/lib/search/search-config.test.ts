import { describe, expect, it } from 'vitest';
// Starlight's schema for its `pagefind` option (an internal module: it is not exported by the package).
import { PagefindConfigSchema } from '../../../node_modules/@astrojs/starlight/dist/schemas/pagefind.js';
import { pagefindOptions } from './search-config.mjs';

describe('pagefindOptions', () => {
	it('are the options the site searches with: Starlight fills in no ranking weight of its own', () => {
		expect(PagefindConfigSchema().parse(pagefindOptions).ranking).toEqual(pagefindOptions.ranking);
	});
});
