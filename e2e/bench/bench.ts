/**
 * `npm run bench`: the performance benchmark (not part of `npm test`). In one run, on one machine,
 * it builds our site and a bare Starlight site with the same text (`bare-site.ts`), serves both
 * with the same compressing static server, measures both with the same code, and prints side by side:
 * - per page kind, bytes transferred on first load (before search is opened);
 * - search: bytes fetched before the reader shows intent, time from the last keystroke to results
 *   on screen for the first query after opening search and for warm queries (medians of several
 *   sessions), bytes fetched by the first query, and where the first query's time goes;
 * - Lighthouse (mobile) scores per page kind, where Chromium is installed;
 * - build time for the real content (1x) and for generated 10x and 50x content sets
 *   (skipped with BENCH_QUICK=1);
 * - the brief's bars (`brief.ts`: the add action's cost, /brief/'s weight, .docx export, opening a shared link).
 * BENCH_SEARCH_RUNS sets the number of search sessions per site (default 5); BENCH_LIGHTHOUSE_RUNS
 * the Lighthouse runs per page, of which the median is kept (default 1: a loaded machine moves one
 * run's performance score by 10-20 points). For iterating on one part: BENCH_LIGHTHOUSE=0 skips
 * Lighthouse, BENCH_PAGE_WEIGHT=0 the page weights, and BENCH_REUSE_BARE=1 keeps the bare site of an
 * earlier run when its build is there (the bare site does not change with our code).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scaleContent } from './scale.ts';
import { measurePages, measureSearch, median, FIRST_QUERY, WARM_QUERIES, type PageWeight, type SearchRun } from './browser.ts';
import { lighthouseAvailable, lighthouseScores, type Scores } from './lighthouse.ts';
import { buildBareSite, writeBareSite } from './bare-site.ts';
import { serveCompressed } from './compressed-server.ts';
import { briefBench } from './brief.ts';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, '.tmp', 'bench');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const QUICK = process.env.BENCH_QUICK === '1';
const SEARCH_RUNS = Math.max(1, Number(process.env.BENCH_SEARCH_RUNS ?? 5));
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1));
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const PAGE_WEIGHT = process.env.BENCH_PAGE_WEIGHT !== '0';
const REUSE_BARE = process.env.BENCH_REUSE_BARE === '1';

const log = (line: string) => console.error(`bench: ${line}`);

function countHtml(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce(
		(n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
		0,
	);
}

function timedBuild(dir: string): { seconds: number; pages: number } {
	const t0 = performance.now();
	const run = spawnSync(process.execPath, [astro, 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const seconds = (performance.now() - t0) / 1000;
	if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${run.stdout}\n${run.stderr}`);
	return { seconds, pages: countHtml(join(dir, 'dist')) };
}

function siteCopy(name: string, times: number): string {
	const dir = join(work, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(root, f), join(dir, f), { recursive: true });
	scaleContent(join(root, 'content'), join(dir, 'content'), times);
	return dir;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const range = (xs: number[]) => `${ms(median(xs))} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
const total = (w: PageWeight) => w.html + w.css + w.js + w.other;

log('building our site (1x content)');
const ours = { times: 1, ...timedBuild(siteCopy('x1', 1)) };
const oursDist = join(work, 'x1', 'dist');
// One page of each kind, read from the site model of the build just made (not from a `dist/` that may be missing or stale).
process.env.DIST_DIR = oursDist;
const { PAGE_KINDS } = await import('../support/page-kinds.ts');
const bareDir = join(work, 'bare');
const reuseBare = REUSE_BARE && existsSync(join(bareDir, 'dist', 'pagefind'));
let barePages = 0;
let bareSeconds = 0;
if (reuseBare) {
	log('reusing the bare Starlight site of an earlier run (BENCH_REUSE_BARE=1)');
	barePages = countHtml(join(bareDir, 'dist'));
} else {
	log('building the bare Starlight site with the same text');
	barePages = writeBareSite(oursDist, bareDir, join(root, 'node_modules'));
	const bareT0 = performance.now();
	buildBareSite(bareDir, astro);
	bareSeconds = (performance.now() - bareT0) / 1000;
}

const oursServer = await serveCompressed(oursDist);
const bareServer = await serveCompressed(join(bareDir, 'dist'));
/** The report's lines so far; each section is printed as soon as it is measured. */
const rows: string[] = [];
const flush = () => console.log(rows.splice(0).join('\n'));
rows.push(
	'# Benchmark: this site against bare Starlight 0.42 with the same text',
	'',
	`Same machine, same run, same measuring code; both served by the tests' static server with brotli (e2e/bench/compressed-server.ts). The bare site: ${barePages} Markdown pages with the text of ours (e2e/bench/bare-site.ts), default \`starlight()\` config and Pagefind search. Built in ${ours.seconds.toFixed(1)} s (ours, ${ours.pages} HTML files) and ${reuseBare ? 'earlier (bare, reused: BENCH_REUSE_BARE=1)' : `${bareSeconds.toFixed(1)} s (bare)`}.`,
);
flush();
try {
	if (PAGE_WEIGHT) {
		log('page weights');
		const weights = { ours: await measurePages(oursServer.url, PAGE_KINDS), bare: await measurePages(bareServer.url, PAGE_KINDS) };
		rows.push(
			'',
			'## Page weight on first load (brotli, as transferred), before search is opened',
			'',
			'| page kind | path | ours: HTML | CSS | JS (files) | other | **ours total** | **bare total** | bare: HTML | CSS | JS (files) |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		);
		weights.ours.forEach((o, i) => {
			const b = weights.bare[i]!;
			rows.push(`| ${o.kind} | ${o.path} | ${kb(o.html)} | ${kb(o.css)} | ${kb(o.js)} (${o.jsFiles}) | ${kb(o.other)} | **${kb(total(o))}** | **${kb(total(b))}** | ${kb(b.html)} | ${kb(b.css)} | ${kb(b.js)} (${b.jsFiles}) |`);
		});
		flush();
	}

	log(`search: ${SEARCH_RUNS} sessions per site, alternating`);
	const search = await measureSearch({ ours: oursServer.url, bare: bareServer.url }, SEARCH_RUNS);
	const s = (name: string) => search[name]!;
	const both = (f: (runs: SearchRun[]) => string) => `| ${f(s('ours'))} | ${f(s('bare'))} |`;
	rows.push(
		'',
		`## Search (${SEARCH_RUNS} reader sessions per site, alternating; median (min-max))`,
		'',
		'Each session: load /summary/, wait until the page is idle, point at the search button and click it, type the first query with key events as soon as the input shows, then the warm queries in the same dialog. Time runs from the last keystroke\'s input event to the frame after the results (message and first result\'s title) are in the page, measured with performance marks in the page.',
		'',
		'| measure | ours | bare Starlight |',
		'| --- | --- | --- |',
		`| fetched after the page is idle, before any intent ${both((r) => `${kb(median(r.map((x) => x.beforeIntentBytes)))}: ${r[0]!.beforeIntentUrls.join(', ') || 'nothing'}`)}`,
		`| first query ("${FIRST_QUERY}") after opening search: last keystroke to results ${both((r) => range(r.map((x) => x.firstMs)))}`,
		`| of which until the search answered (the count shows); the rest is loading and showing the results ${both((r) => range(r.map((x) => x.firstCountMs)))}`,
		`| warm queries (${WARM_QUERIES.map((q) => `"${q}"`).join(', ')}): last keystroke to results ${both((r) => range(r.flatMap((x) => x.warmMs)))}`,
		`| of which until the search answered ${both((r) => range(r.flatMap((x) => x.warmCountMs)))}`,
		`| fetched from intent to the first results ${both((r) => kb(median(r.map((x) => x.firstBytes))))}`,
		`| fetched after the first query's last keystroke ${both((r) => kb(median(r.map((x) => x.firstFetches.reduce((n, f) => n + f.bytes, 0)))))}`,
	);
	for (const name of ['ours', 'bare']) {
		const runs = s(name);
		const mid = [...runs].sort((a, b) => a.firstMs - b.firstMs)[Math.floor(runs.length / 2)]!;
		rows.push('', `First query, ${name}, the median session (${ms(mid.firstMs)}): fetches that ended after the last keystroke (ms from it)`, '', '| file | start | end | bytes |', '| --- | --- | --- | --- |');
		for (const f of mid.firstFetches) rows.push(`| ${f.name} | ${f.startMs.toFixed(0)} | ${f.endMs.toFixed(0)} | ${kb(f.bytes)} |`);
		if (!mid.firstFetches.length) rows.push('| (none: everything the query needed was fetched while typing) | | | |');
	}
	flush();

	if (!LIGHTHOUSE) rows.push('', 'Lighthouse: skipped (BENCH_LIGHTHOUSE=0).');
	else if (lighthouseAvailable()) {
		log('Lighthouse (mobile), both sites');
		const lh: Record<'ours' | 'bare', Scores[]> = {
			ours: await lighthouseScores(oursServer.url, PAGE_KINDS, LIGHTHOUSE_RUNS),
			bare: await lighthouseScores(bareServer.url, PAGE_KINDS, LIGHTHOUSE_RUNS),
		};
		rows.push(
			'',
			`## Lighthouse (mobile: simulated slow 4G, 4x CPU slowdown; ${LIGHTHOUSE_RUNS === 1 ? 'one run a page' : `median of ${LIGHTHOUSE_RUNS} runs a page`})`,
			'',
			'| page kind | performance: ours | bare | FCP: ours | bare | accessibility: ours | bare | best practices: ours | bare | SEO: ours | bare | page weight: ours | bare |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		);
		lh.ours.forEach((o, i) => {
			const b = lh.bare[i]!;
			rows.push(`| ${o.kind} | ${o.performance} | ${b.performance} | ${ms(o.fcpMs)} | ${ms(b.fcpMs)} | ${o.accessibility} | ${b.accessibility} | ${o.bestPractices} | ${b.bestPractices} | ${o.seo} | ${b.seo} | ${kb(o.totalBytes)} | ${kb(b.totalBytes)} |`);
		});
		// The brief (PRODUCT.md: Lighthouse 100 on /brief/ too), which bare Starlight has no counterpart of.
		for (const o of await lighthouseScores(oursServer.url, [{ kind: 'brief (/brief/, empty)', path: '/brief/' }], LIGHTHOUSE_RUNS)) {
			rows.push(`| ${o.kind} | ${o.performance} | – | ${ms(o.fcpMs)} | – | ${o.accessibility} | – | ${o.bestPractices} | – | ${o.seo} | – | ${kb(o.totalBytes)} | – |`);
		}
	} else rows.push('', 'Lighthouse: skipped (no /usr/bin/chromium).');
	flush();
	rows.push('', '## Briefs (e2e/bench/brief.ts)', '', ...(await briefBench(oursDist)).map((line) => `- ${line}`));
	flush();
} finally {
	await oursServer.close();
	await bareServer.close();
}

const buildRow = (b: { times: number; seconds: number; pages: number }) => {
	const perPage = (b.seconds * 1000) / b.pages;
	return `| ${b.times}x | ${b.pages} | ${b.seconds.toFixed(1)} | ${perPage.toFixed(1)} | ${(perPage / ((ours.seconds * 1000) / ours.pages)).toFixed(2)} |`;
};
rows.push('', '## Build time of our site (real content, and generated 10x and 50x content)', '', '| content | pages | build (s) | ms per page | ratio to 1x (per page) |', '| --- | --- | --- | --- | --- |', buildRow(ours));
if (QUICK) rows.push('', 'BENCH_QUICK=1: the 10x and 50x builds are skipped.');
else
	for (const times of [10, 50]) {
		flush(); // each build's row shows as soon as it is done
		log(`building ${times}x content`);
		rows.push(buildRow({ times, ...timedBuild(siteCopy(`x${times}`, times)) }));
	}
flush();
