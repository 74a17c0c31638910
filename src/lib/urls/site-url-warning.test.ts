import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site-url-warning.mjs';

const placeholder = 'https://peaceworks175.example.org';

describe('SITE_URL warning', () => {
	it('warns, naming SITE_URL and the placeholder, when SITE_URL is unset, empty or the placeholder', () => {
		for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }, { SITE_URL: placeholder }]) {
			const w = siteUrlWarning(env, placeholder);
			expect(w).toContain('SITE_URL');
			expect(w).toContain(placeholder);
		}
		expect(siteUrlWarning({ SITE_URL: placeholder }, placeholder)).toMatch(/^SITE_URL is set to the placeholder/);
		expect(siteUrlWarning({}, placeholder)).toMatch(/^SITE_URL is not set/);
	});

	it('is silent when SITE_URL names the deployed site', () => {
		expect(siteUrlWarning({ SITE_URL: 'https://example.org' }, placeholder)).toBeUndefined();
	});
});
