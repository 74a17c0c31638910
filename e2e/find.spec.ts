/** Finding: search over every page with filters, the recommendations explorer, and the matrix. */
import { expect, test, type Page } from '@playwright/test';
import { actors, glossary, recommendations, scenarios, themes, type Entry } from './support/content';
import { AUDIENCES, CONDITIONS, OUTLOOK_LABELS, OUTLOOK_STATUSES } from '../src/lib/model';
import { SitePage, fetchPage, idle, stripBase } from './support/pages';

const refs = (e: Entry, field: string): string[] => (e.data[field] ?? []) as string[];

async function search(page: Page, query: string) {
	const site = new SitePage(page);
	await site.goto('/themes/');
	await site.searchButton.click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await input.fill(query);
	// The state searched for: results with their page links (a result shows a placeholder without a
	// link until its page's data has arrived).
	const results = page.locator('.pagefind-ui__result');
	await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\S/);
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

	const rec = recommendations()[6]!;
	const theme = themes()[1]!;
	const term = glossary().find((g) => g.id === 'apapps')!;
	const cases: Array<{ query: string; expect: RegExp; why: string }> = [
		{ query: rec.data.code, expect: new RegExp(`/recommendations/${rec.id}/`), why: 'a recommendation code' },
		{ query: rec.data.title, expect: new RegExp(`/recommendations/${rec.id}/`), why: 'a recommendation title' },
		{ query: theme.data.title, expect: new RegExp(`/themes/${theme.id}/`), why: 'a theme title' },
		{ query: term.data.term, expect: /^\/glossary\//, why: 'an acronym from the glossary' },
		{ query: 'Shahtoot', expect: /\/themes\/security-interests\//, why: 'a word only in a theme body' },
	];
	for (const c of cases) {
		test(`finds the right page among the first three results for ${c.why}: "${c.query}"`, async ({ page }) => {
			const results = await search(page, c.query);
			// The page link of each of the first three results (not their sub-results); a result shows a
			// loading placeholder without a link until its page's data has arrived.
			const top3 = () => results.evaluateAll((els) => els.slice(0, 3).map((e) => e.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? null));
			await expect.poll(async () => (await top3()).every((h) => h !== null)).toBe(true);
			const hrefs = (await top3()) as string[];
			expect(hrefs.map(stripBase).some((h) => c.expect.test(h)), `top 3 for "${c.query}": ${hrefs.join(', ')}`).toBe(true);
		});
	}

	test('a recommendation result shows its code and kind', async ({ page }) => {
		const results = await search(page, rec.data.code);
		await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveText(`${rec.data.code} ${rec.data.title} · Recommendation`);
	});

	test('filters by kind, audience, theme, actor and scenario are offered', async ({ page }) => {
		await search(page, 'Pakistan');
		const filters = page.locator('.pagefind-ui__filter-name');
		for (const name of ['kind', 'audience', 'theme', 'actor', 'scenario']) await expect(filters.filter({ hasText: new RegExp(`^${name}$`, 'i') })).toHaveCount(1);
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

	const statusOf = (r: Entry, key: string): string => {
		const o = r.data.outlook;
		return key in o && key !== 'scenarios' ? o[key].status : (o.scenarios as Array<{ scenario: string; status: string }>).find((x) => x.scenario === key)!.status;
	};
	const facets: Array<{ name: string; value: string; label: string; match: (r: Entry) => boolean }> = [
		...(Object.keys(AUDIENCES) as Array<keyof typeof AUDIENCES>).map((a) => ({ name: 'audience', value: a, label: AUDIENCES[a], match: (r: Entry) => r.data.audience === a })),
		...themes().map((t) => ({ name: 'theme', value: t.id, label: `${t.data.code} ${t.data.title}`, match: (r: Entry) => refs(r, 'themes').includes(t.id) })),
		...actors()
			.filter((a) => all.some((r) => refs(r, 'actors').includes(a.id)))
			.map((a) => ({ name: 'actor', value: a.id, label: a.data.name as string, match: (r: Entry) => refs(r, 'actors').includes(a.id) })),
		...[...scenarios().map((s) => s.id), ...CONDITIONS.map((c) => c.key)].flatMap((key) =>
			OUTLOOK_STATUSES.map((status) => ({ name: `outlook-${key}`, value: status, label: OUTLOOK_LABELS[status], match: (r: Entry) => statusOf(r, key) === status })),
		),
	];

	// One test per facet group, each checking every value of its group in turn.
	for (const name of [...new Set(facets.map((f) => f.name))]) {
		test(`each ${name} facet narrows the list to exactly the entries whose metadata match`, async ({ page }) => {
			await new SitePage(page).goto('/recommendations/');
			if (name.startsWith('outlook-')) await page.getByText('Outlook under each scenario and condition').click();
			for (const f of facets.filter((x) => x.name === name)) {
				const box = page.locator(`input[name="${f.name}"][value="${f.value}"]`);
				const expected = all.filter(f.match).map((r) => r.id).sort();
				// Its label names the value and counts the entries that have it.
				await expect(box).toHaveAccessibleName(`${f.label} (${expected.length})`);
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
		const names = new Map([...actors(), ...themes()].map((e) => [e.id, (e.data.name ?? e.data.title) as string]));
		const text = (r: Entry) =>
			[r.data.code, r.data.title, r.data.summary, ...refs(r, 'actors').map((id) => names.get(id)), ...refs(r, 'themes').map((id) => names.get(id))]
				.join(' ')
				.toLowerCase();
		await expect.poll(() => visibleIds(page)).toEqual(expected.filter((r) => text(r).includes('border')).map((r) => r.id).sort());
	});

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

	test('is operable from the keyboard', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		const box = page.locator('input[name="audience"][value="third-parties"]');
		await box.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => visibleIds(page)).toEqual(all.filter((r) => r.data.audience === 'third-parties').map((r) => r.id).sort());
	});
});

test('the matrix is a table of every recommendation against every scenario and condition, each status in its own column', async ({ request }) => {
	const doc = await fetchPage(request, '/recommendations/matrix/');
	const table = doc.querySelectorAll('table').find((t) => t.querySelector('caption')?.text.trim() === 'Recommendations against scenarios and conditions')!;
	expect(table).toBeDefined();
	const headers = table.querySelectorAll('thead th').map((th) => th.text.trim());
	const columns = [
		...scenarios().map((s) => ({ key: s.id, header: `${s.data.code} ${s.data.title}` })),
		...CONDITIONS.map((c) => ({ key: c.key, header: c.label })),
	];
	expect(headers).toEqual(['Recommendation', ...columns.map((c) => c.header)]);
	const rows = table.querySelectorAll('tbody tr');
	expect(rows.map((r) => r.querySelector('th .code')?.text)).toEqual(recommendations().map((r) => r.data.code));
	for (const [i, rec] of recommendations().entries()) {
		const cells = rows[i]!.querySelectorAll('th, td');
		for (const c of columns) {
			// The cell under this column's header, found by the header's index.
			const cell = cells[headers.indexOf(c.header)]!;
			const status = c.key in rec.data.outlook && c.key !== 'scenarios' ? rec.data.outlook[c.key].status : rec.data.outlook.scenarios.find((o: { scenario: string }) => o.scenario === c.key).status;
			expect(cell.text.trim(), `${rec.data.code} under ${c.header}`).toBe(OUTLOOK_LABELS[status as keyof typeof OUTLOOK_LABELS]);
			expect(cell.classList.contains(`status-${status}`), `${rec.data.code} under ${c.header}: class status-${status}`).toBe(true);
			expect(stripBase(cell.querySelector('a')!.getAttribute('href')!)).toBe(`/recommendations/${rec.id}/#outlook-${c.key}`);
		}
	}
});

test('a matrix cell links to its statement on the recommendation page', async ({ page }) => {
	await new SitePage(page).goto('/recommendations/matrix/');
	const table = page.getByRole('table', { name: 'Recommendations against scenarios and conditions' });
	const first = recommendations()[0]!;
	const link = table.getByRole('row', { name: new RegExp(first.data.code) }).getByRole('cell').first().getByRole('link');
	const href = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});
