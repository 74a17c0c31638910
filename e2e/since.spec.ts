/**
 * Since publication: the edition's own layer, apart from the report. Panels on the home page, a
 * scenario, a theme and a recommendation; the /since/ timeline and its filters; the explorer's status
 * facet; the change log's feed link. Expected results are computed from `content/`.
 */
import { expect, test, type Page } from '@playwright/test';
import { actors, collection, recommendations, scenarios, themes, type Entry } from './support/content';
import { SitePage, stripBase } from './support/pages';
import { EDITION_KIND, SINCE_LABEL, SINCE_STATUSES, type SinceStatus } from '../src/lib/record/status-vocabulary';
import { PANEL_MAX } from '../src/lib/record/since';
import { parseFeed } from '@rowanmanning/feed-parser';

const developments = collection('developments');
const statuses = collection<{ recommendation: string; status: SinceStatus; reviewed: string | Date; developments: string[] }>('statuses');
const refs = (e: Entry, field: string): string[] => (e.data[field] ?? []) as string[];
const namedBy = (field: string, id: string) => developments.filter((d) => refs(d, field).includes(id));

const panel = (page: Page) => page.getByRole('complementary', { name: SINCE_LABEL });

/** The ids of the developments the /since/ timeline shows: each entry's element id is its anchor, `dev-<id>`. */
async function visibleIds(page: Page) {
	return page.locator('.development-entry:visible').evaluateAll((els) => els.map((el) => el.id.replace(/^dev-/, '')).sort());
}

/** The panel comes after every heading of the report's restated content on the page. */
async function expectAfterReportContent(page: Page) {
	const after = await panel(page).evaluate((el) => {
		const headings = [...document.querySelectorAll('main .sl-markdown-content h2')].filter((h) => !el.contains(h) && !h.closest('.related, .since-panel'));
		return headings.every((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
	});
	expect(after).toBe(true);
}

test.describe('the since-publication panel', () => {
	const scenario = scenarios().find((s) => namedBy('scenarios', s.id).length > 0)!;
	const theme = themes().find((t) => namedBy('themes', t.id).length > 0)!;

	for (const path of ['/', '/summary/']) test(`${path} says which scenario the recorded developments bear on most, with sources`, async ({ page }) => {
		await new SitePage(page).goto(path);
		const p = panel(page);
		await expect(p).toBeVisible();
		await expect(p.getByRole('heading', { name: SINCE_LABEL })).toBeVisible();
		await expect(p).toContainText('The edition’s reading');
		const counts = scenarios().map((s) => ({ s, n: namedBy('scenarios', s.id).length })).sort((a, b) => b.n - a.n);
		await expect(p.getByRole('link', { name: new RegExp(counts[0]!.s.data.title) })).toBeVisible();
		await expect(p.locator('a.since-source-link').first()).toHaveAttribute('href', /^https:\/\//);
		await expect(p.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}/);
	});

	/** A panel lists all its developments up to PANEL_MAX; beyond that its first and last few, and a link to the rest. */
	async function expectPanelList(page: Page, field: string, key: string, id: string) {
		const all = namedBy(field, id).sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)) || a.id.localeCompare(b.id));
		const items = panel(page).locator('.development-row');
		await expect(items).toHaveCount(Math.min(all.length, PANEL_MAX));
		expect(await items.first().getAttribute('data-development')).toBe(all[0]!.id);
		for (const item of await items.all()) await expect(item.locator('a.since-source-link').first()).toHaveAttribute('href', /^https:\/\//);
		const more = panel(page).locator('.since-omitted a');
		if (all.length <= PANEL_MAX) return expect(more).toHaveCount(0);
		expect(await items.last().getAttribute('data-development')).toBe(all.at(-1)!.id);
		await expect(more).toContainText(`${all.length - PANEL_MAX} more`);
		await more.click();
		await expect(page).toHaveURL(new RegExp(`/since/\\?${key}=${id}$`));
		await expect(page.locator('.development-entry:visible')).toHaveCount(all.length);
	}

	test(`a scenario page (${scenario.id}) lists the developments that bear on it, after the report's content`, async ({ page }) => {
		await new SitePage(page).goto(`/scenarios/${scenario.id}/`);
		await expect(panel(page)).toBeVisible();
		await expectAfterReportContent(page);
		await expectPanelList(page, 'scenarios', 'scenario', scenario.id);
	});

	test(`a theme page (${theme.id}) lists the developments on that theme, each with a source`, async ({ page }) => {
		await new SitePage(page).goto(`/themes/${theme.id}/`);
		await expectAfterReportContent(page);
		await expectPanelList(page, 'themes', 'theme', theme.id);
	});

	test('an actor page lists the developments that name the actor, and an actor no development names, and no search was about, has no panel', async ({ page }) => {
		const named = actors().find((a) => namedBy('actors', a.id).length > PANEL_MAX)!;
		const searched = new Set(collection<{ searches: Array<{ actors?: string[] }> }>('reviews').flatMap((r) => r.data.searches.flatMap((x) => x.actors ?? [])));
		const unnamed = actors().find((a) => namedBy('actors', a.id).length === 0 && !searched.has(a.id))!;
		await new SitePage(page).goto(`/actors/${unnamed.id}/`);
		await expect(page.locator('h1')).toHaveText(unnamed.data.name);
		await expect(panel(page)).toHaveCount(0);
		await new SitePage(page).goto(`/actors/${named.id}/`);
		await expectPanelList(page, 'actors', 'actor', named.id);
	});

	test('a recommendation page shows its dated status in the vocabulary, the evidence with sources, and when it was last reviewed', async ({ page }) => {
		const status = statuses.find((s) => s.data.developments.length > 0);
		expect(status, 'some status cites developments as its evidence').toBeTruthy();
		const rec = recommendations().find((r) => r.id === status!.data.recommendation)!;
		await new SitePage(page).goto(`/recommendations/${rec.id}/`);
		const p = panel(page);
		await expect(p).toContainText(`Status: ${SINCE_STATUSES[status!.data.status].label}`);
		await expect(p).toContainText('Status last reviewed');
		for (const id of status!.data.developments) {
			const dev = p.locator(`[data-development="${id}"]`);
			await expect(dev).toBeVisible();
			await expect(dev.locator('a.since-source-link').first()).toHaveAttribute('href', /^https:\/\//);
		}
		await expectAfterReportContent(page);
	});

	test("a panel gives a development as a row (date, headline, first source) and its page gives the statement, the note and every source with its excerpt", async ({ page }) => {
		const status = statuses.find((s) => s.data.developments.some((id) => { const d = developments.find((x) => x.id === id); return d?.data.note && (d.data.sources as unknown[]).length > 1; }))!;
		const dev = developments.find((d) => status.data.developments.includes(d.id) && d.data.note && (d.data.sources as unknown[]).length > 1)!;
		const sources = dev.data.sources as Array<{ url: string; excerpt: string; outlet: string }>;
		await new SitePage(page).goto(`/recommendations/${status.data.recommendation}/`);
		const row = panel(page).locator(`[data-development="${dev.id}"]`);
		await expect(row.locator('time').first()).toHaveAttribute('datetime', String(dev.data.date).slice(0, 10));
		await expect(row.locator('a.since-source-link')).toHaveCount(1);
		await expect(row.locator('a.since-source-link')).toHaveAttribute('href', sources[0]!.url);
		await expect(row.locator('a.since-source-link')).toContainText(sources[0]!.outlet);
		const more = sources.length - 1;
		await expect(row).toContainText(`${more} more source${more > 1 ? 's' : ''} and a note on its page`);
		await expect(row).not.toContainText(String(dev.data.statement).slice(0, 60));
		await expect(panel(page)).not.toContainText(String(dev.data.note).slice(0, 60));
		await row.getByRole('link', { name: String(dev.data.title) }).click();
		await expect(page).toHaveURL(new RegExp(`/since/${dev.id}/$`));
		await expect(page.locator('.development-statement')).toContainText(String(dev.data.statement));
		await expect(page.locator('.development-note')).toContainText(String(dev.data.note).slice(0, 60));
		await expect(page.locator('a.since-source-link')).toHaveCount(sources.length);
	});

	test('a recommendation page lists its evidence and sends the other developments that name it to the filtered timeline', async ({ page }) => {
		// The recommendation with the most developments that name it without being its status's evidence.
		const others = (s: (typeof statuses)[number]) => namedBy('recommendations', s.data.recommendation).filter((d) => !s.data.developments.includes(d.id));
		const status = [...statuses].sort((a, b) => others(b).length - others(a).length)[0]!;
		const rec = status.data.recommendation;
		const all = new Set([...status.data.developments, ...namedBy('recommendations', rec).map((d) => d.id)]);
		expect(others(status).length, 'some recommendation is named by developments its status does not cite').toBeGreaterThan(0);
		await new SitePage(page).goto(`/recommendations/${rec}/`);
		const items = panel(page).locator('.development-row');
		await expect(items).toHaveCount(status.data.developments.length);
		for (const d of others(status)) await expect(panel(page).locator(`[data-development="${d.id}"]`)).toHaveCount(0);
		const more = panel(page).locator('.since-omitted a');
		await expect(more).toContainText(`${others(status).length} other development`);
		await expect(more).toContainText(`all ${all.size} on the timeline`);
		await more.click();
		await expect(page).toHaveURL(new RegExp(`/since/\\?recommendation=${rec}$`));
		await expect.poll(() => visibleIds(page)).toEqual([...all].sort());
	});
});

test.describe('the /since/ timeline', () => {

	test('lists every development after the report’s eras and a marked August 2021 boundary, with JavaScript off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await new SitePage(page).goto('/since/');
		await expect(page.locator('.development-entry')).toHaveCount(developments.length);
		await expect(page.locator('#since-filters')).toBeHidden();
		const order = await page.locator('.timeline > li').evaluateAll((els) => els.map((el) => el.className));
		const boundary = order.findIndex((c) => c.includes('timeline-boundary'));
		expect(boundary).toBeGreaterThan(0);
		expect(order.slice(0, boundary).every((c) => c.includes('era-condensed'))).toBe(true);
		expect(order.slice(boundary + 1).every((c) => c.includes('development-entry'))).toBe(true);
		await context.close();
	});

	test("each headline leads to the development's page: the edition's record, with its sources, note, what it bears on and the statuses that cite it", async ({ page }) => {
		// The development cited as evidence by the most statuses, so the page's citing line is exercised.
		const citedBy = (id: string) => statuses.filter((s) => s.data.developments.includes(id));
		const dev = [...developments].sort((a, b) => citedBy(b.id).length - citedBy(a.id).length)[0]!;
		expect(citedBy(dev.id).length, 'some development is cited for a status').toBeGreaterThan(0);
		await new SitePage(page).goto('/since/');
		await page.locator(`#dev-${dev.id}`).getByRole('link', { name: String(dev.data.title) }).click();
		await expect(page).toHaveURL(new RegExp(`/since/${dev.id}/$`));
		await expect(page.locator('h1')).toHaveText(String(dev.data.title));
		await expect(page.getByRole('complementary', { name: SINCE_LABEL })).toContainText('not part of the report');
		await expect(page.locator('.development-statement')).toContainText(String(dev.data.statement));
		const sources = dev.data.sources as Array<{ url: string; excerpt: string }>;
		await expect(page.locator('a.since-source-link')).toHaveCount(sources.length);
		for (const [i, s] of sources.entries()) {
			await expect(page.locator('a.since-source-link').nth(i)).toHaveAttribute('href', s.url);
			await expect(page.locator('.since-excerpt').nth(i)).toHaveText(s.excerpt.replace(/\s+/g, ' ').trim());
		}
		if (dev.data.note) await expect(page.locator('.development-note')).toContainText(String(dev.data.note).slice(0, 60));
		for (const t of refs(dev, 'themes')) await expect(page.locator('.development-links').getByRole('link', { name: themes().find((e) => e.id === t)!.data.title })).toBeVisible();
		const citing = page.locator('.development-citing');
		for (const s of citedBy(dev.id)) {
			const rec = recommendations().find((r) => r.id === s.data.recommendation)!;
			await expect(citing.getByRole('link', { name: `${rec.data.code} ${rec.data.title}` })).toHaveAttribute('href', new RegExp(`/recommendations/${rec.id}/$`));
			await expect(citing).toContainText(SINCE_STATUSES[s.data.status].label.toLowerCase());
		}
		// Previous and next walk the timeline in date order; the way back lands on the entry in the list.
		const ordered = [...developments].sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)) || a.id.localeCompare(b.id));
		const at = ordered.findIndex((d) => d.id === dev.id);
		for (const [rel, other] of [['prev', ordered[at - 1]], ['next', ordered[at + 1]]] as const) {
			const link = page.locator(`.pagination-links a[rel="${rel}"]`);
			if (other) await expect(link).toHaveAttribute('href', new RegExp(`/since/${other.id}/$`));
			else await expect(link).toHaveCount(0);
		}
		await page.getByRole('link', { name: 'The entry on the timeline' }).click();
		await expect(page).toHaveURL(new RegExp(`/since/#dev-${dev.id}$`));
		await expect(page.locator(`#dev-${dev.id}`)).toBeInViewport();
	});

	test('the theme and actor filters narrow the list and keep their state in the URL', async ({ page, browser }) => {
		await new SitePage(page).goto('/since/');
		const theme = themes().find((t) => namedBy('themes', t.id).length > 0 && namedBy('themes', t.id).length < developments.length)!;
		await page.getByLabel('Filter by theme').selectOption(theme.id);
		await expect(page).toHaveURL(new RegExp(`\\?theme=${theme.id}$`));
		const onTheme = namedBy('themes', theme.id);
		expect(await visibleIds(page)).toEqual(onTheme.map((d) => d.id).sort());
		await expect(page.locator('#since-status')).toHaveText(`${onTheme.length} of ${developments.length} developments shown`);

		// An actor that narrows further: named by some, not all, of the theme's developments.
		const actor = [...new Set(onTheme.flatMap((d) => refs(d, 'actors')))].find((a) => {
			const n = onTheme.filter((d) => refs(d, 'actors').includes(a)).length;
			return n > 0 && n < onTheme.length;
		})!;
		await page.getByLabel('Filter by actor').selectOption(actor);
		await expect(page).toHaveURL(new RegExp(`\\?theme=${theme.id}&actor=${actor}$`));
		const both = onTheme.filter((d) => refs(d, 'actors').includes(actor)).map((d) => d.id).sort();
		expect(await visibleIds(page)).toEqual(both);

		const fresh = await browser.newPage();
		await fresh.goto(page.url());
		await expect(fresh.getByLabel('Filter by actor')).toHaveValue(actor);
		expect(await visibleIds(fresh)).toEqual(both);
		await fresh.close();

		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(page).toHaveURL(/\/since\/$/);
		expect(await visibleIds(page)).toHaveLength(developments.length);
	});
});

test.describe('the explorer’s since-publication facet', () => {
	test('each status narrows the list to the recommendations the edition gives that status', async ({ page }) => {
		await new SitePage(page).goto('/recommendations/');
		const used = [...new Set(statuses.map((s) => s.data.status))];
		expect(used.length, 'the edition gives statuses').toBeGreaterThan(0);
		for (const status of used) {
			const box = page.locator(`input[name="since"][value="${status}"]`);
			await box.check();
			const expected = statuses.filter((s) => s.data.status === status).map((s) => s.data.recommendation).sort();
			await expect(page).toHaveURL(new RegExp(`since=${status}`));
			const ids = await page.locator('.rec-card:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!).sort());
			expect(ids, status).toEqual(expected);
			await box.uncheck();
		}
	});
});

test.describe('the record’s currency: how far it reaches, and when it was reviewed', () => {
	const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
	const reviews = collection<{ date: unknown; coveredThrough: unknown; searches: Array<{ subject: string; found: string[] }> }>('reviews');
	const newest = [...reviews].sort((a, b) => day(b.data.date).localeCompare(day(a.data.date)) || day(b.data.coveredThrough).localeCompare(day(a.data.coveredThrough)))[0]!;
	const covered = day(newest.data.coveredThrough);
	const reviewed = day(newest.data.date);
	const long = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

	async function expectDates(scope: ReturnType<Page['locator']>) {
		await expect(scope.locator('[data-covered-through]')).toHaveAttribute('datetime', covered);
		await expect(scope.locator('[data-covered-through]')).toHaveText(long(covered));
		await expect(scope.locator('[data-record-reviewed]')).toHaveAttribute('datetime', reviewed);
		await expect(scope.locator('[data-record-reviewed]')).toHaveText(long(reviewed));
	}

	test('/since/ gives the two dates of the newest review, the rule of every status, and how the record was searched', async ({ page }) => {
		await new SitePage(page).goto('/since/');
		const dates = page.locator('.since-record-dates');
		await expect(dates).toContainText('sources searched up to');
		await expectDates(dates);
		for (const [key, s] of Object.entries(SINCE_STATUSES)) await expect(page.locator(`[data-status-rule="${key}"]`)).toContainText(s.requires);
		await expect(page.getByRole('heading', { name: 'How this record was searched' })).toBeVisible();
		await page.getByRole('link', { name: /Each search: its subject, queries and what it found/ }).click();
		await expect(page).toHaveURL(/\/since\/review\/$/);
		await expect(page.locator('section.review')).toHaveCount(reviews.length);
		const section = page.locator(`section[data-review="${newest.id}"]`);
		await expect(section.locator('.review-searches > li')).toHaveCount(newest.data.searches.length);
		for (const x of newest.data.searches) await expect(section).toContainText(x.subject);
	});

	test('a recommendation’s panel gives both dates, its status’s review against the sources searched, and its newest development', async ({ page }) => {
		const status = statuses.find((s) => s.data.developments.length > 0)!;
		const rec = status.data.recommendation;
		// The newest of the developments that name it or that its status cites.
		const bearing = developments.filter((d) => refs(d, 'recommendations').includes(rec) || status.data.developments.includes(d.id));
		const newestDev = [...bearing].sort((a, b) => day(a.data.date).localeCompare(day(b.data.date)) || a.id.localeCompare(b.id)).at(-1)!;
		await new SitePage(page).goto(`/recommendations/${rec}/`);
		await expectDates(panel(page).locator('.since-asof'));
		const line = panel(page).locator('.since-reviewed');
		await expect(line).toContainText(`Status last reviewed ${long(day(status.data.reviewed))} against sources searched up to ${long(covered)}`);
		await expect(panel(page).locator('.since-newest')).toHaveAttribute('data-newest-development', newestDev.id);
		await expect(panel(page).locator('.since-newest')).toContainText(`Newest development:`);
		await expect(panel(page).locator('.since-newest')).toContainText(String(newestDev.data.title));
	});

	test('the home page’s first screen dates the report and the record’s reach, apart from the report’s voice', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await new SitePage(page).goto('/');
		const note = page.getByRole('complementary', { name: /^When this is/ });
		await expect(note).toBeInViewport();
		await expect(note).toContainText('A report of August 2021');
		const first = [...developments].sort((a, b) => day(a.data.date).localeCompare(day(b.data.date)) || a.id.localeCompare(b.id))[0]!;
		await expect(note.getByRole('link', { name: String(first.data.title) })).toHaveAttribute('href', new RegExp(`/since/${first.id}/$`));
		await expect(note.locator('[data-covered-through]')).toHaveAttribute('datetime', covered);
	});

	test('a recommendation’s page advertises its own feed and the record’s in the head, and its feed lists its status and developments', async ({ page, request }) => {
		const status = statuses.find((s) => s.data.developments.length > 0)!;
		const rec = recommendations().find((r) => r.id === status.data.recommendation)!;
		await new SitePage(page).goto(`/recommendations/${rec.id}/`);
		const links = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
		const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
		expect(hrefs.map(stripBase)).toEqual([`/since/feeds/${rec.id}.xml`, '/since/feed.xml']);
		const res = await request.get(hrefs[0]!.replace(/^\//, ''));
		expect(res.ok()).toBe(true);
		const feed = parseFeed(await res.text());
		const bearing = developments.filter((d) => refs(d, 'recommendations').includes(rec.id) || status.data.developments.includes(d.id));
		expect(feed.items).toHaveLength(bearing.length + 1);
		expect(feed.items.map((i) => i.title)).toContain(`${rec.data.code} status: ${SINCE_STATUSES[status.data.status].label} (reviewed ${long(day(status.data.reviewed))})`);
		for (const d of bearing) expect(feed.items.map((i) => i.url)).toContainEqual(expect.stringMatching(new RegExp(`/since/${d.id}/$`)));
		await new SitePage(page).goto('/since/');
		expect((await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))).map(stripBase)).toEqual(['/since/feed.xml']);
	});
});

test.describe('the change log', () => {
	test('the /changes/ page links its Atom feed from the head, and the feed is served as XML', async ({ page, request }) => {
		await new SitePage(page).goto('/changes/');
		const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
		expect(href).toMatch(/changes\.xml$/);
		const res = await request.get(href!.replace(/^\//, ''));
		expect(res.ok()).toBe(true);
		const body = await res.text();
		expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		const entries = collection('changes').length;
		expect(body.match(/<entry>/g)).toHaveLength(entries);
		await expect(page.locator('.changes-list > li')).toHaveCount(entries);
	});
});

test.describe('search', () => {
	test('a development is found on its page, and its result says it is the edition’s record, not the report', async ({ page }) => {
		const dev = developments.find((d) => /Torkham/.test(d.data.title)) ?? developments[0]!;
		const site = new SitePage(page);
		await site.goto('/since/');
		await site.searchButton.click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill(dev.data.title);
		const links = page.locator('.pagefind-ui__result-link');
		await expect(links.first()).toBeVisible();
		const since = links.filter({ hasText: EDITION_KIND });
		await expect(since.first()).toBeVisible();
		expect(stripBase((await since.first().getAttribute('href'))!)).toBe(`/since/${dev.id}/`);
	});
});

test.describe('editorial notes', () => {
	const notes = collection<{ page: string; anchor: string; title: string; sources: Array<{ url: string }> }>('editorial-notes');

	for (const note of notes) {
		test(`the note "${note.data.title}" sits on ${note.data.page}, apart from the report's text, pointing at its passage, with its source`, async ({ page }) => {
			await new SitePage(page).goto(note.data.page);
			const aside = page.getByRole('complementary', { name: `Editorial note — not part of the report: ${note.data.title}` });
			await expect(aside).toBeVisible();
			await expect(aside.getByRole('link', { name: 'the passage it is about' })).toHaveAttribute('href', `#${note.data.anchor}`);
			await expect(page.locator(`[id="${note.data.anchor}"]`)).toHaveCount(1);
			await expect(aside.locator('a.since-source-link').first()).toHaveAttribute('href', note.data.sources[0]!.url);
		});
	}

	test('the TAPI passage is restated as the report has it, with the note beside it', async ({ page }) => {
		await new SitePage(page).goto('/glossary/');
		const entry = page.locator('section.term', { has: page.locator('#term-tapi') });
		await expect(entry.locator('dfn')).toHaveText(/Turkmenistan-Afghanistan-Pakistan-Iran oil pipeline/);
		await expect(entry.getByRole('complementary')).toContainText('Turkmenistan–Afghanistan–Pakistan–India');
	});
});
