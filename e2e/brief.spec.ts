/**
 * Briefs, in a real browser against the built site: adding items of every kind from their pages,
 * the count and the undo; /brief/ with keyboard reordering, notes and title; the share link opened
 * in a fresh browser context; the .docx read back (mammoth for the text, the document's XML for
 * footnotes and links); change detection against the published fingerprints; malformed links and
 * files; storage that will not keep; another tab kept in step; the explorer's "add all"; an
 * empty /brief/ without its tools (`brief-page.ts`) until the reader shows intent.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { SitePage, fetchPage, idle, layoutShifts, recordLayoutShifts } from './support/pages';
import { collection, recommendations } from './support/content';
import { encodeBrief } from '../src/lib/brief/share';
import { makeItem } from '../src/lib/brief/schema';
import { REPORT } from '../src/lib/report/report';
import { BLOCKS } from '../src/lib/brief/item-dom';

// Long scenarios across several pages, on a machine that may be busy: twice the default time.
test.describe.configure({ timeout: 60_000 });

const rec = recommendations().find((r) => (r.data.measures ?? []).length > 0)!;
const recPath = `/recommendations/${rec.id}/`;
const dist = process.env.DIST_DIR ?? 'dist';
const index = () => JSON.parse(readFileSync(`${dist}/data/brief-fingerprints.json`, 'utf8')) as { fp: Record<string, Record<string, string>>; pages: Record<string, { url: string }> };

const count = (page: Page) => page.locator('.brief-link .brief-count');
const brief = (page: Page) => page.locator('#brief-items > li');

/** Adds the item `within` holds by its "Add to brief" button, and waits for the count. */
async function add(page: Page, within: ReturnType<Page['locator']>, expected: number, how: 'click' | 'keyboard' | 'tap' = 'click') {
	const button = within.getByRole('button', { name: 'Add to brief' }).first();
	if (how === 'keyboard') {
		await button.focus();
		await page.keyboard.press('Enter');
	} else if (how === 'tap') await button.tap();
	else await button.click();
	await expect(count(page)).toHaveText(String(expected));
	await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Opens /brief/ and waits for the brief checked by its tools or, with no brief kept, the empty brief of the page's HTML. */
async function openBrief(page: Page) {
	await new SitePage(page).goto('/brief/');
	await expect(page.locator('#brief-app:is([data-checked], [data-static])')).toBeAttached({ timeout: 15_000 });
}

/** Requests for the brief's tools: the `brief-page` chunk, and the fingerprints only it fetches. */
const briefTools = (url: string) => /\/_astro\/brief-page\.[^/]+\.js$|\/data\/brief-fingerprints\.json$/.test(new URL(url).pathname);

test.describe('a brief from five kinds of item on four pages', () => {
	test.use({ hasTouch: true });

	test('is added with one action, counted, undone, reordered by keyboard, shared and exported to Word', async ({ page, browser, context, request }) => {
		test.setTimeout(180_000);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const site = new SitePage(page);
		// 1. A passage of a theme, by mouse.
		await site.goto('/themes/trade-and-connectivity/');
		const passage = page.locator('.sl-markdown-content [data-para]').first();
		const passageId = await passage.getAttribute('id');
		await add(page, passage, 1);
		await expect(page.getByRole('status').filter({ hasText: 'Added to your brief' })).toBeVisible();
		// 2-4. A recommendation, a sub-measure and an outlook statement, by keyboard and touch.
		await site.goto(recPath);
		await expect(count(page)).toHaveText('1');
		await add(page, page.locator('[data-brief="recommendation"]'), 2, 'keyboard');
		await add(page, page.locator('[data-brief="measure"]').first(), 3, 'tap');
		await add(page, page.locator('[data-brief="outlook"]').first(), 4);
		// 5-6. A key figure and a chart.
		await site.goto('/figures/');
		await add(page, page.locator('[data-brief="figure"]').first(), 5);
		await add(page, page.locator('[data-brief="chart"]').first(), 6);
		// 7. A glossary entry; undone, then added again.
		await site.goto('/glossary/');
		const term = page.locator('[data-brief="term"]').nth(1);
		await add(page, term, 7);
		await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
		await expect(count(page)).toHaveText('6');
		await expect(term.getByRole('button', { name: 'Add to brief' })).toHaveAttribute('aria-pressed', 'false');
		await add(page, term, 7);

		await openBrief(page);
		await expect(brief(page)).toHaveCount(7);
		// Every item is current: the text captured in the page is the text the build fingerprinted.
		await expect(page.locator('#brief-items > li[data-state="current"]')).toHaveCount(7);
		const kinds = await brief(page).locator('.brief-kind').allTextContents();
		expect(new Set(kinds).size).toBe(7);
		expect(await brief(page).first().getAttribute('data-key')).toBe(`/themes/trade-and-connectivity/#${passageId}`);
		await page.getByLabel('Title of the brief').fill('Border trade: a note for the visit');
		await brief(page).nth(1).getByLabel('Your note').fill('Raise this first.');

		// Reorder with the keyboard only: the first item down twice, then up once.
		const keys = await brief(page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key!));
		await brief(page).first().getByRole('button', { name: /^Move down/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#brief-live')).toContainText('to position 2 of 7');
		await page.keyboard.press('Enter');
		await expect(page.locator('#brief-live')).toContainText('to position 3 of 7');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect(page.locator('#brief-live')).toContainText('to position 2 of 7');
		const order = [keys[1], keys[0], ...keys.slice(2)];
		await expect.poll(() => brief(page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key))).toEqual(order);

		// The share link, opened in a fresh browser context, shows the same brief.
		await page.getByRole('button', { name: 'Copy share link' }).click();
		const link = await page.locator('#brief-share-url').inputValue();
		expect(link).toMatch(/#b1=[A-Za-z0-9_-]+$/);
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(link);
		await expect(other.locator('#brief-app[data-checked]')).toBeAttached();
		await expect(other.locator('#brief-shared')).toBeVisible();
		expect(await other.locator('#brief-items > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key))).toEqual(order);
		await expect(other.getByLabel('Title of the brief')).toHaveValue('Border trade: a note for the visit');
		await expect(other.locator(`#brief-items > li[data-key="${keys[1]}"]`).getByLabel('Your note')).toHaveValue('Raise this first.');
		await expect(other.locator('#brief-items > li[data-state="current"]')).toHaveCount(7);
		await fresh.close();

		// Word: text, notes, one footnote an item, live links landing on their anchors, the bibliography.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (.docx)' }).click()]);
		const file = await download.path();
		const buffer = readFileSync(file);
		const { value: text } = await mammoth.extractRawText({ buffer });
		expect(text).toContain('Border trade: a note for the visit');
		expect(text).toContain('Raise this first.');
		const texts = await brief(page).locator('.brief-text').allTextContents();
		for (const t of texts) expect(text).toContain(t.slice(0, 60));
		const zip = await JSZip.loadAsync(buffer);
		const footnotes = await zip.file('word/footnotes.xml')!.async('string');
		const ids = [...footnotes.matchAll(/<w:footnote [^>]*w:id="(\d+)"/g)].map((m) => Number(m[1])).filter((n) => n > 0);
		expect(ids).toHaveLength(7);
		const documentXml = await zip.file('word/document.xml')!.async('string');
		expect(documentXml.match(/<w:footnoteReference /g)).toHaveLength(7);
		// A link is its relationship's target, with its fragment in the hyperlink's w:anchor (as Word itself writes it).
		const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
		const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"[^>]*TargetMode="External"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
		const targets = [...documentXml.matchAll(/<w:hyperlink ([^>]*)>/g)].map((m) => {
			const id = /r:id="([^"]+)"/.exec(m[1]!)?.[1];
			const anchor = /w:anchor="([^"]+)"/.exec(m[1]!)?.[1];
			return `${target.get(id!)}${anchor ? `#${anchor}` : ''}`;
		});
		const idx = index();
		for (const key of order) {
			const [path, frag] = key!.split('#');
			const url = idx.pages[path!]!.url + (frag ? `#${frag}` : '');
			expect(targets).toContain(url);
			// The link lands: its page answers and holds the anchor.
			const doc = await fetchPage(request, path!);
			if (frag) expect(doc.getElementById(frag), `${url} lands on its anchor`).not.toBeNull();
		}
		expect(targets).toContain(REPORT.url);
		const bibliography = text.slice(text.lastIndexOf('Bibliography'));
		expect(bibliography.split(REPORT.title).length - 1).toBe(1);
		expect(bibliography).toMatch(/This brief cites pp\. \d/);
		expect(text).toMatch(/against the edition as revised \d{4}-\d{2}-\d{2}/);
	});
});

/** Items that exist in the build: the first paragraphs of a theme page, with the build's own text. */
async function realItems(page: Page, n: number) {
	await new SitePage(page).goto('/themes/security-interests/');
	return page.locator('.sl-markdown-content [data-para]').evaluateAll(
		(els, [n, blocks]) =>
			els.slice(0, n).map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				for (const x of copy.querySelectorAll('.para-actions')) x.remove();
				for (const b of copy.querySelectorAll(blocks)) b.append(' ');
				return { key: `/themes/security-interests/#${el.id}`, text: copy.textContent ?? '' };
			}),
		[n, BLOCKS] as const,
	);
}

test('a development is added from a panel’s row as its own page has it, and shows as added on that page', async ({ page }) => {
	// A theme panel's first row: the row names the development's page; the brief takes the item from there.
	const site = new SitePage(page);
	await site.goto('/themes/trade-and-connectivity/');
	const row = page.getByRole('complementary', { name: 'Since publication — not part of the report' }).locator('li.development-row').first();
	const id = await row.getAttribute('data-development');
	const dev = collection('developments').find((d) => d.id === id)!;
	await expect(row).not.toContainText(String(dev.data.statement));
	await add(page, row, 1);
	await expect(page.getByRole('status').filter({ hasText: 'Added to your brief' })).toBeVisible();
	// On the development's own page its item is the same one: pressed, and a press removes it.
	await site.goto(`/since/${id}/`);
	const article = page.locator(`article[data-development="${id}"]`);
	await expect(article.getByRole('button', { name: 'Add to brief' })).toHaveAttribute('aria-pressed', 'true');
	await openBrief(page);
	await expect(brief(page)).toHaveCount(1);
	await expect(brief(page).first().locator('.brief-text')).toHaveText(String(dev.data.statement).replace(/\s+/g, ' ').trim());
	await expect(brief(page).first().locator('.brief-item-head a')).toHaveAttribute('href', new RegExp(`/since/${id}/$`));
});

test('an item whose passage the edition has changed, moved or dropped says so, keeping what it captured and the note', async ({ page }) => {
	const found = await realItems(page, 3);
	const items = found.map((f) => makeItem(f.key, 'passage', f.text));
	const [changed, moved] = found.map((f) => f.key.split('#')[1]!);
	// The second item was captured under an old address that the URL contract maps to its paragraph; the third no longer exists.
	items[1] = { ...items[1]!, key: '/themes/security-interests/#p-old-opening' };
	items[2] = { ...items[2]!, key: '/themes/security-interests/#p-a-paragraph-that-was-never-there', note: 'Keep me.' };
	await page.route('**/data/brief-fingerprints.json', async (route) => {
		const res = await route.fetch();
		const idx = await res.json();
		idx.fp['/themes/security-interests/'][changed!] = 'zzzzzzz';
		idx.moved['/themes/security-interests/#p-old-opening'] = `/themes/security-interests/#${moved}`;
		await route.fulfill({ response: res, json: idx });
	});
	await page.evaluate((json) => localStorage.setItem('brief', json), JSON.stringify({ v: 2, title: 'Changes', style: 'chicago', items }));
	await openBrief(page);
	const li = brief(page);
	await expect(li.nth(0)).toHaveAttribute('data-state', 'changed');
	await expect(li.nth(0).locator('.brief-changed')).toContainText('has changed this since it was added');
	await expect(li.nth(0).locator('.brief-changed').getByRole('link', { name: 'the change log' })).toHaveAttribute('href', /\/changes\/$/);
	await expect(li.nth(0).locator('.brief-text')).toHaveText(items[0]!.text);
	await expect(li.nth(1)).toHaveAttribute('data-state', 'moved');
	await expect(li.nth(1).locator('.brief-item-head a')).toHaveAttribute('href', new RegExp(`#${moved}$`));
	await expect(li.nth(2)).toHaveAttribute('data-state', 'missing');
	await expect(li.nth(2).getByLabel('Your note')).toHaveValue('Keep me.');
	await expect(page.locator('#brief-count')).toContainText('2 flagged');
});

test.describe('bad links and files', () => {
	test('a malformed link says so clearly', async ({ page }) => {
		await new SitePage(page).goto('/brief/#b1=%%%not-a-brief');
		await expect(page.getByRole('alert')).toContainText('This share link is damaged or cut short');
		await expect(brief(page)).toHaveCount(0);
	});

	test('a truncated or tampered link keeps its valid items and says what was lost', async ({ page }) => {
		const found = await realItems(page, 8);
		const items = found.map((f) => makeItem(f.key, 'passage', f.text));
		const whole = await encodeBrief({ v: 2, title: 'Cut', style: 'chicago', items });
		const cut = whole.slice(0, Math.floor(whole.length * 0.7));
		await new SitePage(page).goto(`/brief/#${cut}`);
		await expect(page.getByRole('alert')).toContainText('damaged or cut short');
		const kept = await brief(page).count();
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBeLessThan(8);
		expect(await brief(page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key))).toEqual(items.slice(0, kept).map((i) => i.key));

		const tampered = [...items.slice(0, 3)];
		tampered[1] = { ...tampered[1]!, text: 'Words the edition never wrote.' };
		await new SitePage(page).goto(`/brief/#${await encodeBrief({ v: 2, title: 'Edited', style: 'apa', items: tampered })}`);
		await expect(page.getByRole('alert')).toContainText('1 could not');
		await expect(brief(page)).toHaveCount(2);
		await expect(page.getByLabel('Citation style')).toHaveValue('apa');
	});

	test('an import file: valid items read, damaged ones counted, a non-brief refused', async ({ page }) => {
		const found = await realItems(page, 2);
		const items: unknown[] = found.map((f) => makeItem(f.key, 'passage', f.text));
		items.splice(1, 0, { key: '/x/', kind: 'passage', text: 'edited', fp: 'nothing', note: '' });
		await openBrief(page);
		await page.getByLabel('Open a brief file').setInputFiles({ name: 'mine.brief.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ v: 2, title: 'File', style: 'mla', items })) });
		await expect(brief(page)).toHaveCount(2);
		await expect(page.getByRole('alert')).toContainText('1 item could not be read');
		await page.getByLabel('Open a brief file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
		await expect(page.getByRole('alert')).toContainText('“notes.txt” is not a brief file');
		await expect(brief(page)).toHaveCount(2);
	});
});

test('where storage will not keep the brief, adding still works and says so', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await new SitePage(page).goto('/glossary/');
	await page.locator('[data-brief="term"]').first().getByRole('button', { name: 'Add to brief' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added to your brief' })).toContainText('is not keeping this brief');
	await expect(count(page)).toHaveText('1');
});

test('an empty /brief/ shows its empty state where the HTML put it: nothing in the page’s main moves as it loads', async ({ page }) => {
	await recordLayoutShifts(page);
	await openBrief(page);
	await expect(page.getByText('Your brief is empty.')).toBeVisible();
	await page.waitForLoadState('load');
	await idle(page);
	expect((await layoutShifts(page)).filter((s) => s.inMain)).toEqual([]);
});

test('without JavaScript, /brief/ shows no controls that could do nothing (its <noscript> note says why)', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await new SitePage(page).goto('/brief/');
	await expect(page.getByRole('button', { name: 'Word (.docx)' })).toBeHidden();
	await expect(page.getByLabel('Title of the brief')).toBeHidden();
	await context.close();
});

test('an empty /brief/ does not load the brief’s tools until another tab adds an item, and its controls work', async ({ context }) => {
	const tab = await context.newPage();
	const requested: string[] = [];
	tab.on('request', (r) => briefTools(r.url()) && requested.push(new URL(r.url()).pathname));
	await openBrief(tab);
	await expect(tab.locator('#brief-app')).toHaveAttribute('data-static', '');
	await expect(tab.locator('#brief-count')).toHaveText('0 items.');
	await expect(tab.getByText('Your brief is empty.')).toBeVisible();
	await expect(tab.getByLabel('Citation style')).toHaveValue('chicago');
	// Printed, it says it is empty (the tools' handout is not there to print).
	await tab.emulateMedia({ media: 'print' });
	await expect(tab.getByText('Your brief is empty.')).toBeVisible();
	await expect(tab.getByRole('button', { name: 'Word (.docx)' })).toBeHidden();
	await tab.emulateMedia({ media: 'screen' });
	// The boot decides as the page loads: by its load event and two idle turns, the tools were not asked for.
	await tab.waitForLoadState('load');
	await idle(tab);
	expect(requested).toEqual([]);

	const other = await context.newPage();
	await new SitePage(other).goto('/glossary/');
	const term = other.locator('[data-brief="term"]').first();
	await term.getByRole('button', { name: 'Add to brief' }).click();
	await expect(other.locator('.brief-link .brief-count')).toHaveText('1');
	// The other tab's change reaches this one: the tools arrive and show the item, checked.
	await expect(tab.locator('#brief-items > li')).toHaveCount(1);
	await expect(tab.locator('#brief-items > li[data-state="current"]')).toHaveCount(1);
	await expect(tab.locator('#brief-count')).toHaveText('1 item.');
	await expect(tab.locator('#brief-app')).not.toHaveAttribute('data-static');
	expect(requested.some((p) => p.includes('/brief-page.'))).toBe(true);
	expect(requested.some((p) => p.endsWith('/brief-fingerprints.json'))).toBe(true);

	// On an empty page still without its tools, a control's first use is answered by them when they come.
	const fresh = await context.browser()!.newContext();
	const first = await fresh.newPage();
	await openBrief(first);
	const [file] = await Promise.all([first.waitForEvent('download', { timeout: 15_000 }), first.getByRole('button', { name: 'Save as a file' }).click()]);
	expect(file.suggestedFilename()).toBe('brief.brief.json');
	expect(JSON.parse(readFileSync(await file.path(), 'utf8'))).toMatchObject({ v: 2, title: '', items: [] });
	const empty = await fresh.newPage();
	await openBrief(empty);
	await empty.getByLabel('Title of the brief').fill('Kept from the first keystroke');
	await expect(empty.locator('#brief-app')).not.toHaveAttribute('data-static');
	await expect(empty.getByLabel('Title of the brief')).toHaveValue('Kept from the first keystroke');
	await expect.poll(() => empty.evaluate(() => JSON.parse(localStorage.getItem('brief') ?? '{}').title)).toBe('Kept from the first keystroke');
	const later = await fresh.newPage();
	await openBrief(later);
	await expect(later.getByLabel('Title of the brief')).toHaveValue('Kept from the first keystroke');
	await fresh.close();
});

test('a share link opened on an empty /brief/ shows its brief', async ({ page }) => {
	const found = await realItems(page, 2);
	const items = found.map((f) => makeItem(f.key, 'passage', f.text));
	await openBrief(page);
	await expect(page.locator('#brief-app')).toHaveAttribute('data-static', '');
	await page.evaluate((hash) => (location.hash = hash), await encodeBrief({ v: 2, title: 'Shared', style: 'mla', items }));
	await expect(page.locator('#brief-app[data-checked]')).toBeAttached();
	await expect(page.locator('#brief-shared')).toBeVisible();
	await expect(brief(page)).toHaveCount(2);
	await expect(page.getByLabel('Citation style')).toHaveValue('mla');
});

test('a search’s results are added at once, each as the page or passage it lands on', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/themes/');
	await site.searchButton.click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('Torkham');
	const links = page.locator('.pagefind-ui__result-link');
	await expect(links.first()).toBeVisible();
	const landed = new Set(await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
	await page.getByRole('button', { name: 'Add these results to your brief' }).click();
	await expect(count(page)).toHaveText(/^[1-9]\d*$/, { timeout: 15_000 });
	const n = Number(await count(page).textContent());
	expect(n).toBeLessThanOrEqual(await links.count());
	await openBrief(page);
	await expect(brief(page)).toHaveCount(n);
	// Each item is what a result landed on: its page, or the passage its fragment names there.
	for (const href of await brief(page).locator('.brief-item-head a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))) expect(landed).toContain(href);
});

test('another open tab keeps in step, and the explorer adds all it shows', async ({ context }) => {
	const tab = await context.newPage();
	await openBrief(tab);
	const page = await context.newPage();
	await new SitePage(page).goto('/recommendations/?q=border');
	const shown = page.locator('.rec-card:not([hidden])');
	// The filter applies once its index arrives (at once, since the address holds a filter).
	await expect(page.locator('#explorer-status')).toHaveText(/^\d+ of \d+ recommendations shown/, { timeout: 15_000 });
	const n = await shown.count();
	expect(n).toBeGreaterThan(0);
	expect(n).toBeLessThan(await page.locator('.rec-card').count());
	await page.getByRole('button', { name: 'Add all shown to your brief' }).click();
	await expect(count(page)).toHaveText(String(n));
	await expect(tab.locator('#brief-items > li')).toHaveCount(n);
	await expect(tab.locator('.brief-link .brief-count')).toHaveText(String(n));
});
