import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, builtPaths } from './built-paths';

function build(files: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'built-'));
	for (const f of files) {
		mkdirSync(dirname(join(dir, f)), { recursive: true });
		writeFileSync(join(dir, f), '');
	}
	return dir;
}

describe('the paths a build publishes', () => {
	const dir = build([
		'index.html',
		'themes/trade/index.html',
		'404.html',
		'data/recommendations.csv',
		'data/site-model.json',
		'data/filters/recommendations.json',
		'changes.xml',
		'since/feeds/talks.xml',
		'sitemap-index.xml',
		'sitemap-0.xml',
		'_astro/page.js',
		'pagefind/pagefind.js',
	]);

	it('are its pages, its data files and its feeds, not the files the site writes for its own scripts and tests, nor the sitemaps', () => {
		expect([...builtPaths(dir)].sort()).toEqual(['/', '/404.html', '/changes.xml', '/data/recommendations.csv', '/since/feeds/talks.xml', '/themes/trade/']);
	});

	it('lists the HTML files outside Astro’s assets and Pagefind’s bundle', () => {
		expect(builtHtmlFiles(dir).map((f) => f.slice(dir.length)).sort()).toEqual(['/404.html', '/index.html', '/themes/trade/index.html']);
	});
});
