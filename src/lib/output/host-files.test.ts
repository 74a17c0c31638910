import { describe, expect, it } from 'vitest';
import { headersFile, hostRedirects, nginxConf, redirectSpellings, redirectsFile } from './host-files';

const pages = [
	{ path: '/' },
	{ path: '/recommendations/build/', shortPath: '/r/ap-12/' },
	{ path: '/themes/sovereignty/', shortPath: '/t/t1/' },
	{ path: '/404/' },
];

describe('hostRedirects', () => {
	it('takes each coded page’s short link and each renamed page, sorted', () => {
		expect(hostRedirects(pages, { '/old/': '/themes/sovereignty/' })).toEqual([
			{ from: '/old/', to: '/themes/sovereignty/' },
			{ from: '/r/ap-12/', to: '/recommendations/build/' },
			{ from: '/t/t1/', to: '/themes/sovereignty/' },
		]);
	});
	it('fails when one path would lead to two pages', () => {
		expect(() => hostRedirects(pages, { '/R/AP-12/': '/elsewhere/' })).toThrow(/redirects\.mjs: \/R\/AP-12\/ leads both/);
	});
});

describe('redirectsFile', () => {
	it('forces each rule (301!) in lower case, with the code in upper case and all in upper case, with and without the trailing slash, under the base', () => {
		const lines = redirectsFile([{ from: '/r/ap-12/', to: '/recommendations/build/' }], '/pw/').split('\n');
		expect(lines[0]).toMatch(/^# Generated/);
		expect(lines.slice(1)).toEqual([
			'/pw/r/ap-12/ /pw/recommendations/build/ 301!',
			'/pw/r/ap-12 /pw/recommendations/build/ 301!',
			'/pw/r/AP-12/ /pw/recommendations/build/ 301!',
			'/pw/r/AP-12 /pw/recommendations/build/ 301!',
			'/pw/R/AP-12/ /pw/recommendations/build/ 301!',
			'/pw/R/AP-12 /pw/recommendations/build/ 301!',
			'',
		]);
	});
	it('spells a path once when case does not change it', () => {
		expect(redirectSpellings('/1/')).toEqual(['/1/', '/1']);
	});
});

describe('headersFile', () => {
	const file = headersFile({ pages, policy: "script-src 'self'" });
	const blocks = new Map(
		file
			.split('\n\n')
			.filter((b) => !b.startsWith('#') && b.trim())
			.map((b) => {
				const [path, ...headers] = b.split('\n');
				return [path!, headers.map((h) => h.trim())] as const;
			}),
	);
	it('sends the policy and the security headers with everything', () => {
		expect(blocks.get('/*')).toEqual([
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy: strict-origin-when-cross-origin',
			'Permissions-Policy: camera=(), geolocation=(), microphone=(), payment=(), usb=()',
			"Content-Security-Policy: script-src 'self'",
		]);
	});
	it('caches /_astro/ for a year and has pages revalidated, with no two Cache-Control rules on one path', () => {
		expect(blocks.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
		for (const p of ['/', '/404.html', '/recommendations/*', '/themes/*']) expect(blocks.get(p), p).toEqual(['Cache-Control: no-cache']);
	});
});

describe('nginxConf', () => {
	const conf = nginxConf({ redirects: [{ from: '/r/ap-12/', to: '/recommendations/build/' }], policy: "script-src 'self' 'sha256-x'" });
	it('answers each redirect case-insensitively, with or without the slash', () => {
		expect(conf).toContain('location ~* ^/r/ap-12/?$ {\n\t\treturn 301 /recommendations/build/;');
	});
	it('serves the 404 page, gzip, the headers everywhere and immutable caching for /_astro/', () => {
		expect(conf).toContain('error_page 404 /404.html;');
		expect(conf).toContain('gzip on;');
		expect(conf).toContain(`add_header Content-Security-Policy "script-src 'self' 'sha256-x'" always;`);
		expect(conf).toMatch(/location \^~ \/_astro\/ \{[^}]*X-Content-Type-Options[^}]*public, max-age=31536000, immutable[^}]*\}/);
		expect(conf).toMatch(/^\tadd_header Cache-Control "no-cache" always;$/m);
	});
});
