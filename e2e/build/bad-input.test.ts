/**
 * The bad-input catalogue: each test builds the fixture site with one broken thing and asserts
 * that the build fails with a message naming the file and the field; and each gate over the built
 * HTML (links, HTML validity) is shown failing on a copy of the fixture's build with one broken
 * thing, naming the file. The builds run two at a time (`maxConcurrency` in vitest.config.ts): each
 * is one process, and the machines it runs on have two cores.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../gates/html';
import { checkLinks } from '../gates/links';
import { readSite } from '../gates/dist';
import { BUILD_TIMEOUT, build, edit, makeFixture, root, type BuildResult } from './fixture-site';

const REC = 'content/recommendations/first.mdx';

async function broken(name: string, change: (dir: string) => void): Promise<BuildResult> {
	const dir = makeFixture(name);
	change(dir);
	return build(dir);
}

/** A copy of a built fixture's `dist/` with one page edited, read as a site for the gates. */
function brokenCopy(from: BuildResult, name: string, page: string, change: (html: string) => string) {
	const dist = join(root, '.tmp', 'fixtures', name, 'dist');
	rmSync(dist, { recursive: true, force: true });
	cpSync(join(from.dir, 'dist'), dist, { recursive: true });
	edit(dist, page, change);
	return { site: readSite(dist, '/'), file: join('.tmp', 'fixtures', name, 'dist', page) };
}

describe('the fixture site', () => {
	let result: BuildResult;
	beforeAll(async () => {
		result = await build(makeFixture('valid'));
	}, BUILD_TIMEOUT);

	it('builds when nothing is broken', () => {
		expect(result.output).not.toMatch(/\[ERROR\]/);
		expect(result.ok).toBe(true);
	});

	it('renders GitHub-flavoured Markdown: tables, footnotes and autolinks', () => {
		const html = readFileSync(join(result.dir, 'dist', 'summary', 'index.html'), 'utf8');
		expect(html).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>1<\/td>/);
		expect(html).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/);
		expect(html).toMatch(/<section data-footnotes class="footnotes">/);
		expect(html).toContain('<a href="https://www.usip.org/publications">https://www.usip.org/publications</a>');
	});

	// The W3C Nu checker (Java) is left out here: html-validate alone shows the gate failing, in seconds.
	it('passes the links and HTML gates', async () => {
		const site = readSite(join(result.dir, 'dist'), '/');
		expect(site.pages.size).toBeGreaterThan(5);
		expect(checkLinks(site).problems).toEqual([]);
		expect((await checkHtml(site, { nu: false })).problems).toEqual([]);
	});

	it('fails the links gate on a link to a page that does not exist, naming the file', () => {
		const { site, file } = brokenCopy(result, 'gate-broken-link', 'themes/alpha/index.html', (h) => h.replace('</main>', '<a href="/themes/nowhere/">x</a></main>'));
		expect(checkLinks(site).problems).toEqual([`${file} (/themes/alpha/): link "/themes/nowhere/" does not exist`]);
	});

	it('fails the links gate on a #fragment the target page lacks, naming the file', () => {
		const { site, file } = brokenCopy(result, 'gate-broken-fragment', 'summary/index.html', (h) => h.replace('</main>', '<a href="/themes/alpha/#no-such-part">x</a></main>'));
		expect(checkLinks(site).problems).toEqual([`${file} (/summary/): link "/themes/alpha/#no-such-part" has no element with id "no-such-part" on /themes/alpha/`]);
	});

	it('fails the HTML gate on invalid HTML, naming the file, line and column', async () => {
		const { site, file } = brokenCopy(result, 'gate-invalid-html', 'themes/alpha/index.html', (h) => h.replace('</main>', '<p>one<div>two</p></div></main>'));
		const { problems } = await checkHtml(site, { nu: false });
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(p).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ \\(/themes/alpha/\\) `));
	});
});

// Each test is one build: BUILD_TIMEOUT is its ceiling (see fixture-site.ts for why it is long).
describe.concurrent('bad content fails the build, naming the file and the field', { timeout: BUILD_TIMEOUT }, () => {
	it('a missing required field', async () => {
		const r = await broken('missing-field', (d) => edit(d, REC, (t) => t.replace(/^summary:.*\n/m, '')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('recommendations → first data does not match collection schema');
		expect(r.output).toMatch(/summary\*\*: \*\*summary: Required/);
		expect(r.output).toContain(`${r.dir}/${REC}`);
	});

	it('a field of the wrong type', async () => {
		const r = await broken('wrong-type', (d) => edit(d, REC, (t) => t.replace(/^order: 1$/m, 'order: first')));
		expect(r.ok).toBe(false);
		expect(r.output).toMatch(/order\*\*: \*\*order: Expected type `"number"`/);
		expect(r.output).toContain(`${r.dir}/${REC}`);
	});

	it('a reference to an entry that does not exist', async () => {
		const r = await broken('dangling-reference', (d) => edit(d, REC, (t) => t.replace('themes: [alpha]', 'themes: [alpha, nowhere]')));
		expect(r.ok).toBe(false);
		// Astro's own check names the entry and field; ours names the file, and is what fails the build.
		expect(r.output).toMatch(/field: themes\[1\]\) references "nowhere" in collection "themes", but that entry does not exist/);
		expect(r.output).toContain('content/recommendations/first.mdx: field "themes" references "nowhere", which is not an entry of "themes"');
	});

	it('a duplicated code', async () => {
		const r = await broken('duplicate-code', (d) =>
			edit(d, 'content/recommendations/second.mdx', (t) => t.replace('code: TP-01', 'code: AP-01')),
		);
		expect(r.ok).toBe(false);
		expect(r.output).toMatch(/content\/recommendations\/second\.mdx: field "code" "AP-01" is already used by .*content\/recommendations\/first\.mdx/);
	});

	it('an unknown figure id used in MDX', async () => {
		const r = await broken('unknown-figure', (d) => edit(d, 'content/themes/alpha.mdx', (t) => t.replace('fig-one', 'fig-none')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/themes/alpha.mdx: <Fig id="fig-none">: unknown figure id "fig-none" (no content/figures/fig-none.yaml)');
	});

	it('a published URL removed without a redirect', async () => {
		const r = await broken('removed-url', (d) => edit(d, 'src/published-urls.txt', (t) => `${t}/themes/renamed-away/\n`));
		expect(r.ok).toBe(false);
		expect(r.output).toContain(
			'/themes/renamed-away/ was published and no longer resolves: restore it, or add a redirect for it in src/lib/redirects.mjs',
		);
		expect(r.output).toContain('src/published-urls.txt');
	});

	it('a renamed page with its redirect still resolves', async () => {
		const r = await broken('renamed-with-redirect', (d) => {
			edit(d, 'src/published-urls.txt', (t) => `${t}/themes/old-alpha/\n`);
			edit(d, 'src/lib/redirects.mjs', (t) => t.replace('= {};', "= { '/themes/old-alpha/': '/themes/alpha/' };"));
		});
		expect(r.output).not.toMatch(/no longer resolves/);
		expect(r.ok).toBe(true);
		const html = readFileSync(join(r.dir, 'dist', 'themes', 'old-alpha', 'index.html'), 'utf8');
		expect(html).toMatch(/http-equiv="refresh" content="0;url=\/themes\/alpha\/"/);
	});

	it('malformed MDX', async () => {
		const r = await broken('malformed-mdx', (d) => edit(d, 'content/themes/alpha.mdx', (t) => `${t}\n<div>unclosed\n`));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/themes/alpha.mdx');
		expect(r.output).toMatch(/Expected a closing tag for `<div>`/);
	});

	it('a sub-measure without its heading', async () => {
		const r = await broken('missing-measure-anchor', (d) => edit(d, REC, (t) => t.replace('## Part one', '## Another part')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/recommendations/first.mdx: field "measures": no heading with anchor "#part-one"');
	});

	it('an outlook that leaves out a scenario', async () => {
		const r = await broken('incomplete-outlook', (d) => edit(d, REC, (t) => t.replace(/^ {4}- \{scenario: three.*\n/m, '')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/recommendations/first.mdx: field "outlook.scenarios" has no statement for scenario "three"');
	});

	it('an era body with a heading', async () => {
		const r = await broken('era-heading', (d) => edit(d, 'content/eras/early.mdx', (t) => `${t}\n## A heading\n\nMore.\n`));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/eras/early.mdx: the body has headings ("A heading")');
	});

	it('a <Chart group> that no figure has', async () => {
		const r = await broken('chart-group', (d) => edit(d, 'content/themes/alpha.mdx', (t) => `${t}\n<Chart group="aid" />\n`));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/themes/alpha.mdx: <Chart group="aid">: no figure in content/figures/ has group "aid"');
	});
});
