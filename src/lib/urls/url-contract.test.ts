import { describe, expect, it } from 'vitest';
import { checkContract, newlyBuilt, parsePublished } from './url-contract';

describe('the URL contract', () => {
	const built = new Set(['/', '/themes/trade/', '/r/ap-01/']);

	it('passes when every published path is built', () => {
		expect(checkContract({ published: ['/', '/themes/trade/'], built, redirects: {} })).toEqual([]);
	});

	it('fails for a published path that is gone, saying how to fix it', () => {
		expect(checkContract({ published: ['/themes/old/'], built, redirects: {} })).toEqual([
			'/themes/old/ was published and no longer resolves: restore it, or add a redirect for it in src/lib/urls/redirects.mjs',
		]);
	});

	it('accepts a removed path that redirects to a built page, and rejects a redirect to nothing', () => {
		expect(checkContract({ published: ['/themes/old/'], built, redirects: { '/themes/old/': '/themes/trade/' } })).toEqual([]);
		expect(checkContract({ published: ['/themes/old/'], built, redirects: { '/themes/old/': '/themes/gone/' } })).toEqual([
			'/themes/old/ redirects to /themes/gone/, which the build does not produce',
		]);
	});

	it('reads the list without comments or blank lines, and finds what is new', () => {
		const list = parsePublished('# published\n/\n\n/themes/trade/\n');
		expect(list).toEqual(['/', '/themes/trade/']);
		expect(newlyBuilt(list, built)).toEqual(['/r/ap-01/']);
	});
});
