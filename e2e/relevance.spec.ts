/**
 * The relevance suite (e2e/relevance/queries.ts) run in a real browser against the built index,
 * through Pagefind's own JS API with the site's options and query preparation. Prints the hit rate;
 * fails when any case fails.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { cases, type RelevanceCase } from './relevance/queries';
import { landingUrl, prepareQuery, type SearchContext } from '../src/lib/search/search-query';
import { pagefindOptions } from '../src/lib/search/search-config.mjs';
import { basePath, stripBase } from './support/pages';

interface Found {
	count: number;
	results: Array<{ url: string; sub_results: Array<{ url: string; weighted_locations: Array<{ balanced_score: number }> }> }>;
}

/** Why a case fails, or nothing when it passes. */
function judge(c: RelevanceCase, found: Found, prepared: ReturnType<typeof prepareQuery>): string[] {
	const landings = found.results.map((r) => stripBase(landingUrl(r)));
	const pages = found.results.map((r) => stripBase(r.url));
	const top3 = landings.slice(0, 3);
	// A path with a #fragment must be where the result lands; a path without one, the result's page.
	const at = (want: string, i: number) => (want.includes('#') ? landings[i] === want : pages[i] === want);
	const inTop3 = (want: string) => [0, 1, 2].some((i) => at(want, i));
	const problems: string[] = [];
	for (const want of c.top3 ?? []) if (!inTop3(want)) problems.push(`${want} not in top 3`);
	if (c.top3Any && !c.top3Any.some(inTop3)) problems.push(`none of ${c.top3Any.join(', ')} in top 3`);
	if (c.first && !at(c.first, 0)) problems.push(`${c.first} not first`);
	for (const bad of c.never ?? []) if (pages.includes(bad)) problems.push(`${bad} appears`);
	if (c.none && found.count > 0) problems.push(`${found.count} results, expected none`);
	if (c.suggest && !prepared.suggestions.includes(c.suggest)) problems.push(`no "did you mean ${c.suggest}" (offered: ${prepared.suggestions.join(', ') || 'nothing'})`);
	if (c.nearest && prepared.nearest?.href !== c.nearest) problems.push(`nearest subject ${prepared.nearest?.href ?? 'none'}, expected ${c.nearest}`);
	if (problems.length) problems.push(`top 3: ${top3.join(' ') || '(none)'}`);
	return problems;
}

/** Runs each prepared query through Pagefind's own JS API in `page`, with the site's options: the first ten results of each. */
async function searchAll(page: Page, prepared: ReadonlyArray<ReturnType<typeof prepareQuery>>): Promise<Found[]> {
	await page.goto('summary/');
	return page.evaluate(
		async ({ queries, base, options }) => {
			const pagefind = await import(`${base}pagefind/pagefind.js`);
			await pagefind.options(options);
			const out: Found[] = [];
			for (const q of queries) {
				if (!q) {
					out.push({ count: 0, results: [] });
					continue;
				}
				const search = await pagefind.search(q);
				const data: Found['results'] = await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<Found['results'][number]> }) => r.data()));
				out.push({ count: search.results.length, results: data.map((d) => ({ url: d.url, sub_results: d.sub_results.map((s) => ({ url: s.url, weighted_locations: s.weighted_locations })) })) });
			}
			return out;
		},
		{ queries: prepared.map((p) => p.query), base: basePath, options: pagefindOptions },
	);
}

/** The site's words, codes and nearest subjects, as the search dialog fetches them. */
async function searchContext(request: APIRequestContext): Promise<SearchContext> {
	const vocabulary = await request.get('search-vocabulary.json');
	expect(vocabulary.status()).toBe(200);
	return (await vocabulary.json()) as SearchContext;
}

test('the relevance suite: every query finds what a briefing writer expects', async ({ page, request }) => {
	test.setTimeout(120_000);
	// Every page the suite expects exists in the build (a renamed page must not pass silently).
	const expected = new Set(cases.flatMap((c) => [...(c.top3 ?? []), ...(c.top3Any ?? []), ...(c.first ? [c.first] : []), ...(c.nearest ? [c.nearest] : [])]));
	for (const path of expected) expect((await request.get(path.split('#')[0]!.replace(/^\//, ''))).status(), path).toBe(200);

	const context = await searchContext(request);
	const prepared = cases.map((c) => prepareQuery(c.query, context));
	const found = await searchAll(page, prepared);

	const failures = cases.flatMap((c, i) => {
		const problems = judge(c, found[i]!, prepared[i]!);
		return problems.length ? [`"${c.query}" (${c.why}): ${problems.join('; ')}`] : [];
	});
	const passed = cases.length - failures.length;
	console.log(`relevance suite: ${passed}/${cases.length} cases pass (${((100 * passed) / cases.length).toFixed(0)}%)`);
	for (const f of failures) console.log(`  FAIL ${f}`);
	expect(failures).toEqual([]);
});

test('the suite fails a search that does not find what a case expects (seeded wrong expectations, each judged on real results)', async ({ page, request }) => {
	const context = await searchContext(request);
	const seeded: RelevanceCase[] = [
		// Found, but not first: the brief page carries none of these words.
		{ query: 'Durand Line', why: 'seeded', first: '/brief/' },
		// A word the site uses, expected to find nothing.
		{ query: 'refugees', why: 'seeded', none: true },
		// A page expected in the top three that the query cannot reach.
		{ query: 'Pakistan', why: 'seeded', top3: ['/cite/'] },
		// A misspelling with the wrong suggestion.
		{ query: 'Talban', why: 'seeded', suggest: 'durand' },
	];
	const prepared = seeded.map((c) => prepareQuery(c.query, context));
	const found = await searchAll(page, prepared);
	const problems = seeded.map((c, i) => judge(c, found[i]!, prepared[i]!));
	expect(problems[0]!.join(' ')).toContain('/brief/ not first');
	expect(problems[1]!.join(' ')).toMatch(/\d+ results, expected none/);
	expect(problems[2]!.join(' ')).toContain('/cite/ not in top 3');
	expect(problems[3]!.join(' ')).toContain('no "did you mean durand"');
});
