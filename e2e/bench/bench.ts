/**
 * `npm run bench`: the performance benchmark (not part of `npm test`). Prints a table of
 * - build time for the real content (1x) and for generated 10x and 50x content sets, per page too;
 * - per page kind, compressed bytes of HTML, CSS and JS fetched on first load (before search);
 * - search: time from the last keystroke to results on screen (first query and warm), bytes fetched;
 * - Lighthouse (mobile) scores per page kind, where Chromium is installed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scaleContent } from './scale.ts';
import { measurePages, measureSearch, type PageWeight } from './browser.ts';
import { lighthouseScores } from './lighthouse.ts';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, '.tmp', 'bench');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

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

const rows: string[] = [];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('bench: building 1x, 10x, 50x content sets (this takes a few minutes)');
const builds = [1, 10, 50].map((times) => ({ times, ...timedBuild(siteCopy(`x${times}`, times)) }));
const base = builds[0]!;
rows.push('## Build', '', '| content | pages | build (s) | ms per page | ratio to 1x (per page) |', '| --- | --- | --- | --- | --- |');
for (const b of builds) {
	const perPage = (b.seconds * 1000) / b.pages;
	rows.push(`| ${b.times}x | ${b.pages} | ${b.seconds.toFixed(1)} | ${perPage.toFixed(1)} | ${(perPage / ((base.seconds * 1000) / base.pages)).toFixed(2)} |`);
}

const dist = join(work, 'x1', 'dist');
const weights: PageWeight[] = await measurePages(dist);
rows.push('', '## Page weight on first load (gzip), before search is opened', '', '| page kind | path | HTML | CSS | JS | total | JS files |', '| --- | --- | --- | --- | --- | --- | --- |');
for (const w of weights) rows.push(`| ${w.kind} | ${w.path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.html + w.css + w.js)} | ${w.jsFiles} |`);

const s = await measureSearch(dist);
rows.push(
	'',
	'## Search',
	'',
	'| measure | value |',
	'| --- | --- |',
	`| first query, typed as soon as the dialog opens: last keystroke to results on screen | ${s.firstMs.toFixed(0)} ms |`,
	`| first query after pointing at the button (search loads on intent) | ${s.afterIntentMs.toFixed(0)} ms |`,
	`| warm queries (median of ${s.warmMs.length}): last keystroke to results | ${s.warmMedianMs.toFixed(0)} ms |`,
	`| bytes fetched by search (gzip), first query | ${kb(s.bytes)} |`,
);

const scores = await lighthouseScores(dist, weights.map((w) => ({ kind: w.kind, path: w.path })));
if (scores.length) {
	rows.push('', '## Lighthouse (mobile)', '', '| page kind | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- |');
	for (const l of scores) rows.push(`| ${l.kind} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`);
} else rows.push('', 'Lighthouse: skipped (no /usr/bin/chromium).');

console.log(rows.join('\n'));
