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
		expect(redirect).toContain('content="0; url=/pw175/recommendations/first/"');
		expect(redirect).toContain('<link rel="canonical" href="https://example.org/pw175/recommendations/first/"');
	});

	it('puts the base path into _redirects, robots.txt and the sitemap, which lists no redirect page', () => {
		const dist = join(result.dir, 'dist');
		expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain('/pw175/r/ap-01/ /pw175/recommendations/first/ 301!');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/pw175/sitemap-index.xml');
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('<loc>https://example.org/pw175/recommendations/first/</loc>');
		expect(sitemap).not.toMatch(/\/pw175\/[rtsf]\//);
	});

	it('puts the base path into heading links and into the chart files, their links and the address drawn in them', () => {
		const page = readFileSync(join(result.dir, 'dist', 'recommendations', 'first', 'index.html'), 'utf8');
		// A heading's link copies the canonical URL with its fragment (scripts/copy.ts): the base path is in the canonical URL.
		expect(page).toContain('<a class="sl-anchor-link" href="#part-one"');
		expect(page).toContain('<link rel="canonical" href="https://example.org/pw175/recommendations/first/"');
		const figures = readFileSync(join(result.dir, 'dist', 'figures', 'index.html'), 'utf8');
		const links = [...figures.matchAll(/href="(\/pw175\/figures\/charts\/([a-z0-9-]+)\.(svg|png))"/g)];
		expect(links.length).toBeGreaterThanOrEqual(2);
		const name = links.find((m) => m[3] === 'svg')![2]!;
		const svg = readFileSync(join(result.dir, 'dist', 'figures', 'charts', `${name}.svg`), 'utf8');
		expect(svg).toContain(`https://example.org/pw175/figures/#chart-${name}</text>`);
	});
});
