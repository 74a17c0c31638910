import { describe, expect, it } from 'vitest';
import { absoluteUrl, anchorPath, entryPath, shortPath, withBase } from './urls';

describe('urls', () => {
	it('builds canonical entry paths with a trailing slash', () => {
		expect(entryPath('recommendations', 'acknowledge-core-issues')).toBe('/recommendations/acknowledge-core-issues/');
		expect(entryPath('themes', 'security-interests')).toBe('/themes/security-interests/');
	});

	it('builds short paths from codes, lowercased, with a prefix per kind', () => {
		expect(shortPath('AP-07')).toBe('/r/ap-07/');
		expect(shortPath('TP-04')).toBe('/r/tp-04/');
		expect(shortPath('T3')).toBe('/t/t3/');
		expect(shortPath('S2')).toBe('/s/s2/');
		expect(shortPath('F1')).toBe('/f/f1/');
	});

	it('anchors entries of one-page kinds with a prefixed id', () => {
		expect(anchorPath('glossary', 'apapps')).toBe('/glossary/#term-apapps');
		expect(anchorPath('eras', 'soviet-war')).toBe('/history/#era-soviet-war');
	});

	it('adds a base path to root-relative paths only', () => {
		expect(withBase('/themes/', '/')).toBe('/themes/');
		expect(withBase('/themes/', '/pw175/')).toBe('/pw175/themes/');
		expect(withBase('/themes/', '/pw175')).toBe('/pw175/themes/');
		expect(withBase('https://example.org/', '/pw175/')).toBe('https://example.org/');
		expect(withBase('#top', '/pw175/')).toBe('#top');
	});

	it('makes absolute URLs under a base path', () => {
		expect(absoluteUrl('/r/ap-01/', 'https://example.org', '/pw175/')).toBe('https://example.org/pw175/r/ap-01/');
	});
});
