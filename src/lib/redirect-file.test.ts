import { describe, expect, it } from 'vitest';
import { redirectTarget, redirectsFile } from './redirect-file';

describe('redirectTarget', () => {
	it('reads the target of a meta refresh page', () => {
		expect(redirectTarget('<html><head><meta http-equiv="refresh" content="0;url=/recommendations/x/"></head></html>')).toBe('/recommendations/x/');
	});
	it('gives nothing for an ordinary page', () => {
		expect(redirectTarget('<html><head><meta charset="utf-8"></head><body>http-equiv in text</body></html>')).toBeUndefined();
	});
});

describe('redirectsFile', () => {
	it('writes one 301 line per redirect, with and without the trailing slash, sorted', () => {
		expect(
			redirectsFile([
				{ from: '/t/t1/', to: '/themes/sovereignty-concerns/' },
				{ from: '/r/ap-12/', to: '/recommendations/build/' },
			]).split('\n'),
		).toEqual([
			'# Generated at build time from the redirect pages (src/integrations/redirects-file.ts).',
			'/r/ap-12/ /recommendations/build/ 301',
			'/r/ap-12 /recommendations/build/ 301',
			'/t/t1/ /themes/sovereignty-concerns/ 301',
			'/t/t1 /themes/sovereignty-concerns/ 301',
			'',
		]);
	});
});
