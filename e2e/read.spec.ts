/**
 * Reading: every kind of page opens with its real content, in reading order, linked to its relatives.
 * What is in the HTML itself (titles, bodies, related links) is read from the served page over HTTP,
 * one test per page; what happens in the browser (navigation, scrolling to anchors) in a browser.
 */
import { expect, test } from '@playwright/test';
import { actors, collection, eras, factors, figures, glossary, recommendations, scenarios, themes, type Entry } from './support/content';
import { SitePage, fetchPage, stripBase } from './support/pages';
import { headings, openings, plain } from './support/prose';

const refs = (e: Entry, field: string): string[] => (e.data[field] ?? []) as string[];
/** Every actor an entry references: a recommendation's who-must-act and who-is-involved, or another entry's actors. */
const actorRefs = (e: Entry): string[] =>
	e.data.mustAct ? [...(e.data.mustAct as Array<{ actor: string }>).map((m) => m.actor), ...refs(e, 'involved')] : refs(e, 'actors');
/** "pp. 24–30", "p. 5" or "pp. 30ff.", as the site prints a page range. */
const pages = (p: number | { from: number; to?: number }) =>
	typeof p === 'number' ? `p. ${p}` : p.from === p.to ? `p. ${p.from}` : p.to === undefined ? `pp. ${p.from}ff.` : `pp. ${p.from}–${p.to}`;

/** The rendered Markdown body of a page (not its title, sidebar, cite block or related links), as plain text. */
const bodyText = (doc: Awaited<ReturnType<typeof fetchPage>>) => plain(doc.querySelector('main .sl-markdown-content')?.text ?? '');

/** Asserts that the page shows every `##` heading and the opening of every paragraph of the entry's MDX body. */
function expectBody(doc: Awaited<ReturnType<typeof fetchPage>>, e: Entry) {
	const text = bodyText(doc);
	const shown = doc.querySelectorAll('main .sl-markdown-content h2').map((h) => plain(h.text));
	expect(shown, `${e.file}: headings`).toEqual(expect.arrayContaining(headings(e.body)));
	const paragraphs = openings(e.body);
	expect(paragraphs.length, `${e.file} has a body`).toBeGreaterThan(0);
	for (const p of paragraphs) expect(text, `${e.file}: a paragraph opening "${p}"`).toContain(p);
}

const kinds = [
	{ kind: 'themes', list: themes() },
	{ kind: 'scenarios', list: scenarios() },
	{ kind: 'factors', list: factors() },
	{ kind: 'recommendations', list: recommendations() },
];

for (const { kind, list } of kinds) {
	test.describe(`every ${kind} page shows its title, code, summary and body`, () => {
		test(`the ${kind} collection is not empty`, () => expect(list.length).toBeGreaterThan(0));
		for (const e of list) {
			test(`/${kind}/${e.id}/`, async ({ request }) => {
				const doc = await fetchPage(request, `/${kind}/${e.id}/`);
				expect(plain(doc.querySelector('main h1')!.text)).toBe(plain(e.data.title));
				expect(doc.querySelector('main .facts .code')?.text).toBe(e.data.code);
				expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(e.data.summary);
				expectBody(doc, e);
			});
		}
	});
}

test.describe('the narrative pages show their whole text', () => {
	for (const p of collection('pages').filter((p) => ['summary', 'introduction', 'conclusion', 'about'].includes(p.id))) {
		test(`/${p.id}/`, async ({ request }) => {
			const doc = await fetchPage(request, `/${p.id}/`);
			expect(plain(doc.querySelector('main h1')!.text)).toBe(plain(p.data.title));
			expectBody(doc, p);
		});
	}
});

test.describe('every actor page lists exactly the entries that reference the actor', () => {
	const referencing = [
		...themes().map((e) => ({ e, href: `/themes/${e.id}/` })),
		...scenarios().map((e) => ({ e, href: `/scenarios/${e.id}/` })),
		...factors().map((e) => ({ e, href: `/factors/${e.id}/` })),
		...recommendations().map((e) => ({ e, href: `/recommendations/${e.id}/` })),
		...eras().map((e) => ({ e, href: `/history/#era-${e.id}` })),
	];
	for (const a of actors()) {
		test(`/actors/${a.id}/`, async ({ request }) => {
			const doc = await fetchPage(request, `/actors/${a.id}/`);
			expect(plain(doc.querySelector('main h1')!.text)).toBe(plain(a.data.name));
			const expected = referencing.filter(({ e }) => actorRefs(e).includes(a.id)).map(({ href }) => href);
			const shown = doc.querySelectorAll('main aside.related a[href]').map((el) => stripBase(el.getAttribute('href')!));
			expect(shown.sort()).toEqual(expected.sort());
		});
	}
});

test.describe('a theme page lists the recommendations that reference it', () => {
	for (const t of themes()) {
		test(`/themes/${t.id}/`, async ({ request }) => {
			const doc = await fetchPage(request, `/themes/${t.id}/`);
			const recs = recommendations().filter((r) => refs(r, 'themes').includes(t.id));
			const section = doc.querySelectorAll('main aside.related section').find((s) => s.querySelector('h2, h3')?.text.trim() === 'Recommendations that address this theme');
			const shown = (section?.querySelectorAll('a[href]') ?? []).map((a) => stripBase(a.getAttribute('href')!));
			expect(shown.sort()).toEqual(recs.map((r) => `/recommendations/${r.id}/`).sort());
		});
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

test('the history is drawn as a timeline of the eras', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/history/');
	await expect(site.title).toHaveText(collection('pages').find((p) => p.id === 'history')!.data.title);
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
		// Each scenario's row too: its statement's evidence, each excerpt with its page, in its own row.
		for (const [j, s] of scenarios().entries()) {
			const row = rows.nth(2 + j);
			await expect(row.getByRole('rowheader')).toContainText(String(s.data.title));
			const stated = ((r.data.outlook.scenarios ?? []) as Array<{ scenario: string; status: string; evidence?: Array<{ excerpt: string; page: { from: number; to: number } }> }>).find((x) => x.scenario === s.id);
			for (const e of stated?.evidence ?? []) await expect(row.locator('.evidence li', { hasText: e.excerpt }).first()).toContainText(`${e.excerpt} (${pages(e.page)})`);
			if (stated?.status !== 'unstated') expect((stated?.evidence ?? []).length, `${r.id}, ${s.id}: a stated outlook has the report's words`).toBeGreaterThan(0);
		}
	}
});

test.describe('report pages: each page shows the pages its own text restates, each passage a page within them, each excerpt its exact page', () => {
	const entries: Array<[string, Entry]> = [
		...themes().map((e): [string, Entry] => [`/themes/${e.id}/`, e]),
		...scenarios().map((e): [string, Entry] => [`/scenarios/${e.id}/`, e]),
		...factors().map((e): [string, Entry] => [`/factors/${e.id}/`, e]),
		...recommendations().map((e): [string, Entry] => [`/recommendations/${e.id}/`, e]),
		...collection('pages')
			.filter((p) => ['summary', 'introduction', 'history', 'conclusion'].includes(p.id))
			.map((e): [string, Entry] => [`/${e.id}/`, e]),
	];
	for (const [path, e] of entries) {
		test(path, async ({ request }) => {
			const doc = await fetchPage(request, path);
			const own = e.data.pages as { from: number; to: number };
			expect(plain(doc.querySelector('.cite-pages')!.text)).toBe(`Report ${pages(own)}`);
			const paras = doc.querySelectorAll('main .sl-markdown-content [data-para]');
			expect(paras.length, path).toBeGreaterThan(0);
			for (const para of paras) {
				const m = /^(\d+)(?:-(\d+))?$/.exec(para.getAttribute('data-pages') ?? '');
				expect(m, `${path}#${para.id} has its pages`).not.toBeNull();
				const [from, to] = [Number(m![1]), Number(m![2] ?? m![1])];
				expect(from >= own.from && to <= own.to, `${path}#${para.id}: pp. ${from}-${to} within ${pages(own)}`).toBe(true);
			}
			for (const ref of doc.querySelectorAll('.evidence .pages')) {
				const m = /^\((?:p\. (\d+)|pp\. (\d+)–(\d+))\)$/.exec(plain(ref.text));
				expect(m, `${path}: ${ref.text}`).not.toBeNull();
				if (m![2]) expect(Number(m![3]) - Number(m![2]), `${path}: ${ref.text} spans two pages at most`).toBe(1);
			}
		});
	}
	test('sovereignty concerns restates pp. 6–8, not the thematic chapter’s pp. 6–14', async ({ request }) => {
		const doc = await fetchPage(request, '/themes/sovereignty-concerns/');
		expect(plain(doc.querySelector('.cite-pages')!.text)).toBe('Report pp. 6–8');
		expect(plain(doc.querySelector('dd.report-pages')!.text)).toBe('pp. 6–8');
	});
});

test('words are spaced where text meets a link or a status: “applies here: …”, “below. The entry”', async ({ page }) => {
	// A scenario cell with the edition's reading: the sentence and its status are two words apart.
	const rec = recommendations()[0]!;
	await new SitePage(page).goto(`/recommendations/${rec.id}/`);
	const reading = page.locator('[data-derived] p').first();
	await expect(reading).toContainText('applies here: ');
	expect(await reading.evaluate((p) => (p as HTMLElement).innerText)).toMatch(/applies here: \S/);
	// A development's page: the frame's sentence and its link to the timeline.
	await new SitePage(page).goto('/since/2023-11-deportations-begin-under-ifrp/');
	expect(await page.locator('.since-panel p').first().evaluate((p) => (p as HTMLElement).innerText)).toMatch(/below\. The entry on the timeline/);
	// Ghani's words keep the report's four-dot ellipsis (the typographer must not fold it into "… .").
	await new SitePage(page).goto('/introduction/');
	expect(await page.locator('main').evaluate((m) => (m as HTMLElement).innerText)).toContain('peace with Taliban. . . . The problem');
	// Every page's foot: the edition's dates and the cite block's permanent link.
	expect(await page.locator('.edition-dates').evaluate((p) => (p as HTMLElement).innerText)).toMatch(/after the report: since publication/);
	await new SitePage(page).goto(`/recommendations/${rec.id}/`);
	// (Its parts are laid out apart; copied or read without styles, the text still needs its space.)
	expect(await page.locator('.cite-url').evaluate((p) => p.textContent!.replace(/\s+/g, ' '))).toMatch(/Permanent link \([A-Z]{2}-\d{2}\): https?:\/\//);
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

test('figures print from the figures collection and the key figures page lists them all with a table', async ({ request }) => {
	const doc = await fetchPage(request, '/figures/');
	for (const f of figures()) {
		const row = doc.querySelector(`#fig-${f.id}`);
		expect(row, f.file).not.toBeNull();
		// The value keeps the report's qualifier ("nearly $145 billion"); a year only where the report gives one.
		expect(plain(row!.querySelector('td')!.text)).toBe(plain(f.data.qualifier ? `${f.data.qualifier} ${f.data.display}` : f.data.display));
		expect(row!.text).toContain(f.data.year ? String(f.data.year) : 'not given in the report');
		expect(plain(row!.querySelector('.evidence li')!.text)).toBe(plain(`The report: ${f.data.evidence[0].excerpt} (${pages(f.data.evidence[0].page)})`));
	}
	expect(doc.querySelectorAll('figure.chart svg').length).toBeGreaterThan(0);
	const used = themes().find((t) => /<Fig id="/.test(t.body))!;
	const id = used.body.match(/<Fig id="([^"]+)"/)![1]!;
	const fig = figures().find((f) => f.id === id)!;
	const theme = await fetchPage(request, `/themes/${used.id}/`);
	expect(plain(theme.querySelector(`main a.fig[href$="#fig-${id}"]`)!.text)).toBe(plain(fig.data.display));
});
