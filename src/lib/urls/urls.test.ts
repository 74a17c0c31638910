import { describe, expect, it } from 'vitest';
import { absoluteUrl, anchorPath, entryPath, normaliseBase, shortPath, withBase, withoutBase } from './urls';

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

describe('the base path, in one place', () => {
	it('normalises a base path however it is written', () => {
		for (const b of ['', '/', '//']) expect(normaliseBase(b)).toBe('/');
		for (const b of ['pw175', '/pw175', 'pw175/', '//pw175//']) expect(normaliseBase(b)).toBe('/pw175/');
		expect(normaliseBase('/a/b')).toBe('/a/b/');
		expect(normaliseBase()).toBe('/');
	});
	it('prefixes root-relative paths only, whatever form the base is in', () => {
		expect(withBase('/themes/x/#p-one', 'sub/path')).toBe('/sub/path/themes/x/#p-one');
		expect(withBase('/themes/x/', '/')).toBe('/themes/x/');
		for (const other of ['https://usip.org/', '#p-one', '../x/']) expect(withBase(other, '/sub/')).toBe(other);
	});
	it('takes the base path off again, and leaves other paths alone', () => {
		expect(withoutBase('/sub/themes/x/', '/sub/')).toBe('/themes/x/');
		expect(withoutBase('/sub/', 'sub')).toBe('/');
		expect(withoutBase('/other/x/', '/sub/')).toBe('/other/x/');
		expect(withoutBase(withBase('/glossary/#term-tapi', '/a/b/'), '/a/b/')).toBe('/glossary/#term-tapi');
	});
});
