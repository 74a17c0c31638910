/**
 * The bad-input catalogue: each test builds the fixture site with one broken thing and asserts
 * that the build fails with a message naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, edit, makeFixture, type BuildResult } from './fixture-site';

const REC = 'content/recommendations/first.mdx';
const DEV = 'content/developments/2022-01-event.yaml';
/** A fixture build takes 20-60 s on a busy 2-core machine. */
const FIXTURE_BUILD_TIMEOUT = 120_000;

function broken(name: string, change: (dir: string) => void): BuildResult {
	const dir = makeFixture(name);
	change(dir);
	return build(dir);
}

describe('the fixture site', () => {
	let result: BuildResult;
	beforeAll(() => {
		result = build(makeFixture('valid'));
	}, 120_000);

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
});

describe('bad content fails the build, naming the file and the field', () => {
	it('a missing required field', () => {
		const r = broken('missing-field', (d) => edit(d, REC, (t) => t.replace(/^summary:.*\n/m, '')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('recommendations → first data does not match collection schema');
		expect(r.output).toMatch(/summary\*\*: \*\*summary: Required/);
		expect(r.output).toContain(`${r.dir}/${REC}`);
	});

	it('a field of the wrong type', () => {
		const r = broken('wrong-type', (d) => edit(d, REC, (t) => t.replace(/^order: 1$/m, 'order: first')));
		expect(r.ok).toBe(false);
		expect(r.output).toMatch(/order\*\*: \*\*order: Expected type `"number"`/);
		expect(r.output).toContain(`${r.dir}/${REC}`);
	});

	it('a reference to an entry that does not exist', () => {
		const r = broken('dangling-reference', (d) => edit(d, REC, (t) => t.replace('themes: [alpha]', 'themes: [alpha, nowhere]')));
		expect(r.ok).toBe(false);
		// Astro's own check names the entry and field; ours names the file, and is what fails the build.
		expect(r.output).toMatch(/field: themes\[1\]\) references "nowhere" in collection "themes", but that entry does not exist/);
		expect(r.output).toContain('content/recommendations/first.mdx: field "themes" references "nowhere", which is not an entry of "themes"');
	});

	it('a duplicated code', () => {
		const r = broken('duplicate-code', (d) =>
			edit(d, 'content/recommendations/second.mdx', (t) => t.replace('code: TP-01', 'code: AP-01')),
		);
		expect(r.ok).toBe(false);
		expect(r.output).toMatch(/content\/recommendations\/second\.mdx: field "code" "AP-01" is already used by .*content\/recommendations\/first\.mdx/);
	});

	it('an unknown figure id used in MDX', () => {
		const r = broken('unknown-figure', (d) => edit(d, 'content/themes/alpha.mdx', (t) => t.replace('fig-one', 'fig-none')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/themes/alpha.mdx: <Fig id="fig-none">: unknown figure id "fig-none" (no content/figures/fig-none.yaml)');
	});

	it('a published URL removed without a redirect', () => {
		const r = broken('removed-url', (d) => edit(d, 'src/published-urls.txt', (t) => `${t}/themes/renamed-away/\n`));
		expect(r.ok).toBe(false);
		expect(r.output).toContain(
			'/themes/renamed-away/ was published and no longer resolves: restore it, or add a redirect for it in src/lib/redirects.mjs',
		);
		expect(r.output).toContain('src/published-urls.txt');
	});

	it('a renamed page with its redirect still resolves', () => {
		const r = broken('renamed-with-redirect', (d) => {
			edit(d, 'src/published-urls.txt', (t) => `${t}/themes/old-alpha/\n`);
			edit(d, 'src/lib/redirects.mjs', (t) => t.replace('= {};', "= { '/themes/old-alpha/': '/themes/alpha/' };"));
		});
		expect(r.output).not.toMatch(/no longer resolves/);
		expect(r.ok).toBe(true);
		const html = readFileSync(join(r.dir, 'dist', 'themes', 'old-alpha', 'index.html'), 'utf8');
		expect(html).toMatch(/http-equiv="refresh" content="0;url=\/themes\/alpha\/"/);
	});

	it('malformed MDX', () => {
		const r = broken('malformed-mdx', (d) => edit(d, 'content/themes/alpha.mdx', (t) => `${t}\n<div>unclosed\n`));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/themes/alpha.mdx');
		expect(r.output).toMatch(/Expected a closing tag for `<div>`/);
	});

	it('a sub-measure without its heading', () => {
		const r = broken('missing-measure-anchor', (d) => edit(d, REC, (t) => t.replace('## Part one', '## Another part')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/recommendations/first.mdx: field "measures": no heading with anchor "#part-one"');
	});

	it('an outlook that leaves out a scenario', () => {
		const r = broken('incomplete-outlook', (d) => edit(d, REC, (t) => t.replace(/^ {4}- \{scenario: three.*\n/m, '')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/recommendations/first.mdx: field "outlook.scenarios" has no statement for scenario "three"');
	});

	it('a development that names a theme that does not exist', () => {
		const r = broken('development-dangling-theme', (d) => edit(d, DEV, (t) => t.replace('themes: [alpha]', 'themes: [alpha, nowhere]')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain(`${DEV}: field "themes" references "nowhere", which is not an entry of "themes"`);
	}, FIXTURE_BUILD_TIMEOUT);

	it('a development source excerpt over 25 words', () => {
		const long = Array.from({ length: 26 }, (_, i) => `word${i}`).join(' ');
		const r = broken('development-long-excerpt', (d) => edit(d, DEV, (t) => t.replace('a short quotation of the fixture source', long)));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('developments → 2022-01-event data does not match collection schema');
		expect(r.output).toContain('sources.0.excerpt: excerpt is a short verbatim quotation: at most 25 words');
		expect(r.output).toContain(`${r.dir}/${DEV}`);
	}, FIXTURE_BUILD_TIMEOUT);

	it('a development without a source', () => {
		const r = broken('development-no-source', (d) => edit(d, DEV, (t) => t.replace(/^sources:[\s\S]*$/m, 'sources: []\n')));
		expect(r.ok).toBe(false);
		expect(r.output).toContain('sources: sources: name at least one source (no source, no entry)');
		expect(r.output).toContain(`${r.dir}/${DEV}`);
	}, FIXTURE_BUILD_TIMEOUT);

	it('a status that cites a development that does not exist', () => {
		const r = broken('status-dangling-development', (d) =>
			edit(d, 'content/statuses/first.yaml', (t) => t.replace('developments: [2022-01-event]', 'developments: [2022-01-missing]')),
		);
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/statuses/first.yaml: field "developments" references "2022-01-missing", which is not an entry of "developments"');
	}, FIXTURE_BUILD_TIMEOUT);
});
