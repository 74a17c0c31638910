/** The site builds under a sub-path: every link, redirect, canonical URL and asset follows the base. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../gates/dist';
import { checkLinks } from '../gates/links';
import { BUILD_TIMEOUT, build, makeFixture, type BuildResult } from './fixture-site';

const env = { BASE_PATH: '/pw175/', SITE_URL: 'https://example.org' };

describe('a build under the base path /pw175/', () => {
	let result: BuildResult;
	beforeAll(async () => {
		result = await build(makeFixture('base-path'), env);
	}, BUILD_TIMEOUT);

	it('builds', () => {
		expect(result.ok, result.output).toBe(true);
	});

	it('has no broken internal link or fragment', () => {
		const { problems, summary } = checkLinks(readSite(join(result.dir, 'dist'), env.BASE_PATH));
		expect(problems).toEqual([]);
		expect(summary).toMatch(/^links: \d+ links and fragments on \d+ pages resolve/);
	});

	it('puts the base path into canonical URLs, sidebar links, content links, short-URL redirects and social images', () => {
		const page = readFileSync(join(result.dir, 'dist', 'recommendations', 'first', 'index.html'), 'utf8');
		expect(page).toContain('<link rel="canonical" href="https://example.org/pw175/recommendations/first/"');
		expect(page).toContain('href="/pw175/themes/alpha/"');
		expect(page).toContain('content="https://example.org/pw175/og/recommendations/first.png"');
		expect(page).toContain('https://example.org/pw175/r/ap-01/');
		const redirect = readFileSync(join(result.dir, 'dist', 'r', 'ap-01', 'index.html'), 'utf8');
		expect(redirect).toContain('content="0;url=/pw175/recommendations/first/"');
		expect(redirect).toContain('<link rel="canonical" href="https://example.org/pw175/recommendations/first/"');
	});
});
