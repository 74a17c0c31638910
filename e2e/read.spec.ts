/** Reading: every kind of page opens with its real content, in reading order, linked to its relatives. */
import { expect, test } from '@playwright/test';
import { actors, eras, factors, figures, glossary, recommendations, scenarios, themes, type Entry } from './support/content';
import { SitePage, stripBase } from './support/pages';

// Several tests walk every entry of a collection in one browser page.
test.describe.configure({ timeout: 180_000 });

const refs = (e: Entry, field: string): string[] => (e.data[field] ?? []) as string[];
const firstHeading = (e: Entry) => e.body.match(/^## (.+)$/m)?.[1]?.trim();
/** Every actor an entry references: a recommendation's who-must-act and who-is-involved, or another entry's actors. */
const actorRefs = (e: Entry): string[] =>
	e.data.mustAct ? [...(e.data.mustAct as Array<{ actor: string }>).map((m) => m.actor), ...refs(e, 'involved')] : refs(e, 'actors');
/** "pp. 24-30" or "p. 5", as the site prints a page range. */
const pages = (p: number | { from: number; to: number }) => (typeof p === 'number' ? `p. ${p}` : p.from === p.to ? `p. ${p.from}` : `pp. ${p.from}-${p.to}`);

const kinds = [
	{ kind: 'themes', list: themes() },
	{ kind: 'scenarios', list: scenarios() },
	{ kind: 'factors', list: factors() },
	{ kind: 'recommendations', list: recommendations() },
];

for (const { kind, list } of kinds) {
	test(`every ${kind} page shows its title, code, summary and body`, async ({ page }) => {
		const site = new SitePage(page);
		expect(list.length).toBeGreaterThan(0);
		for (const e of list) {
			await site.goto(`/${kind}/${e.id}/`);
			await expect(site.title).toHaveText(e.data.title);
			await expect(site.content.locator('.facts .code').first()).toHaveText(e.data.code);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', e.data.summary);
			const heading = firstHeading(e);
			if (heading) await expect(site.content.getByRole('heading', { level: 2, name: heading, exact: false }).first()).toBeVisible();
		}
	});
}

test('every actor page lists exactly the entries that reference the actor', async ({ page }) => {
	const site = new SitePage(page);
	const referencing = [
		...themes().map((e) => ({ e, href: `/themes/${e.id}/` })),
		...scenarios().map((e) => ({ e, href: `/scenarios/${e.id}/` })),
		...factors().map((e) => ({ e, href: `/factors/${e.id}/` })),
		...recommendations().map((e) => ({ e, href: `/recommendations/${e.id}/` })),
		...eras().map((e) => ({ e, href: `/history/#era-${e.id}` })),
	];
	for (const a of actors()) {
		await site.goto(`/actors/${a.id}/`);
		await expect(site.title).toHaveText(a.data.name);
		const expected = referencing.filter(({ e }) => actorRefs(e).includes(a.id)).map(({ href }) => href);
		const hrefs = expected.length ? await site.related.getByRole('link').evaluateAll((els) => els.map((el) => el.getAttribute('href')!)) : [];
		expect(hrefs.map((h) => stripBase(h)).sort()).toEqual(expected.sort());
	}
});

test('a theme page lists the recommendations, scenarios and factors that reference it', async ({ page }) => {
	const site = new SitePage(page);
	for (const t of themes()) {
		await site.goto(`/themes/${t.id}/`);
		const recs = recommendations().filter((r) => refs(r, 'themes').includes(t.id));
		const group = page.getByRole('heading', { name: 'Recommendations that address this theme' });
		if (!recs.length) {
			await expect(group).toHaveCount(0);
			continue;
		}
		const links = site.related.locator('section', { has: group }).getByRole('link');
		await expect(links).toHaveCount(recs.length);
		for (const r of recs) await expect(links.filter({ hasText: r.data.title })).toHaveCount(1);
	}
});

test('a scenario page lists every recommendation with its outlook there', async ({ page }) => {
	const site = new SitePage(page);
	const s = scenarios()[0]!;
	await site.goto(`/scenarios/${s.id}/`);
	const section = site.related.locator('section', { has: page.getByRole('heading', { name: 'Recommendations and their outlook here' }) });
	await expect(section.getByRole('listitem')).toHaveCount(recommendations().length);
});

test('the sidebar follows the report’s reading order, derived from the collections', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/summary/');
	// Text content, not inner text: a collapsed group's links are in the DOM but not rendered.
	const labels = await site.sidebar.locator('a').allTextContents();
	const codes = labels.map((l) => l.trim().split(' ')[0]!).filter((c) => /^(T\d|S\d|F\d|AP-\d\d|TP-\d\d)$/.test(c));
	const expected = [...themes(), ...scenarios(), ...factors(), ...recommendations()].map((e) => e.data.code);
	expect(codes).toEqual(expected);
});

test('prev and next links walk the reading order', async ({ page }) => {
	const site = new SitePage(page);
	const [first, second] = themes();
	await site.goto(`/themes/${first!.id}/`);
	await page.getByRole('link', { name: new RegExp(`Next.*${second!.data.title}`) }).click();
	await expect(site.title).toHaveText(second!.data.title);
	await page.getByRole('link', { name: new RegExp(`Previous.*${first!.data.title}`) }).click();
	await expect(site.title).toHaveText(first!.data.title);
});

test('the narrative pages are there, with the history drawn as a timeline of the eras', async ({ page }) => {
	const site = new SitePage(page);
	for (const [path, heading] of [
		['/summary/', 'Summary'],
		['/introduction/', 'Introduction'],
		['/conclusion/', 'Conclusion'],
	]) {
		await site.goto(path!);
		await expect(site.title).toHaveText(heading!);
		expect((await site.content.innerText()).length).toBeGreaterThan(800);
	}
	await site.goto('/history/');
	const items = page.getByRole('list', { name: 'Timeline of Afghanistan-Pakistan relations' }).locator('> li');
	await expect(items).toHaveCount(eras().length);
	for (const [i, era] of eras().entries()) {
		await expect(items.nth(i).getByRole('heading', { level: 2 })).toHaveText(era.data.title);
		await expect(items.nth(i).locator('.era-years time').first()).toHaveText(String(era.data.start));
		// Each event shows the report's words and page; one the report gives no year for shows no year.
		const events = items.nth(i).locator('.era-events > li');
		await expect(events).toHaveCount(era.data.events.length);
		for (const [j, ev] of (era.data.events as Array<{ year?: number; when?: string; label: string; evidence: Array<{ excerpt: string; page: { from: number; to: number } }> }>).entries()) {
			const item = events.nth(j);
			if (ev.year === undefined) {
				await expect(item.locator('time')).toHaveCount(0);
				await expect(item).toContainText(ev.when!);
			} else await expect(item.locator('time')).toHaveText(String(ev.year));
			await expect(item.locator('.evidence li').first()).toHaveText(`The report: ${ev.evidence[0]!.excerpt} (${pages(ev.evidence[0]!.page)})`);
		}
	}
});

test('a recommendation’s outlook leads with the report’s conditions, each statement with the report’s words and pages', async ({ page }) => {
	const site = new SitePage(page);
	for (const r of recommendations()) {
		await site.goto(`/recommendations/${r.id}/`);
		const rows = page.locator('table#outlook tbody tr');
		await expect(rows).toHaveCount(2 + scenarios().length);
		await expect(rows.nth(0).getByRole('rowheader')).toHaveText('If stability improves');
		await expect(rows.nth(1).getByRole('rowheader')).toHaveText('If instability grows');
		for (const [i, key] of (['stability', 'instability'] as const).entries()) {
			const ev = (r.data.outlook[key].evidence ?? []) as Array<{ excerpt: string; page: { from: number; to: number } }>;
			for (const e of ev) await expect(rows.nth(i).locator('.evidence li', { hasText: e.excerpt }).first()).toHaveText(`The report: ${e.excerpt} (${pages(e.page)})`);
		}
	}
});

test('the word “blacklist” is not linked to the grey-list entry: they are two lists', async ({ page }) => {
	const site = new SitePage(page);
	const page_ = themes().find((t) => /blacklist/.test(t.body))!;
	await site.goto(`/themes/${page_.id}/`);
	await expect(site.content.getByText(/blacklist/).first()).toBeVisible();
	await expect(site.content.locator('a.gloss', { hasText: /blacklist/i })).toHaveCount(0);
});

test('the home page introduces the report and links to where to start', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/');
	await expect(site.title).toHaveText('Afghanistan-Pakistan Ties and Future Stability in Afghanistan');
	for (const t of themes()) await expect(site.content.getByRole('link', { name: t.data.title }).first()).toBeVisible();
	for (const s of scenarios()) await expect(site.content.getByRole('link', { name: s.data.title }).first()).toBeVisible();
});

test('the glossary has an anchor per term, and content marks a term’s first use with a link to it', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/glossary/');
	for (const g of glossary()) await expect(page.locator(`#term-${g.id}`)).toContainText(g.data.term);
	const marked = recommendations().find((r) => /\bAPAPPS\b/.test(r.body))!;
	await site.goto(`/recommendations/${marked.id}/`);
	// Only the first use of the term (in any of its forms) is marked.
	const first = site.content.locator('a.gloss[href$="/glossary/#term-apapps"]');
	await expect(first).toHaveCount(1);
	await expect(first.locator('abbr')).toHaveAttribute('title', /Afghanistan-Pakistan Action Plan for Peace and Solidarity/);
	const target = await first.getAttribute('href');
	await first.click();
	await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	await expect(page.locator('#term-apapps')).toBeInViewport();
});

test('figures print from the figures collection and the key figures page lists them all with a table', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/figures/');
	for (const f of figures()) {
		const row = page.locator(`#fig-${f.id}`);
		// The value keeps the report's qualifier ("nearly $145 billion"); a year only where the report gives one.
		await expect(row.locator('td').first()).toHaveText(f.data.qualifier ? `${f.data.qualifier} ${f.data.display}` : f.data.display);
		await expect(row).toContainText(f.data.year ? String(f.data.year) : 'not given in the report');
		await expect(row.locator('.evidence li').first()).toHaveText(`The report: ${f.data.evidence[0].excerpt} (${pages(f.data.evidence[0].page)})`);
	}
	await expect(page.locator('figure.chart svg')).not.toHaveCount(0);
	const used = themes().find((t) => /<Fig id="/.test(t.body))!;
	const id = used.body.match(/<Fig id="([^"]+)"/)![1]!;
	const fig = figures().find((f) => f.id === id)!;
	await site.goto(`/themes/${used.id}/`);
	await expect(site.content.locator(`a.fig[href$="#fig-${id}"]`).first()).toHaveText(fig.data.display);
});
