/** Finding: search over every page with filters, the recommendations explorer, and the matrix. */
import { expect, test, type Page } from '@playwright/test';
import { actors, glossary, recommendations, scenarios, siteModel, themes, type Entry } from './support/content';
import { CONDITIONS, OUTLOOK_LABELS, keepsReading, type OutlookStatus } from '../src/lib/content/model';
import { SitePage, basePath, fetchPage, idle } from './support/pages';
import { landingUrl } from '../src/lib/search/search-query';
import { pagefindOptions } from '../src/lib/search/search-config.mjs';

type ResultLike = Parameters<typeof landingUrl>[0];

const refs = (e: Entry, field: string): string[] => (e.data[field] ?? []) as string[];
const mustAct = (r: Entry): string[] => (r.data.mustAct as Array<{ actor: string }>).map((m) => m.actor);
/** An actor and every actor it is part of, read from the actors' `partOf`. */
const wholes = (id: string): string[] => {
	const parent = actors().find((a) => a.id === id)?.data.partOf as string | undefined;
	return parent ? [id, ...wholes(parent)] : [id];
};
type Statement = { status: string; evidence?: Array<{ excerpt: string }> };
const statementOf = (r: Entry, key: string): Statement =>
	key === 'stability' || key === 'instability'
		? (r.data.outlook[key] as Statement)
		: (r.data.outlook.scenarios as Array<Statement & { scenario: string }>).find((o) => o.scenario === key)!;
/**
 * The edition's reading of a scenario for a recommendation: its statement for the scenario's condition,
 * where it has none of its own, or where its own is the report's account of the scenario (`keepsReading`).
 */
const derivedOf = (r: Entry, s: Entry): string | undefined => {
	const via = s.data.derived?.via as 'stability' | 'instability' | undefined;
	const own = statementOf(r, s.id).status as OutlookStatus;
	if (!via || (own !== 'unstated' && !keepsReading(own))) return undefined;
	const status = statementOf(r, via).status;
	return status === 'unstated' ? undefined : status;
};

async function search(page: Page, query: string) {
	const site = new SitePage(page);
	await site.goto('/themes/');
	await site.searchButton.click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await input.fill(query);
	// The state searched for: results with their page links (a result shows a placeholder without a
	// link until its page's data has arrived). The first query fetches Pagefind's engine, index and
	// fragments on intent: on a busy 2-core machine that has taken over 5 s, so the ceiling is 15 s.
	const results = page.locator('.pagefind-ui__result');
	await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\S/, { timeout: 15_000 });
	return results;
}

test.describe('search', () => {
	test('no search script is fetched until the reader opens search', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(r.url()));
		const site = new SitePage(page);
		await site.goto('/summary/');
		// Loaded, and idle: anything the page would fetch on its own (at load or when idle) is requested by now.
		await idle(page);
		expect(fetched.filter((u) => /pagefind/.test(u))).toEqual([]);
		await site.searchButton.click();
		await expect.poll(() => fetched.filter((u) => /pagefind/.test(u)).length).toBeGreaterThan(0);
	});

	test('pointing at the search button starts loading search before the click', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(r.url()));
		const site = new SitePage(page);
		await site.goto('/summary/');
		await expect(site.searchButton).toBeEnabled();
		expect(fetched.filter((u) => /pagefind|search-vocabulary/.test(u))).toEqual([]);
		await site.searchButton.hover();
		await expect.poll(() => fetched.some((u) => /\/pagefind\/pagefind\.js/.test(u))).toBe(true);
		await expect.poll(() => fetched.some((u) => /search-vocabulary\.json/.test(u))).toBe(true);
	});

	/** Opens search and types a query; returns the dialog. */
	async function typeQuery(page: Page, query: string) {
		const site = new SitePage(page);
		await site.goto('/themes/');
		// The site's words arrive with search (a query typed before them is prepared again when they do).
		const vocabulary = page.waitForResponse(/search-vocabulary\.json/);
		await site.searchButton.click();
		const dialog = page.getByRole('dialog');
		expect((await vocabulary).ok()).toBe(true);
		await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
		return dialog;
	}

	test('a misspelling gets "Did you mean" from the site\'s own words, and taking it searches again', async ({ page }) => {
		const dialog = await typeQuery(page, 'Pakistn');
		const hint = dialog.getByRole('status').filter({ hasText: 'Did you mean' });
		await expect(hint).toBeVisible();
		await expect(hint).toContainText('No page uses “Pakistn”');
		await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);
		await hint.getByRole('button', { name: 'pakistan', exact: true }).click();
		await expect(dialog.getByRole('textbox', { name: 'Search' })).toHaveValue('pakistan');
		await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
		await expect(hint).toBeHidden();
	});

	test("a query typed before the site's words arrive is prepared again when they do", async ({ page }) => {
		let release!: () => void;
		const held = new Promise<void>((done) => (release = done));
		await page.route('**/search-vocabulary.json', async (route) => {
			await held;
			await route.continue();
		});
		const site = new SitePage(page);
		await site.goto('/themes/');
		await site.searchButton.click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox', { name: 'Search' }).fill('Pakistn');
		// Searched without the site's words: the count is on screen, and no hint.
		const message = page.locator('.pagefind-ui__message');
		await expect(message).toBeVisible();
		await expect(message).not.toHaveText(/^Searching/);
		const hint = dialog.getByRole('status').filter({ hasText: 'Did you mean' });
		await expect(hint).toBeHidden();
		release();
		await expect(hint).toBeVisible();
		await expect(hint).toContainText('No page uses “Pakistn”');
	});

	test('a term the report does not use points to the nearest subject', async ({ page }) => {
		const entry = glossary().find((g) => ((g.data.nearest ?? []) as string[]).includes('CPEC'))!;
		expect(entry, 'a glossary entry names CPEC as a term it is the nearest subject of').toBeTruthy();
		const dialog = await typeQuery(page, 'CPEC');
		const hint = dialog.getByRole('status').filter({ hasText: 'does not name' });
		await expect(hint).toBeVisible();
		const link = hint.getByRole('link', { name: entry.data.term });
		await expect(link).toHaveAttribute('href', new RegExp(`/glossary/#term-${entry.id}$`));
	});

	test('a glossary result lands on its term, not the top of the page', async ({ page }) => {
		const tapi = glossary().find((g) => ((g.data.aliases ?? []) as string[]).includes('TAPI'))!;
		await typeQuery(page, 'TAPI');
		const links = page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
		await expect
			.poll(() => links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
			.toContainEqual(expect.stringMatching(new RegExp(`/glossary/#term-${tapi.id}$`)));
	});

	// Which page a query finds, for codes typed every way, titles, acronyms and words only in a body,
	// is the relevance suite's (e2e/relevance/queries.ts), run through Pagefind's API with the site's
	// options; the test below shows the dialog ranks exactly as that API does.
	const rec = recommendations()[6]!;

	test('the dialog ranks with the site’s search options, the ones the relevance suite runs with', async ({ page, browser }) => {
		// Two whole search sessions (the dialog's, and Pagefind's API in a page of its own): on a busy
		// 2-core machine that has gone past the default 30 s, so the ceiling is doubled.
		test.setTimeout(60_000);
		// "border": Pagefind's default weights order its first five otherwise.
		const query = 'border';
		const results = await search(page, query);
		const landings = () => results.evaluateAll((els) => els.map((e) => e.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? null));
		await expect.poll(async () => (await landings()).every((h) => h !== null)).toBe(true);
		const shown = (await landings()) as string[];
		// The same query through Pagefind's own API, in a page of its own (its own engine), with `pagefindOptions`.
		const api = await browser.newPage();
		await new SitePage(api).goto('/summary/');
		const found = await api.evaluate(
			async ({ q, base, options, n }) => {
				const pagefind = await import(`${base}pagefind/pagefind.js`);
				await pagefind.options(options);
				const search = await pagefind.search(q);
				return Promise.all(search.results.slice(0, n).map((r: { data: () => Promise<ResultLike> }) => r.data()));
			},
			{ q: query, base: basePath, options: pagefindOptions, n: shown.length },
		);
		await api.close();
		expect(shown.length).toBeGreaterThan(1);
		expect(shown).toEqual(found.map((r) => landingUrl(r)));
	});

	test('a recommendation result shows its code and kind', async ({ page }) => {
		const results = await search(page, rec.data.code);
		await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveText(`${rec.data.code} ${rec.data.title} · Recommendation`);
	});

	test('filters by kind, audience, theme, actor and scenario are offered', async ({ page }) => {
		await search(page, 'Pakistan');
		const filters = page.locator('.pagefind-ui__filter-name');
		for (const name of ['kind', 'audience', 'theme', 'actor', 'scenario']) await expect(filters.filter({ hasText: new RegExp(`^${name}$`, 'i') })).toHaveCount(1);
	});

	test('a first query answered before every filter has loaded still ends with every filter group offered', async ({ page }) => {
		// Every filter name some page gives search, from the site model; Pagefind keeps one chunk per name.
		const groups = new Set(siteModel().pages.flatMap((p) => (p.search ? Object.keys(p.search.filters) : [])));
		let release!: () => void;
		const held = new Promise<void>((done) => (release = done));
		let requested = 0;
		let loaded = 0;
		await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
			// The first filter chunk asked for is held back until the query's results are on screen.
			if (requested++ === 0) await held;
			await route.continue();
		});
		page.on('requestfinished', (r) => {
			if (r.url().endsWith('.pf_filter')) loaded++;
		});
		const site = new SitePage(page);
		await site.goto('/themes/');
		await site.searchButton.click();
		await expect.poll(() => loaded).toBe(groups.size - 1);
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('Pakistan');
		await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\S/);
		const names = page.locator('.pagefind-ui__filter-name');
		// The query ran with one filter missing, and the panel shows what it counted.
		await expect(names).toHaveCount(groups.size - 1);
		release();
		await expect(names).toHaveCount(groups.size);
		expect((await names.allTextContents()).map((n) => n.toLowerCase()).sort()).toEqual([...groups].sort());
	});
});

test.describe('the recommendations explorer', () => {
	const all = recommendations();

	async function visibleIds(page: Page) {
		return page.locator('.rec-card:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!).sort());
	}

	test('lists every recommendation in the static HTML, with JavaScript off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await new SitePage(page).goto('/recommendations/');
		await expect(page.locator('.rec-card')).toHaveCount(all.length);
		for (const r of all) await expect(page.locator(`.rec-card[data-id="${r.id}"]`)).toContainText(r.data.code);
		await expect(page.locator('#explorer-filters')).toBeHidden();
		await context.close();
	});

	const facets: Array<{ name: string; value: string; label: RegExp; match: (r: Entry) => boolean }> = [
		...(['afghanistan-pakistan', 'third-parties'] as const).map((a) => ({
			name: 'audience',
			value: a,
			label: a === 'third-parties' ? /United States/ : /^Afghanistan and Pakistan/,
			match: (r: Entry) => r.data.audience === a,
		})),
		...themes().map((t) => ({ name: 'theme', value: t.id, label: new RegExp(t.data.title), match: (r: Entry) => refs(r, 'themes').includes(t.id) })),
		// Who must act: a filter by a whole (Pakistan) includes its parts (the military, the ISI).
		...actors()
			.filter((a) => all.some((r) => mustAct(r).flatMap(wholes).includes(a.id)))
			.map((a) => ({ name: 'actor', value: a.id, label: new RegExp(`^${a.data.name}$`), match: (r: Entry) => mustAct(r).flatMap(wholes).includes(a.id) })),
		...actors()
			.filter((a) => all.some((r) => refs(r, 'involved').flatMap(wholes).includes(a.id)))
			.map((a) => ({ name: 'involved', value: a.id, label: new RegExp(`^${a.data.name}$`), match: (r: Entry) => refs(r, 'involved').flatMap(wholes).includes(a.id) })),
		// Outlook: the report's statuses in each column, then the edition's readings, marked as derived.
		...['stability', 'instability', ...scenarios().map((s) => s.id)].flatMap((key) => {
			const statuses = [...new Set(all.map((r) => statementOf(r, key).status))];
			const scenario = scenarios().find((s) => s.id === key);
			const derived = scenario ? [...new Set(all.map((r) => derivedOf(r, scenario)).filter((d): d is string => !!d))] : [];
			return [
				...statuses.map((status) => ({ name: `outlook-${key}`, value: status, label: /./, match: (r: Entry) => statementOf(r, key).status === status })),
				...derived.map((status) => ({
					name: `outlook-${key}`,
					value: `derived:${status}`,
					label: /edition’s reading/,
					match: (r: Entry) => derivedOf(r, scenario!) === status,
				})),
			];
		}),
	];

	// One test per facet group, each checking every value of its group in turn.
	for (const name of [...new Set(facets.map((f) => f.name))]) {
		test(`each ${name} facet narrows the list to exactly the entries whose metadata match`, async ({ page }) => {
			await new SitePage(page).goto('/recommendations/');
			if (name.startsWith('outlook-')) await page.getByText('Outlook under each condition and scenario').click();
			for (const f of facets.filter((x) => x.name === name)) {
				const box = page.locator(`input[name="${f.name}"][value="${f.value}"]`);
				const expected = all.filter(f.match).map((r) => r.id).sort();
				// Its label names the value and counts the entries that have it.
				await expect(box).toHaveAccessibleName(new RegExp(`\\(${expected.length}\\)$`));
				await box.check();
				await expect.poll(() => visibleIds(page), { message: `${f.name}=${f.value}` }).toEqual(expected);
				await expect(page.getByRole('status').filter({ hasText: 'recommendations shown' })).toHaveText(`${expected.length} of ${all.length} recommendations shown`);
				await box.uncheck();
			}
		});
	}

	test('facets combine (AND across, OR within) and the text filter narrows further', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		const [t1, t2] = themes().slice(-2);
		await page.locator(`input[name="theme"][value="${t1!.id}"]`).check();
		await page.locator(`input[name="theme"][value="${t2!.id}"]`).check();
		await page.locator('input[name="audience"][value="afghanistan-pakistan"]').check();
		const expected = all.filter((r) => r.data.audience === 'afghanistan-pakistan' && (refs(r, 'themes').includes(t1!.id) || refs(r, 'themes').includes(t2!.id)));
		await expect.poll(() => visibleIds(page)).toEqual(expected.map((r) => r.id).sort());
		await page.getByLabel('Filter by words').fill('border');
		// Bounds computed from the content: every recommendation whose title or summary says "border"
		// is shown, and every one shown says it somewhere (title, summary, sub-measures or body).
		const names = new Map([...actors(), ...themes()].map((e) => [e.id, (e.data.name ?? e.data.title) as string]));
		const says = (r: Entry, re: RegExp) =>
			re.test(
				[r.data.title, r.data.summary, ...((r.data.measures ?? []) as Array<{ title: string }>).map((m) => m.title), ...[...mustAct(r), ...refs(r, 'involved'), ...refs(r, 'themes')].map((id) => names.get(id)), r.body].join(' '),
			);
		const mustShow = expected.filter((r) => /border/i.test(`${r.data.title} ${r.data.summary}`)).map((r) => r.id);
		// Every one whose title or summary says "border" is shown, and every one shown discusses borders.
		await expect
			.poll(async () => {
				const shown = await visibleIds(page);
				return mustShow.every((id) => shown.includes(id)) && shown.every((id) => expected.some((e) => e.id === id && says(e, /border/i)));
			})
			.toBe(true);
	});

	test('the text filter uses the names of subjects: "Durand" finds every recommendation that discusses the Durand Line', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		await page.getByLabel('Filter by words').fill('Durand');
		const discuss = all.filter((r) => /Durand Line/i.test(`${r.data.title} ${r.data.summary} ${r.body}`)).map((r) => r.id).sort();
		expect(discuss.length, 'more than one recommendation discusses the Durand Line').toBeGreaterThan(1);
		await expect.poll(() => visibleIds(page)).toEqual(discuss);
	});

	test('the text filter searches body text, puts the best matches first, and takes a list of codes', async ({ page, request }) => {
		await new SitePage(page).goto('/recommendations/');
		const q = page.getByLabel('Filter by words');
		// "border": TP-04 treats border talks in its body only, and is found.
		await q.fill('border');
		const tp04 = all.find((r) => r.data.code === 'TP-04')!;
		expect(tp04.body).toMatch(/border management/);
		await expect(page.locator(`.rec-card[data-id="${tp04.id}"]`)).toBeVisible();
		// The filter's code and index arrive on intent: every card is visible until they have, so the
		// state to wait for is the list filtered and ranked, which its status says.
		await expect(page.getByRole('status').filter({ hasText: 'recommendations shown' })).toContainText('best match first');
		// Ranked: in each audience's list, those that say it in their title, summary or names come
		// before those that say it only in their body (read from the filter index's two fields).
		const index = (await (await request.get('data/filters/recommendations.json')).json()) as { items: Array<{ id: string; text: string; body: string }> };
		const strong = new Set(index.items.filter((i) => / border/.test(i.text)).map((i) => i.id));
		const bodyOnly = new Set(index.items.filter((i) => !strong.has(i.id) && / border/.test(i.body)).map((i) => i.id));
		expect(bodyOnly.size, 'some recommendations mention borders in their body only').toBeGreaterThan(0);
		for (const list of await page.locator('.rec-list').all()) {
			const order = await list.locator('.rec-card:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!));
			const ranks = order.map((id) => (strong.has(id) ? 0 : bodyOnly.has(id) ? 1 : 2));
			expect(ranks, `order ${order.join(', ')}`).toEqual([...ranks].sort());
			expect(ranks).not.toContain(2);
		}
		await expect(page.getByRole('status').filter({ hasText: 'recommendations shown' })).toContainText('best match first');
		// A list of codes, however typed, shows exactly those.
		for (const typed of ['AP-06 AP-07 AP-12', 'ap6, ap7 and ap12']) {
			await q.fill(typed);
			const want = all.filter((r) => ['AP-06', 'AP-07', 'AP-12'].includes(r.data.code as string)).map((r) => r.id).sort();
			await expect.poll(() => visibleIds(page), { message: typed }).toEqual(want);
		}
		// Cleared, the list is back in the report's order.
		await q.fill('');
		await expect
			.poll(() => page.locator('.rec-card').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!)))
			.toEqual(['afghanistan-pakistan', 'third-parties'].flatMap((a) => all.filter((r) => r.data.audience === a).sort((x, y) => (x.data.order as number) - (y.data.order as number)).map((r) => r.id)));
	});

	test('on a phone, the filters and the list come first', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await new SitePage(page).goto('/recommendations/');
		await expect(page.getByLabel('Filter by words')).toBeInViewport();
		const firstCard = page.locator('.rec-card').first();
		const top = await firstCard.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
		expect(top, 'the first recommendation starts within the first screen').toBeLessThan(844);
		await context.close();
	});

	for (const format of ['csv', 'json'] as const) {
		test(`offers the filtered view as ${format.toUpperCase()}, named after the filters`, async ({ page }) => {
			await new SitePage(page).goto('/recommendations/');
			const t = themes()[4]!;
			await page.locator(`input[name="theme"][value="${t.id}"]`).check();
			await expect(page.getByRole('status').filter({ hasText: 'recommendations shown' })).not.toHaveText(`${all.length} of ${all.length} recommendations shown`);
			const shown = await visibleIds(page);
			const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format.toUpperCase(), exact: true }).click()]);
			expect(file.suggestedFilename()).toBe(`recommendations-theme-${t.id}.${format}`);
			const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
			const codes = all.filter((r) => shown.includes(r.id)).map((r) => r.data.code as string).sort();
			const got =
				format === 'csv'
					? text.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]!)
					: (JSON.parse(text) as Array<{ code: string }>).map((r) => r.code);
			expect(got.sort()).toEqual(codes);
			expect(codes.length).toBeGreaterThan(0);
			expect(codes.length).toBeLessThan(all.length);
		});
	}

	test('the filtered view is kept in the URL and restored when the URL is opened fresh', async ({ page, browser }) => {
		await new SitePage(page).goto('/recommendations/');
		const t = themes()[4]!;
		await page.locator(`input[name="theme"][value="${t.id}"]`).check();
		await page.getByLabel('Filter by words').fill('trade');
		await expect(page).toHaveURL(new RegExp(`\\?q=trade&theme=${t.id}$`));
		const url = page.url();
		const ids = await visibleIds(page);
		const fresh = await (await browser.newContext()).newPage();
		await fresh.goto(url);
		await expect(fresh.locator(`input[name="theme"][value="${t.id}"]`)).toBeChecked();
		await expect(fresh.getByLabel('Filter by words')).toHaveValue('trade');
		await expect.poll(() => visibleIds(fresh)).toEqual(ids);
	});

	test('a printed view names its filters and its address', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		const t = themes()[4]!;
		await page.locator(`input[name="theme"][value="${t.id}"]`).check();
		await page.getByLabel('Filter by words').fill('trade');
		await expect(page).toHaveURL(/\?q=trade&theme=/);
		await page.emulateMedia({ media: 'print' });
		const view = page.locator('.explorer-print-view');
		await expect(view).toBeVisible();
		await expect(view).toContainText('Words: “trade”');
		await expect(view).toContainText(`Theme: ${t.data.code} ${t.data.title}`);
		await expect(view).toContainText(`Address: ${page.url()}`);
		await expect(page.locator('#explorer-filters')).toBeHidden();
	});

	test('the outlook filters are named with their conditions’ and scenarios’ own capitals', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		await page.getByText('Outlook under each condition and scenario').click();
		for (const s of scenarios()) await expect(page.getByRole('group', { name: `Outlook: ${s.data.title}`, exact: true })).toBeVisible();
		for (const c of CONDITIONS) await expect(page.getByRole('group', { name: `Outlook: ${c.label}`, exact: true })).toBeVisible();
	});

	test('is operable from the keyboard', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		const box = page.locator('input[name="audience"][value="third-parties"]');
		// Tab from the top of the page to the audience filter, as a keyboard user would.
		let tabs = 0;
		while (!(await box.evaluate((el) => el === document.activeElement)) && tabs < 150) {
			await page.keyboard.press('Tab');
			tabs++;
		}
		await expect(box).toBeFocused();
		await page.keyboard.press('Space');
		await expect.poll(() => visibleIds(page)).toEqual(all.filter((r) => r.data.audience === 'third-parties').map((r) => r.id).sort());
	});
});

test('short URLs answer to the code as printed, in capitals, as well as in lower and mixed case', async ({ page }) => {
	for (const r of recommendations().slice(0, 3)) {
		const code = r.data.code as string;
		const mixed = code.charAt(0) + code.slice(1).toLowerCase();
		for (const written of [code, code.toLowerCase(), mixed]) {
			await page.goto(`r/${written}/`);
			await expect(page, written).toHaveURL(new RegExp(`/recommendations/${r.id}/$`));
		}
	}
});

test.describe('the matrix', () => {
	const all = recommendations();
	const table = (page: Page) => page.getByRole('table', { name: 'Recommendations against the report’s conditions, then its scenarios' });

	test('is a table of every recommendation, the report’s two conditions first, then the scenarios', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/matrix/');
		await expect(table(page).getByRole('rowheader')).toHaveCount(all.length);
		const headers = table(page).getByRole('columnheader');
		await expect(headers).toHaveCount(1 + 2 + scenarios().length);
		await expect(headers.nth(1)).toHaveText('If stability improves');
		await expect(headers.nth(2)).toHaveText('If instability grows');
		await expect(headers.nth(3)).toContainText(scenarios()[0]!.data.title as string);
	});

	test('a cell opens to the report’s words and page, and links to the statement', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/matrix/');
		const rec = all.find((r) => statementOf(r, 'instability').evidence?.length)!;
		const excerpt = statementOf(rec, 'instability').evidence![0]!.excerpt;
		const cell = page.locator(`td[data-cell="${rec.data.code}:instability"]`);
		const words = cell.getByText(excerpt, { exact: false });
		await expect(words).toBeHidden();
		await cell.locator('summary').getByText('The report’s words').click();
		await expect(words).toBeVisible();
		await expect(cell.locator('.evidence li').first()).toContainText(/\((p|pp)\. \d+(–\d+|ff\.)?\)/);
		const link = cell.getByRole('link', { name: /On the recommendation’s page/ });
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();
	});

	test('a scenario cell the report leaves open shows the edition’s reading, marked and set apart, with both steps’ evidence', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/matrix/');
		const pair = scenarios()
			.flatMap((s) => all.map((r) => ({ s, r, d: derivedOf(r, s) })))
			.find((p) => p.d)!;
		const cell = page.locator(`td[data-cell="${pair.r.data.code}:${pair.s.id}"]`);
		await expect(cell.locator('.status').first()).toHaveText('The report does not say');
		await expect(cell.locator('.derived-mark')).toContainText('The edition’s reading');
		await cell.locator('summary').getByText('The report’s words').click();
		const reading = cell.locator('[data-derived]');
		await expect(reading).toContainText('The edition’s reading, not the report’s');
		await expect(reading).toContainText(pair.s.data.derived.evidence[0].excerpt);
		const via = statementOf(pair.r, pair.s.data.derived.via).evidence![0]!.excerpt;
		await expect(reading).toContainText(via);
	});
});

test('the matrix shows each status in its own column, found by the column header', async ({ request }) => {
	const doc = await fetchPage(request, '/recommendations/matrix/');
	const table = doc.querySelectorAll('table').find((t) => t.querySelector('caption')?.text.trim() === 'Recommendations against the report’s conditions, then its scenarios')!;
	expect(table).toBeDefined();
	const headers = table.querySelectorAll('thead th').map((th) => th.text.trim());
	const columns = [
		...CONDITIONS.map((c) => ({ key: c.key as string, header: c.label as string })),
		...scenarios().map((s) => ({ key: s.id, header: headers.find((h) => h.includes(s.data.title as string))! })),
	];
	expect(headers).toEqual(['Recommendation', ...columns.map((c) => c.header)]);
	const rows = table.querySelectorAll('tbody tr');
	expect(rows.map((r) => r.querySelector('th .code')?.text)).toEqual(recommendations().map((r) => r.data.code));
	for (const [i, rec] of recommendations().entries()) {
		const cells = rows[i]!.querySelectorAll('th, td');
		for (const c of columns) {
			// The cell under this column's header, found by the header's index.
			const cell = cells[headers.indexOf(c.header)]!;
			expect(cell.getAttribute('data-cell'), `${rec.data.code} under ${c.header}`).toBe(`${rec.data.code}:${c.key}`);
			const status = statementOf(rec, c.key).status as keyof typeof OUTLOOK_LABELS;
			expect(cell.querySelector('.status')!.text.trim(), `${rec.data.code} under ${c.header}`).toBe(OUTLOOK_LABELS[status]);
		}
	}
});
