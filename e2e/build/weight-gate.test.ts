/** The page-weight gate (`e2e/gates/weight.ts`) on a tiny hand-made build. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../gates/dist';
import { checkWeight, firstLoad } from '../gates/weight';

/** Writes `files` (path -> text) into a fresh folder and reads it as a built site. */
function build(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'weight-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return readSite(dir, '/');
}

/** Text brotli cannot shrink below three quarters: `n` random base64 characters. */
const noise = (n: number) => randomBytes(Math.ceil((n * 3) / 4)).toString('base64').slice(0, n);

const page = (body: string) =>
	`<!doctype html><html><head><link rel="shortcut icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/print.css" media="print"><script type="module" src="/_astro/page.js"></script></head><body>${body}</body></html>`;

const files = {
	'index.html': page('<p>Home</p>'),
	'big/index.html': page(`<p>${noise(50_000)}</p>`),
	'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'_astro/print.css': 'p{color:black}',
	'_astro/page.js': 'import{a}from"./shared.js";import("./lazy.js");a();',
	'_astro/shared.js': 'export const a=()=>1;',
	'_astro/lazy.js': noise(50_000),
};

describe('the page-weight gate', () => {
	it('counts the HTML, module scripts and their static imports, stylesheets and the favicon, not what loads later', () => {
		const site = build(files);
		const { files: fetched } = firstLoad(site, site.pages.get('/')!);
		expect(fetched.map((f) => f.path).sort()).toEqual(['/', '/_astro/page.js', '/_astro/print.css', '/_astro/shared.js', '/favicon.svg']);
	});

	it('fails a page over the budget, naming its file and its largest parts', () => {
		const { problems } = checkWeight(build(files), 30 * 1024, {});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/big\/index\.html \(\/big\/\): \d+\.\d KB on first load, over the 30\.0 KB budget \(largest: \/big\/ /);
	});

	it('lets a listed page over, and reports an exception that is no longer needed or names no page', () => {
		const { problems } = checkWeight(build(files), 30 * 1024, { '/big/': 'a reason', '/': 'no longer needed', '/gone/': 'removed page' });
		expect(problems).toEqual([
			expect.stringMatching(/^\/ is listed in OVER_BUDGET but weighs 0\.\d KB, within the budget: remove the exception$/),
			'OVER_BUDGET lists /gone/, which the build does not have',
		]);
	});

	it('fails when a page asks for a file the build does not have', () => {
		const site = build({ ...files, 'index.html': page('<script type="module" src="/_astro/missing.js"></script>') });
		expect(() => checkWeight(site, 30 * 1024, {})).toThrow(/\(\/\): "\/_astro\/missing\.js" is not in the build/);
	});
});
