/**
 * The bad-input catalogue: each test builds the fixture site with broken things and asserts that the
 * build fails with a message naming the file and the field; and each gate over the built HTML (links,
 * HTML validity) is shown failing on a copy of the fixture's build with one broken thing, naming the
 * file. Faults share a build wherever the build reports them together, and each test finds its own
 * problem in what the build lists: the rules `loadSite` checks (cross-entry, entries' bodies, and the
 * report's pages and evidence), all reported in one error; the schema errors of one collection, all reported in one
 * error (`src/lib/content/every-entry.ts`); the published addresses; and the changes that must still
 * build. MDX that does not compile stops the build at the first file: a build of its own. Every build
 * starts when the file is collected, and they run two at a time (`fixture-site.ts`): each is one
 * process, and the machines it runs on have two cores.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../gates/html';
import { checkLinks } from '../gates/links';
import { readSite } from '../gates/dist';
import { parse } from 'node-html-parser';
import { BUILD_TIMEOUT, build, edit, makeFixture, root, type BuildResult } from './fixture-site';

const REC = 'content/recommendations/first.mdx';
/** The report's text, for the evidence check (CI has it; elsewhere those cases are skipped, and say so). */
const REPORT = join(root, '..', 'shared', 'source', 'peaceworks-175.txt');
const hasReport = existsSync(REPORT);
/** The environment of a build that checks evidence against the report's text, where the text is here. */
const withReport: Record<string, string> = hasReport ? { REPORT_TEXT: REPORT } : {};
const DEV = 'content/developments/2022-01-event.yaml';
const REVIEW = 'content/reviews/2026-11-27-fixture.yaml';

async function broken(name: string, change: (dir: string) => void, env: Record<string, string> = {}): Promise<BuildResult> {
	const dir = makeFixture(name);
	change(dir);
	return build(dir, env);
}

/** A copy of a built fixture's `dist/` with one page edited (or more: `also`), read as a site for the gates. */
function brokenCopy(from: BuildResult, name: string, page: string, change: (html: string) => string, also: Record<string, (html: string) => string> = {}) {
	const dist = join(root, '.tmp', 'fixtures', name, 'dist');
	rmSync(dist, { recursive: true, force: true });
	cpSync(join(from.dir, 'dist'), dist, { recursive: true });
	for (const [p, c] of Object.entries({ [page]: change, ...also })) edit(dist, p, c);
	const fileOf = (p: string) => join('.tmp', 'fixtures', name, 'dist', p);
	return { site: readSite(dist, '/'), file: fileOf(page), fileOf };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the fixture site', () => {
	let result: BuildResult;
	// The build day is pinned: the fixture's sources reach 2026-11-20, within 90 days of it.
	const building = build(makeFixture('valid'), { EDITION_BUILD_DATE: '2026-12-07' });
	beforeAll(async () => {
		result = await building;
	}, BUILD_TIMEOUT);

	it('builds when nothing is broken', () => {
		expect(result.output).not.toMatch(/\[ERROR\]/);
		expect(result.ok).toBe(true);
	});

	it('says how far the record reaches, and warns of nothing while it is current', () => {
		expect(result.output).toContain('[record-currency] record current: sources searched up to 2026-11-20, last reviewed 2026-11-27');
		expect(result.output).not.toContain('record not current');
		const since = parse(readFileSync(join(result.dir, 'dist', 'since', 'index.html'), 'utf8'));
		expect(since.querySelector('.since-record-dates [data-covered-through]')?.getAttribute('datetime')).toBe('2026-11-20');
		expect(since.querySelector('.since-stale')).toBeNull();
	});

	it('says on an entry’s panel when the last review searched on it and found nothing, with the dates', () => {
		const page = (p: string) => parse(readFileSync(join(result.dir, 'dist', p, 'index.html'), 'utf8'));
		// The fixture review's search on the second recommendation found nothing; its search on the first found the event.
		expect(page('recommendations/second').querySelector('[data-searched-none]')?.text.replace(/\s+/g, ' ')).toContain(
			'No development found after August 2021 in the sources searched (up to 20 November 2026; reviewed 27 November 2026): the second recommendation.',
		);
		expect(page('recommendations/first').querySelector('[data-searched-none]')).toBeNull();
		expect(page('recommendations/first').querySelector('.since-newest')?.getAttribute('data-newest-development')).toBe('2022-01-event');
	});

	it('says plainly that the evidence check was skipped where the report’s text is absent', () => {
		expect(result.output).toMatch(/evidence check SKIPPED: the report's text is not at \S+peaceworks-175\.txt/);
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

	// The W3C Nu checker (Java) takes seconds a run, so one copy carries both of its seeded faults and
	// one run checks it; each test reads the problems of its own file.
	describe.skipIf(spawnSync('java', ['-version']).status !== 0)('the HTML gate’s W3C Nu checker', () => {
		const ALPHA = 'themes/alpha/index.html';
		const REDIRECT = 'r/ap-01/index.html';
		let nu: Promise<{ problems: string[]; fileOf: (p: string) => string; site: ReturnType<typeof readSite> }>;
		beforeAll(() => {
			const { site, fileOf } = brokenCopy(result, 'gate-nu', ALPHA, (h) => h.replace('</main>', '<script aria-hidden="true">void 0;</script><p aria-hidden="yes">x</p></main>'), {
				// A redirect page whose refresh has no space after the semicolon (the form Nu rejects, once on all 52 of them).
				[REDIRECT]: (h) => h.replace('content="0; url=', 'content="0;url='),
			});
			nu = checkHtml(site, { nu: true }).then(({ problems }) => ({ problems, fileOf, site }));
		});
		const problemsOf = async (page: string) => {
			const { problems, fileOf } = await nu;
			return problems.filter((p) => p.startsWith(`${fileOf(page)}:`));
		};

		it('finds exactly the seeded problems, in the two files seeded', async () => {
			const { problems, fileOf } = await nu;
			expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([fileOf(REDIRECT), fileOf(ALPHA), fileOf(ALPHA)].sort());
		}, 120_000);

		// Starlight's sidebar scripts carry aria-hidden on every page (the gate accepts that, see NU_ACCEPTED
		// in gates/html.ts); the same attribute on another script, or a bad value, is still a problem.
		it('fails on aria-hidden misuse, accepting it only on Starlight’s sidebar scripts', async () => {
			const { site, fileOf } = await nu;
			expect(site.pages.get('/summary/')!.html).toMatch(/<sl-sidebar-state-persist[^>]*>\s*<script aria-hidden="true">/);
			const problems = await problemsOf(ALPHA);
			const at = `^${escape(fileOf(ALPHA))}:\\d+ nu: `;
			expect(problems).toHaveLength(2);
			expect(problems[0]).toMatch(new RegExp(`${at}The “aria-hidden” attribute must not be specified on the “script” element\\.$`));
			expect(problems[1]).toMatch(new RegExp(`${at}Bad value “yes” for attribute “aria-hidden” on element “p”\\.$`));
		}, 120_000);

		// The gate checks every built file, redirect pages included.
		it('fails on a redirect page the Nu checker rejects', async () => {
			const { site, fileOf } = await nu;
			expect(site.pages.get('/r/ap-01/')!.html).toContain('content="0;url=');
			expect(await problemsOf(REDIRECT)).toEqual([expect.stringMatching(new RegExp(`^${escape(fileOf(REDIRECT))}:\\d+ nu: Bad value “0;url=`))]);
		}, 120_000);
	});

	it('fails the HTML gate on invalid HTML, naming the file, line and column', async () => {
		const { site, file } = brokenCopy(result, 'gate-invalid-html', 'themes/alpha/index.html', (h) => h.replace('</main>', '<p>one<div>two</p></div></main>'));
		const { problems } = await checkHtml(site, { nu: false });
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(p).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+ \\(/themes/alpha/\\) `));
	});
});

/**
 * The rules `loadSite` checks across entries before any page renders. It reports every problem it
 * finds in one error, so one build carries one fault per rule: each test below finds its own
 * problem, naming the file and the field, among those the failed build lists, and the list holds
 * exactly one problem per fault (none hidden, none extra). One build instead of eleven.
 */
const CROSS_ENTRY_FAULTS: Array<{ name: string; change: (dir: string) => void; problem: string | RegExp }> = [
	{
		name: 'a reference to an entry that does not exist',
		change: (d) => edit(d, REC, (t) => t.replace('themes: [alpha]', 'themes: [alpha, nowhere]')),
		problem: 'content/recommendations/first.mdx: field "themes" references "nowhere", which is not an entry of "themes"',
	},
	{
		name: 'a duplicated code',
		change: (d) => edit(d, 'content/recommendations/second.mdx', (t) => t.replace('code: TP-01', 'code: AP-01')),
		problem: /content\/recommendations\/second\.mdx: field "code" "AP-01" is already used by .*content\/recommendations\/first\.mdx/,
	},
	{
		name: 'an outlook that leaves out a scenario',
		change: (d) => edit(d, REC, (t) => t.replace(/^ {4}- \{scenario: three.*\n/m, '')),
		problem: 'content/recommendations/first.mdx: field "outlook.scenarios" has no statement for scenario "three"',
	},
	{
		name: 'a glossary "nearest" term that the site\'s own text uses',
		change: (d) => edit(d, 'content/glossary/xyz.yaml', (t) => `${t.trimEnd()}\nnearest: [Xylophone Yard Zone]\n`),
		problem: 'content/glossary/xyz.yaml: field "nearest": "Xylophone Yard Zone" appears in the site\'s own text',
	},
	{
		name: 'an era body with a heading',
		change: (d) => edit(d, 'content/eras/early.mdx', (t) => `${t}\n## A heading\n\nMore.\n`),
		problem: 'content/eras/early.mdx: the body has headings ("A heading")',
	},
	{
		name: 'an actor that is part of itself',
		change: (d) => edit(d, 'content/actors/state-a.yaml', (t) => `${t.trimEnd()}\npartOf: state-a\n`),
		problem: 'content/actors/state-a.yaml: field "partOf" makes a cycle (state-a → state-a): an actor cannot be part of itself',
	},
	{
		name: 'a development that names a theme that does not exist',
		change: (d) => edit(d, DEV, (t) => t.replace('themes: [alpha]', 'themes: [alpha, nowhere]')),
		problem: `${DEV}: field "themes" references "nowhere", which is not an entry of "themes"`,
	},
	{
		name: 'a development dated after the sources searched (coveredThrough)',
		change: (d) => edit(d, DEV, (t) => t.replace('date: 2022-01-10', 'date: 2026-11-21')),
		problem: `${DEV}: field "date" 2026-11-21 is after coveredThrough 2026-11-20 of the newest review entry (2026-11-27-fixture): the sources searched do not reach it`,
	},
	{
		name: 'a status reviewed after the newest review entry',
		change: (d) => edit(d, 'content/statuses/first.yaml', (t) => t.replace('reviewed: 2026-11-27', 'reviewed: 2026-11-28')),
		problem:
			'content/statuses/first.yaml: field "reviewed" 2026-11-28 is later than the newest review entry (2026-11-27-fixture, 2026-11-27): record the review in content/reviews/ first',
	},
	{
		name: 'a status that cites a development that does not exist',
		change: (d) => edit(d, 'content/statuses/first.yaml', (t) => t.replace('developments: [2022-01-event]', 'developments: [2022-01-missing]')),
		problem: 'content/statuses/first.yaml: field "developments" references "2022-01-missing", which is not an entry of "developments"',
	},
	{
		name: 'a review that names a development that does not exist',
		change: (d) => edit(d, REVIEW, (t) => t.replace('found: [2022-01-event]', 'found: [2022-01-missing]')),
		problem: `${REVIEW}: field "searches.found" references "2022-01-missing", which is not an entry of "developments"`,
	},
];

/**
 * The rules on bodies (figures shown in MDX, measure anchors; `body-checks.ts`) and the report's side
 * of `loadSite`'s rules, in the same build: pages against lines always, evidence
 * against the text where the report's text is here (CI has it; elsewhere these tests are skipped,
 * and say so).
 */
CROSS_ENTRY_FAULTS.push(
	{
		name: 'an unknown figure id used in MDX',
		change: (d) => edit(d, 'content/themes/alpha.mdx', (t) => t.replace('fig-one', 'fig-none')),
		problem: 'content/themes/alpha.mdx: <Fig id="fig-none">: unknown figure id "fig-none" (no content/figures/fig-none.yaml)',
	},
	{
		name: 'a <Chart group> that no figure has',
		change: (d) => edit(d, 'content/themes/alpha.mdx', (t) => `${t}\n<Chart group="aid" />\n`),
		problem: 'content/themes/alpha.mdx: <Chart group="aid">: no figure in content/figures/ has group "aid"',
	},
	{
		name: 'a sub-measure without its heading',
		change: (d) => edit(d, REC, (t) => t.replace('## Part one', '## Another part')),
		problem: 'content/recommendations/first.mdx: field "measures": no heading with anchor "#part-one"',
	},
);
CROSS_ENTRY_FAULTS.push({
	name: 'report pages wider than the pages the entry’s report lines stand on',
	change: (d) => edit(d, REC, (t) => t.replace('pages: {from: 6, to: 8}', 'pages: {from: 6, to: 14}')),
	problem: 'content/recommendations/first.mdx: field "pages": pp. 6–14 is not where its text is: its lines 289-409 stand on pp. 6–8; write pages: {from: 6, to: 8}',
});
const EVIDENCE_FAULTS: typeof CROSS_ENTRY_FAULTS = [
	{
		name: 'an excerpt that is not in the report',
		change: (d) => edit(d, REC, (t) => t.replace('High-level officials should engage directly rather', 'High-level officials should never engage directly rather')),
		problem: 'content/recommendations/first.mdx: field "mustAct[0].evidence[0].excerpt": excerpt is not in the report\'s text: "High-level officials should never engage directly',
	},
	{
		name: 'an excerpt on the wrong page: the build names the page field and the page to write',
		change: (d) => edit(d, REC, (t) => t.replace('stability: {status: step-forward-general, note: fine, evidence: [{page: 24,', 'stability: {status: step-forward-general, note: fine, evidence: [{page: 25,')),
		problem:
			/content\/recommendations\/first\.mdx: field "outlook\.stability\.evidence\[0\]\.page": excerpt "each recommendation represents a potential step forward should conditions allow" is not on p\. 25: it is at lines 1511-1513, on p\. 24; write page: 24/,
	},
	{
		name: 'an excerpt given a wider range than the page it is on (the chapter’s)',
		change: (d) => edit(d, REC, (t) => t.replace('instability: {status: general-caveat-only, note: not now, evidence: [{page: 24,', 'instability: {status: general-caveat-only, note: not now, evidence: [{page: {from: 24, to: 30},')),
		problem: /content\/recommendations\/first\.mdx: field "outlook\.instability\.evidence\[0\]\.page": excerpt "If stability continues.*" is not on pp\. 24–30: .* on p\. 24; write page: 24/,
	},
];

/** The problems a build's `ContentError` lists: the lines "  - ..." after "Invalid content:". */
function contentProblems(output: string): string[] {
	const at = output.indexOf('Invalid content:');
	if (at < 0) return [];
	const lines = output.slice(at).split('\n').slice(1);
	const end = lines.findIndex((l) => !l.startsWith('  - '));
	return lines.slice(0, end < 0 ? undefined : end).map((l) => l.slice(4));
}

describe('cross-entry rules and the report’s pages and evidence fail the build before any page renders, every problem named at once', () => {
	let r: BuildResult;
	let problems: string[];
	const faults = [...CROSS_ENTRY_FAULTS, ...(hasReport ? EVIDENCE_FAULTS : [])];
	const building = broken(
		'cross-entry-faults',
		(d) => {
			for (const f of faults) f.change(d);
		},
		withReport,
	);
	beforeAll(async () => {
		r = await building;
		problems = contentProblems(r.output);
	}, BUILD_TIMEOUT);

	it('the build fails, listing one problem per fault', () => {
		expect(r.ok).toBe(false);
		expect(problems, r.output).toHaveLength(faults.length);
	});

	const found = (f: (typeof faults)[number]) => problems.filter((p) => (typeof f.problem === 'string' ? p.includes(f.problem) : f.problem.test(p)));
	for (const f of CROSS_ENTRY_FAULTS) {
		it(f.name, () => {
			expect(found(f), problems.join('\n')).toHaveLength(1);
		});
	}
	for (const f of EVIDENCE_FAULTS) {
		it.skipIf(!hasReport)(`${f.name} (needs the report's text)`, () => {
			expect(found(f), problems.join('\n')).toHaveLength(1);
		});
	}
});

/**
 * Changes that must still build, and what each leaves in the site: one build carries them all (they
 * touch different files and rules), with the report's text where it is here, so that the fixture's
 * evidence is checked too; each test reads its own part of the output.
 */
describe('changes made the permitted way still build', () => {
	let r: BuildResult;
	const building = broken(
		'permitted-changes',
		(d) => {
			// A renamed page with its redirect.
			edit(d, 'src/published-urls.txt', (t) => `${t}/themes/old-alpha/\n`);
			edit(d, 'src/lib/urls/redirects.mjs', (t) => t.replace('= {};', "= { '/themes/old-alpha/': '/themes/alpha/' };"));
			// A reworded paragraph whose old anchor is mapped to its successor.
			edit(d, REC, (t) => t.replace(/^Body\.$/m, 'Reworded body.'));
			edit(d, 'src/lib/urls/redirects.mjs', (t) => t.replace('export const anchorSuccessors = {', "export const anchorSuccessors = { '/recommendations/first/#p-body': 'p-reworded-body',"));
		},
		// A build 91 days after the sources searched, checking evidence where the report's text is here.
		{ EDITION_BUILD_DATE: '2027-02-19', ...withReport },
	);
	beforeAll(async () => {
		r = await building;
	}, BUILD_TIMEOUT);

	it('the build passes', () => {
		expect(r.ok, r.output).toBe(true);
	});

	it.skipIf(!hasReport)('every evidence excerpt is the report’s, on its pages (needs the report’s text)', () => {
		expect(r.output).toMatch(/\[evidence-check\] \d+ evidence excerpts found in the report, each on the page it states/);
	});

	it('a renamed page with its redirect still resolves', () => {
		expect(r.output).not.toMatch(/no longer resolves/);
		const html = readFileSync(join(r.dir, 'dist', 'themes', 'old-alpha', 'index.html'), 'utf8');
		expect(html).toMatch(/http-equiv="refresh" content="0; url=\/themes\/alpha\/"/);
		// The page re-applies the #fragment; hosts that read _redirects answer with a 301.
		expect(html).toContain('data-to="/themes/alpha/">location.replace(document.currentScript.dataset.to + location.hash)');
		expect(readFileSync(join(r.dir, 'dist', '_redirects'), 'utf8')).toContain('/themes/old-alpha/ /themes/alpha/ 301!');
	});

	it('a reworded paragraph whose old anchor is mapped to its successor still builds, the old anchor kept as an alias', () => {
		expect(r.output).not.toMatch(/no longer exists/);
		const html = readFileSync(join(r.dir, 'dist', 'recommendations', 'first', 'index.html'), 'utf8');
		expect(html).toMatch(/<p id="p-reworded-body" data-para(?: data-pages="[^"]*")?><span id="p-body" data-anchor-alias><\/span>Reworded body\.<\/p>/);
	});

	it('sources searched more than 90 days before the build: a warning in the output and on /since/, not a failure', () => {
		expect(r.output).toContain(
			"[record-currency] record not current: the record's sources were searched up to 2026-11-20, 91 days before this build (2027-02-19); more than 90 days",
		);
		const since = parse(readFileSync(join(r.dir, 'dist', 'since', 'index.html'), 'utf8'));
		expect(since.querySelector('.since-stale')?.getAttribute('data-stale-days')).toBe('91');
		expect(since.querySelector('.since-stale')?.text).toContain('developments since 20 November 2026 are not recorded here');
	});
});

/**
 * Schema errors. Each fault sits in its own copy of a valid entry (`fault-<name>`); each collection's
 * first load validates every file, and the loads of one sync fail together
 * (`src/lib/content/every-entry.ts`), so one build lists every rejected entry of both collections,
 * each under its file, and each test reads its own entry's block.
 */
interface SchemaFault {
	name: string;
	file: string;
	change: (text: string) => string;
	message: string | RegExp;
}
const SCHEMA_FAULTS: { recommendations: SchemaFault[]; developments: SchemaFault[] } = {
	recommendations: [
		{ name: 'a missing required field', file: 'missing-field', change: (t) => t.replace(/^summary:.*\n/m, ''), message: /summary\*\*: \*\*summary: Required/ },
		{ name: 'a field of the wrong type', file: 'wrong-type', change: (t) => t.replace(/^order: 1$/m, 'order: first'), message: /order\*\*: \*\*order: Expected type `"number"`/ },
		{
			name: 'an outlook status other than "unstated" without evidence',
			file: 'outlook-without-evidence',
			change: (t) => t.replace(/instability: \{status: general-caveat-only, note: not now, evidence: \[.*\]\}/, 'instability: {status: general-caveat-only, note: not now}'),
			message: 'outlook.instability.evidence: evidence is required unless status is "unstated"',
		},
		{
			name: 'a "modal" that is not the report’s own verb in the actor’s excerpts',
			file: 'modal-not-in-excerpt',
			change: (t) =>
				t.replace(
					'excerpt: "High-level officials should engage directly rather than rely solely on track 2 engagements"}]}',
					'excerpt: "High-level officials should engage directly rather than rely solely on track 2 engagements"}], modal: could}',
				),
			message: 'mustAct.0.modal: modal must be a word of one of this actor’s evidence excerpts',
		},
		{ name: 'report pages that run backwards', file: 'pages-backwards', change: (t) => t.replace('pages: {from: 6, to: 8}', 'pages: {from: 8, to: 6}'), message: 'pages.to must not come before pages.from' },
		{ name: 'an entry of the argument without the report lines its pages come from', file: 'lines-missing', change: (t) => t.replace(/^lines: .*\n/m, ''), message: /lines\*\*: \*\*lines: Required/ },
		{ name: 'an entry of the argument without its report pages', file: 'pages-missing', change: (t) => t.replace(/^pages: .*\n/m, ''), message: /pages\*\*: \*\*pages: Required/ },
	],
	developments: [
		{
			name: 'a development source excerpt over 25 words',
			file: 'long-excerpt',
			change: (t) => t.replace('a short quotation of the fixture source', Array.from({ length: 26 }, (_, i) => `word${i}`).join(' ')),
			message: 'sources.0.excerpt: excerpt is a short verbatim quotation: at most 25 words',
		},
		{ name: 'a development without a source', file: 'no-source', change: (t) => t.replace(/^sources:[\s\S]*$/m, 'sources: []\n'), message: 'sources: sources: name at least one source (no source, no entry)' },
	],
};

/** The blocks of a build's schema error, by file (relative to the fixture): the lines under each file's path. */
function schemaBlocks(output: string, dir: string): Map<string, string> {
	const blocks = new Map<string, string>();
	let file: string | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith(`${dir}/content/`)) blocks.set((file = line.slice(dir.length + 1).trim()), '');
		else if (/^\s*Hint:/.test(line)) file = undefined;
		else if (file) blocks.set(file, `${blocks.get(file)}${line}\n`);
	}
	return blocks;
}

describe('schema errors: every rejected entry of every collection named at once, with its file and field', () => {
	const faults = Object.entries(SCHEMA_FAULTS).flatMap(([collection, list]) =>
		list.map((f) => ({ ...f, collection, original: collection === 'recommendations' ? REC : DEV })),
	);
	const faultFile = (f: (typeof faults)[number]) => f.original.replace(/[^/]+(\.\w+)$/, `fault-${f.file}$1`);
	let r: BuildResult;
	let blocks: Map<string, string>;
	const building = broken('schema-faults', (d) => {
		for (const f of faults) {
			cpSync(join(d, f.original), join(d, faultFile(f)));
			edit(d, faultFile(f), f.change);
		}
	});
	beforeAll(async () => {
		r = await building;
		blocks = schemaBlocks(r.output, r.dir);
	}, BUILD_TIMEOUT);

	it('the build fails, listing each faulty entry of both collections once and no other', () => {
		expect(r.ok).toBe(false);
		expect(r.output).toContain(`${faults.length} entries do not match their collection's schema`);
		expect([...blocks.keys()].sort(), r.output).toEqual(faults.map(faultFile).sort());
	});

	for (const f of faults) {
		it(`${f.collection}: ${f.name}`, () => {
			const block = blocks.get(faultFile(f)) ?? '';
			expect(block, r.output).toContain(`${f.collection} → fault-${f.file} data does not match collection schema`);
			if (typeof f.message === 'string') expect(block).toContain(f.message);
			else expect(block).toMatch(f.message);
		});
	}
});

describe('published addresses that disappear fail the build, both lists checked before it fails', () => {
	let r: BuildResult;
	const building = broken('published-addresses', (d) => {
		edit(d, 'src/published-urls.txt', (t) => `${t}/themes/renamed-away/\n`);
		edit(d, REC, (t) => t.replace(/^Body\.$/m, 'Reworded body.'));
	});
	beforeAll(async () => {
		r = await building;
	}, BUILD_TIMEOUT);

	it('the build fails', () => {
		expect(r.ok).toBe(false);
	});

	it('a published URL removed without a redirect', () => {
		expect(r.output).toContain('src/published-urls.txt: published URLs that no longer resolve:');
		expect(r.output).toContain('/themes/renamed-away/ was published and no longer resolves: restore it, or add a redirect for it in src/lib/urls/redirects.mjs');
	});

	it('a published paragraph anchor that disappears without a successor', () => {
		expect(r.output).toContain(
			'/recommendations/first/#p-body was published and no longer exists: map it to the paragraph that replaced it in anchorSuccessors (src/lib/urls/redirects.mjs)',
		);
	});
});

// MDX that does not compile stops the build at the first file it meets: a build of its own.
describe('MDX that does not compile fails the build, naming the file', () => {
	const building = broken('malformed-mdx', (d) => edit(d, 'content/themes/alpha.mdx', (t) => `${t}\n<div>unclosed\n`));

	it('malformed MDX', async () => {
		const r = await building;
		expect(r.ok).toBe(false);
		expect(r.output).toContain('content/themes/alpha.mdx');
		expect(r.output).toMatch(/Expected a closing tag for `<div>`/);
	}, BUILD_TIMEOUT);
});
