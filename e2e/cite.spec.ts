/** Citing: permanent and short URLs, the cite block and its copy buttons, metadata, print, data files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { collection, recommendations, scenarios, themes, factors, siteModel } from './support/content';
import { SitePage, basePath, fetchPage } from './support/pages';
import { bibliographyOf, chicago18, citationOf, readClassicBibtex, readRecords, readStrictBiblatex, type CslItem } from './support/citation-js';
import { dist } from './gates/dist';

const published = readFileSync(join(import.meta.dirname, '..', 'src', 'published-urls.txt'), 'utf8')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l && !l.startsWith('#'));

test.describe('every published URL still resolves, to a page or through a redirect to one', () => {
	test('the list is not empty', () => expect(published.length).toBeGreaterThan(0));
	for (const path of published) {
		test(path, async ({ request }) => {
			const res = await request.get(path.replace(/^\//, ''));
			expect(res.status(), path).toBe(200);
			const refresh = parse(await res.text()).querySelector('meta[http-equiv="refresh"]');
			if (!refresh) return; // a page itself
			const target = refresh.getAttribute('content')!.split('url=')[1]!;
			const landed = await request.get(target.replace(basePath, ''));
			expect(landed.status(), `${path} -> ${target}`).toBe(200);
		});
	}
});

test.describe('short URLs from codes land on their canonical page', () => {
	const coded = [
		...recommendations().map((e) => ({ short: `/r/${e.data.code.toLowerCase()}/`, to: `/recommendations/${e.id}/`, title: e.data.title })),
		...themes().map((e) => ({ short: `/t/${e.data.code.toLowerCase()}/`, to: `/themes/${e.id}/`, title: e.data.title })),
		...scenarios().map((e) => ({ short: `/s/${e.data.code.toLowerCase()}/`, to: `/scenarios/${e.id}/`, title: e.data.title })),
		...factors().map((e) => ({ short: `/f/${e.data.code.toLowerCase()}/`, to: `/factors/${e.id}/`, title: e.data.title })),
	];
	// Each code's redirect page names its canonical page, which carries the entry's title. That a
	// browser follows a redirect page (and keeps the #fragment) is the test below, once per prefix;
	// nginx's 301 for every code, in any case, is e2e/nginx.spec.ts.
	for (const c of coded) {
		test(c.short, async ({ request }) => {
			const redirect = await fetchPage(request, c.short);
			expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${basePath}${c.to.slice(1)}`);
			expect((await fetchPage(request, c.to)).querySelector('main h1')?.text.trim()).toBe(c.title);
		});
	}
});

test('a short URL keeps its #fragment: one anchor per short-link kind lands on the anchor', async ({ page, request }) => {
	const rec = recommendations().find((r) => r.id === 'build-momentum-through-confidence-building-measures')!;
	const cases = [
		{ short: `/r/${rec.data.code.toLowerCase()}/`, to: `/recommendations/${rec.id}/`, anchor: 'trade' },
		{ short: `/t/${themes()[1]!.data.code.toLowerCase()}/`, to: `/themes/${themes()[1]!.id}/` },
		{ short: `/s/${scenarios()[1]!.data.code.toLowerCase()}/`, to: `/scenarios/${scenarios()[1]!.id}/` },
		{ short: `/f/${factors()[0]!.data.code.toLowerCase()}/`, to: `/factors/${factors()[0]!.id}/` },
	];
	for (const c of cases) {
		// The page's last heading: far enough down that landing at the top would not show it.
		const target = parse(await (await request.get(c.to.slice(1))).text());
		const anchor = c.anchor ?? target.querySelectorAll('.sl-markdown-content h2[id]').at(-1)!.getAttribute('id')!;
		await new SitePage(page).goto(`${c.short}#${anchor}`);
		await expect(page).toHaveURL(new RegExp(`${c.to}#${anchor}$`));
		const element = page.locator(`[id="${anchor}"]`);
		await expect(element).toBeInViewport();
		expect(await element.evaluate((el) => el.matches(':target'))).toBe(true);
	}
});

test('hosts that read _redirects answer every short URL, in any case, with a forced 301, which keeps the fragment without JavaScript', () => {
	// The project's static server does not apply `_redirects`: the test reads the built file (e2e/nginx.spec.ts serves the nginx file).
	const file = readFileSync(join(dist, '_redirects'), 'utf8');
	const rules = new Map(
		file
			.split('\n')
			.filter((l) => l && !l.startsWith('#'))
			.map((l) => {
				const [from, to, code] = l.split(' ');
				return [from!, { to: to!, code }] as const;
			}),
	);
	// `301!`: Netlify applies a rule without `!` only where no file exists, and the redirect page is a file.
	for (const r of recommendations()) {
		const to = { to: `${basePath}recommendations/${r.id}/`, code: '301!' };
		const code = r.data.code as string;
		expect(rules.get(`${basePath}r/${code.toLowerCase()}/`), code).toEqual(to);
		expect(rules.get(`${basePath}r/${code.toUpperCase()}/`), code).toEqual(to);
		expect(rules.get(`${basePath}r/${code.toUpperCase()}`), code).toEqual(to);
	}
	for (const t of themes()) expect(rules.get(`${basePath}t/${t.data.code.toLowerCase()}`)?.to).toBe(`${basePath}themes/${t.id}/`);
	expect([...rules.values()].filter((r) => r.code !== '301!')).toEqual([]);
});

test('a short code in mixed case (/r/Tp-04/) opens its page, keeping the #fragment, where the host applies no redirects', async ({ page }) => {
	// The static server answers /r/Tp-04/ with the 404 page, whose script opens the lower-case address.
	const tp = recommendations().find((r) => r.data.code === 'TP-04')!;
	const anchor = parse(await (await page.request.get(`recommendations/${tp.id}/`)).text()).querySelectorAll('.sl-markdown-content h2[id]').at(-1)!.getAttribute('id')!;
	await new SitePage(page).goto(`/r/Tp-04/#${anchor}`);
	await expect(page).toHaveURL(new RegExp(`/recommendations/${tp.id}/#${anchor}$`));
	await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
	// And without the trailing slash.
	await new SitePage(page).goto('/r/tP-04');
	await expect(page).toHaveURL(new RegExp(`/recommendations/${tp.id}/$`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a redirect page links to its target and says the #fragment is lost', async ({ page }) => {
		const rec = recommendations()[0]!;
		const res = await page.request.get(`r/${rec.data.code.toLowerCase()}/`);
		const stub = parse(await res.text());
		expect(stub.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${basePath}recommendations/${rec.id}/`);
		expect(stub.querySelector('body a')!.getAttribute('href')).toBe(`${basePath}recommendations/${rec.id}/`);
		expect(stub.querySelector('body')!.text).toMatch(/Without JavaScript .* without the part after “#”/s);
	});
});

test('the sitemap lists pages, never a redirect page, and robots.txt points to it', async ({ request }) => {
	const robots = await (await request.get('robots.txt')).text();
	const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)![1]!;
	expect(new URL(sitemapUrl).pathname).toBe(`${basePath}sitemap-index.xml`);
	const index = await (await request.get('sitemap-index.xml')).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(basePath, ''));
	const xml = await Promise.all(sitemaps.map(async (s) => (await request.get(s)).text()));
	const locs = xml.flatMap((x) => [...x.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
	expect(locs).toContain(`${basePath}recommendations/`);
	for (const loc of locs) {
		const html = await (await request.get(loc.replace(basePath, ''))).text();
		expect(parse(html).querySelector('meta[http-equiv="refresh"]') === null, `${loc} is a redirect page`).toBe(true);
	}
	expect(locs.filter((l) => /\/[rtsf]\/|\/404\//.test(l))).toEqual([]);
});

test('the 404 page has no canonical URL and no cite block', async ({ page, request }) => {
	const doc = parse(await (await request.get('404.html')).text());
	expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
	expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
	const site = new SitePage(page);
	await site.goto('/no-such-page/');
	await expect(site.title).toBeVisible();
	await expect(site.cite).toHaveCount(0);
});

test('the cite block gives the permanent URL, the report pages and both records, and copies rich text', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const rec = recommendations()[0]!;
	const site = new SitePage(page);
	await site.goto(`/recommendations/${rec.id}/`);
	await expect(site.cite.getByRole('link', { name: new RegExp(`/r/${rec.data.code.toLowerCase()}/$`) })).toBeVisible();
	await expect(site.cite.getByText(`Report ${pp(rec.data.pages)}`)).toBeVisible();
	await expect(site.cite.getByRole('link', { name: 'the report on USIP’s site' })).toHaveAttribute('href', /^https:\/\/usip\.org\/publications\/2021\/08\//);
	for (const style of ['Chicago', 'APA', 'MLA', 'BibTeX', 'BibLaTeX', 'RIS']) await expect(site.cite.getByText(style, { exact: true })).toBeVisible();
	await site.cite.getByRole('button', { name: 'Copy Chicago: Note, when you used this edition' }).click();
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	const copied = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		return { types: item!.types, plain: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
	});
	expect(copied.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
	// The note alone, without its label; italics kept in the rich text, dropped in the plain text.
	expect(copied.plain).toMatch(
		/^Elizabeth Threlkeld and Grace Easterly, Afghanistan-Pakistan Ties and Future Stability in Afghanistan, Peaceworks no\. 175 \(United States Institute of Peace, 2021\), \d+(–\d+)?, summarized in /,
	);
	expect(copied.plain).toContain(`(${rec.data.code}),”`);
	expect(copied.html).toContain('<i>Afghanistan-Pakistan Ties and Future Stability in Afghanistan</i>');
	await site.cite.getByRole('button', { name: 'Copy link' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/r/${rec.data.code.toLowerCase()}/$`));
});

test('the access date of a copied page record is the day it is copied', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.clock.setFixedTime(new Date('2031-05-04T12:00:00'));
	const site = new SitePage(page);
	await site.goto(`/themes/${themes()[0]!.id}/`);
	await site.cite.getByText('BibLaTeX', { exact: true }).click();
	await site.cite.getByRole('button', { name: 'Copy BibLaTeX' }).click();
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('urldate = {2031-05-04}');
	await site.cite.getByText('BibTeX', { exact: true }).click();
	await site.cite.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/note = \{Last modified \d{4}-\d{2}-\d{2}; accessed 2031-05-04/);
});

const USIP = 'https://usip.org/publications/2021/08/afghanistan-pakistan-ties-and-future-stability-afghanistan';
/** "p. 7" or "pp. 6–8", as the site prints a page or a range. */
const pp = (r: { from: number; to?: number }) => (r.to === undefined || r.to === r.from ? `p. ${r.from}` : `pp. ${r.from}–${r.to}`);
const SITE_NAME = 'Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175';
const EDITORS = 'Afghanistan-Pakistan Ties editors';
/** A page range as the records give it: exact, never "ff." (an open range ends at the report's last page, 32). */
const exact = (r: { from: number; to?: number }) => ((r.to ?? 32) === r.from ? `${r.from}` : `${r.from}–${r.to ?? 32}`);
const firstDevelopment = () => collection('developments')[0]!.id;
/**
 * One page of each kind, with the title its page record must carry, the report pages it restates,
 * and whether it restates the report at all (the edition's own pages offer only their own record).
 */
const kinds = [
	{ path: () => '/', title: () => 'Home page', pages: () => undefined, restates: true },
	{ path: () => `/recommendations/${recommendations()[0]!.id}/`, title: () => `${recommendations()[0]!.data.title} (${recommendations()[0]!.data.code})`, pages: () => recommendations()[0]!.data.pages, restates: true },
	{ path: () => `/themes/${themes()[0]!.id}/`, title: () => `${themes()[0]!.data.title} (${themes()[0]!.data.code})`, pages: () => themes()[0]!.data.pages, restates: true },
	{ path: () => `/scenarios/${scenarios()[0]!.id}/`, title: () => `${scenarios()[0]!.data.title} (${scenarios()[0]!.data.code})`, pages: () => scenarios()[0]!.data.pages, restates: true },
	{ path: () => `/factors/${factors()[0]!.id}/`, title: () => `${factors()[0]!.data.title} (${factors()[0]!.data.code})`, pages: () => factors()[0]!.data.pages, restates: true },
	{ path: () => '/summary/', title: () => 'Summary', pages: () => siteModel().pages.find((p) => p.path === '/summary/')!.pages, restates: true },
	{ path: () => '/conclusion/', title: () => 'Conclusion', pages: () => siteModel().pages.find((p) => p.path === '/conclusion/')!.pages, restates: true },
	{ path: () => '/history/', title: () => 'Enduring tensions', pages: () => siteModel().pages.find((p) => p.path === '/history/')!.pages, restates: true },
	{ path: () => '/recommendations/', title: () => undefined, pages: () => undefined, restates: true },
	{ path: () => '/glossary/', title: () => undefined, pages: () => undefined, restates: true },
	{ path: () => `/actors/${collection('actors')[0]!.id}/`, title: () => undefined, pages: () => undefined, restates: true },
	{ path: () => '/data/', title: () => 'Data downloads', pages: () => undefined, restates: false },
	{ path: () => '/since/', title: () => undefined, pages: () => undefined, restates: false },
	{ path: () => `/since/${firstDevelopment()}/`, title: () => undefined, pages: () => undefined, restates: false },
	{ path: () => '/changes/', title: () => 'Changes to this edition', pages: () => undefined, restates: false },
	{ path: () => '/about/', title: () => undefined, pages: () => undefined, restates: false },
	{ path: () => '/cite/', title: () => 'How to cite', pages: () => undefined, restates: false },
];

for (const k of kinds) {
	test(`the head describes its own page (${k.path()}): no citation_* tags, JSON-LD of the edition page${k.restates ? ' based on the one Report' : ', based on nothing'}, og:url = canonical, one site name, its revision date first`, async ({ request }) => {
		const path = k.path();
		const doc = parse(await (await request.get(path.replace(/^\//, ''))).text());
		const meta = (name: string) => doc.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`).map((m) => m.getAttribute('content'));
		// Highwire tags belong on the report's own landing page (USIP's), not on pages of an edition.
		expect(doc.querySelectorAll('meta[name^="citation_"]').map((m) => m.getAttribute('name')), path).toEqual([]);
		const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
		expect(new URL(canonical).pathname).toBe(`${basePath}${path.slice(1)}`);
		expect(meta('og:url')).toEqual([canonical]);
		expect(meta('og:type')).toEqual([path === '/' ? 'website' : 'article']);
		expect(meta('og:image')[0]).toMatch(/\/og\/.+\.png$/);
		expect(meta('twitter:card')[0]).toBe('summary_large_image');
		const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
		expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', '@id': canonical, url: canonical });
		expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(ld.isPartOf).toMatchObject({ '@type': 'WebSite', url: new URL(`${basePath}`, canonical).href, name: SITE_NAME });
		// One site name: OpenGraph's (Zotero's "website title"), the JSON-LD's and the records'.
		expect(meta('og:site_name')).toEqual([SITE_NAME]);
		// The revision date: the JSON-LD's, OpenGraph's, and the first <time datetime> of the page (Zotero takes that one), shown as "Page last revised".
		expect(meta('article:modified_time')).toEqual([ld.dateModified]);
		expect(doc.querySelector('body time[datetime]')!.getAttribute('datetime'), `${path}: the first date on the page`).toBe(ld.dateModified);
		expect(doc.querySelector('.page-revised time')!.getAttribute('datetime')).toBe(ld.dateModified);
		if (!k.restates) {
			expect(ld, `${path} restates nothing of the report`).not.toHaveProperty('isBasedOn');
		} else {
			expect(ld.isBasedOn).toMatchObject({
				'@type': 'Report',
				'@id': 'urn:isbn:978-1-60127-866-1',
				name: 'Afghanistan-Pakistan Ties and Future Stability in Afghanistan',
				identifier: { '@type': 'PropertyValue', propertyID: 'ISBN', value: '978-1-60127-866-1' },
				reportNumber: 'Peaceworks No. 175',
				url: USIP,
				sameAs: USIP,
				datePublished: '2021-08',
			});
			expect(ld.isBasedOn.author.map((a: { name: string }) => a.name)).toEqual(['Elizabeth Threlkeld', 'Grace Easterly']);
		}
		const image = await request.get(new URL(meta('og:image')[0]!).pathname.replace(basePath, ''));
		expect(image.status()).toBe(200);
		expect(image.headers()['content-type']).toBe('image/png');
	});
}

test('a page’s revision date is one date everywhere: JSON-LD, its records, the line under its title; never later than the edition’s “last revised” in the footer', async ({ request }) => {
	for (const k of kinds) {
		const path = k.path();
		const doc = parse(await (await request.get(path.replace(/^\//, ''))).text());
		const modified = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text).dateModified as string;
		const [y, m, d] = modified.split('-').map(Number);
		expect(doc.querySelector('.page-revised time')!.getAttribute('datetime'), path).toBe(modified);
		expect(readStrictBiblatex(doc.querySelector('#cite-biblatex')!.text).at(-1)!.issued?.['date-parts'][0], path).toEqual([y, m, d]);
		expect(readRecords(doc.querySelector('#cite-ris')!.text).at(-1)!.issued?.['date-parts'][0], path).toEqual([y, m, d]);
		expect(doc.querySelector('#cite-bibtex')!.text, path).toContain(`Last modified ${modified}`);
		const footer = doc.querySelectorAll('.edition-dates time[datetime]').at(-1)!.getAttribute('datetime')!.slice(0, 10);
		expect(modified <= footer, `${path}: page revised ${modified}, edition ${footer}`).toBe(true);
	}
});

/** The report record every export must carry, as citation-js reads it. */
function expectReport(r: CslItem | undefined, from: 'bibtex' | 'biblatex' | 'ris') {
	expect(r).toMatchObject({
		type: 'report',
		title: 'Afghanistan-Pakistan Ties and Future Stability in Afghanistan',
		author: [
			{ family: 'Threlkeld', given: 'Elizabeth' },
			{ family: 'Easterly', given: 'Grace' },
		],
		publisher: 'United States Institute of Peace',
		'publisher-place': 'Washington, DC',
		number: '175',
		URL: USIP,
		issued: { 'date-parts': [[2021, 8]] },
	});
	// The series as a genre (BibTeX's `type`, RIS's M3) with the number, so styles render "Peaceworks No. 175", not "(No. 175; Peaceworks)".
	expect(r!.genre).toBe('Peaceworks');
	expect(r).not.toHaveProperty('collection-title');
	// BibTeX has an isbn field; a RIS report has no ISBN tag, so it travels as "ISBN: ..." in the note, where citeproc reads it.
	if (from === 'ris') expect(r!.note).toBe('ISBN: 978-1-60127-866-1');
	else expect(r!.ISBN).toBe('978-1-60127-866-1');
	expect(r).not.toHaveProperty('page');
}

function expectPageRecord(r: CslItem | undefined, { title, url, from }: { title: string | undefined; url: string; from: 'bibtex' | 'biblatex' | 'ris' }) {
	// A classic @misc is a "document" to citation-js; BibLaTeX's @online and RIS's ELEC are web pages.
	expect(r?.type).toBe(from === 'bibtex' ? 'document' : 'webpage');
	if (title) expect(r!.title).toBe(title);
	expect(r!.title).toBeTruthy();
	expect(r!.URL).toBe(url);
	const author = r!.author?.[0];
	expect(author?.literal ?? author?.family).toBe(EDITORS);
	// The site, once: as howpublished / organization (publisher) or RIS T2; the editors are not repeated as publisher.
	expect(from === 'ris' ? r!['collection-title'] : r!.publisher).toBe(SITE_NAME);
	expect(r!.issued?.['date-parts'][0]).toHaveLength(from === 'bibtex' ? 2 : 3);
}

/** The site's prose citation of a style, as plain text. */
const prose = (doc: ReturnType<typeof parse>, style: string, part: number) => doc.querySelector(`.cite-style[data-style="${style}"] [data-part="${part}"]`)!.text;

test('every page’s BibTeX, BibLaTeX and RIS hold the report as USIP published it (where the page restates it) and the page as a web page, read back by citation-js', async ({ request }) => {
	// Compiling the CSL styles takes seconds each on a busy machine.
	test.setTimeout(300_000);
	for (const k of kinds) {
		const path = k.path();
		const doc = parse(await (await request.get(path.replace(/^\//, ''))).text());
		const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
		const pages = k.pages();
		// One page is "p.", a range "pp." (the passage's own page, as `pp` prints it), the pages exact.
		const note = pages ? `Restates ${(pages.to ?? 32) === pages.from ? 'p.' : 'pp.'} ${exact(pages)} of Peaceworks No. 175` : undefined;
		for (const from of ['bibtex', 'biblatex', 'ris'] as const) {
			const block = doc.querySelector(`#cite-${from}`)!.text;
			const records = from === 'bibtex' ? readClassicBibtex(block) : from === 'biblatex' ? readStrictBiblatex(block) : readRecords(block);
			expect(records, `${path} ${from}`).toHaveLength(k.restates ? 2 : 1);
			if (k.restates) expectReport(records[0], from);
			expectPageRecord(records.at(-1), { title: k.title(), url: canonical, from });
			if (note) expect(records.at(-1)!.note, `${path} ${from}`).toContain(note);
			else if (from !== 'bibtex') expect(records.at(-1)!.note).toBeUndefined();
			expect(block).not.toContain('ff.');
		}
		if (!k.restates) {
			// Only the page's own record, in every style: no report, no "summarized in".
			for (const style of ['chicago', 'apa', 'mla']) expect(doc.querySelector(`.cite-style[data-style="${style}"]`)!.text, `${path} ${style}`).not.toMatch(/Threlkeld|summarized in|as cited in/);
			continue;
		}
		// The site's report citations against Debian's CSL styles (Chicago, APA 7, MLA 9) formatting the site's own records.
		// Debian's Chicago styles are the 17th edition, the site follows the 18th: `chicago18` puts the
		// four places where they differ (place of publication, month, quoted title, series number) in the
		// 18th edition's form and leaves the rest of the style's output as it is.
		const [report] = readClassicBibtex(doc.querySelector('#cite-bibtex')!.text);
		const pin = pages ? exact(pages) : undefined;
		expect(prose(doc, 'chicago', 0), `${path} Chicago note`).toBe(chicago18(citationOf(report!, 'chicago-notes-bibliography', pin?.replace('–', '-')), report!, 'note'));
		expect(prose(doc, 'chicago', 2), `${path} Chicago bibliography`).toBe(chicago18(bibliographyOf([report!], 'chicago-notes-bibliography')[0]!, report!, 'bibliography'));
		// Documented difference: the CSL template prints titles as entered, APA 7 (6.17) wants sentence case.
		expect(prose(doc, 'apa', 0).toLowerCase(), `${path} APA reference`).toBe(bibliographyOf([report!], 'apa')[0]!.toLowerCase());
		expect(prose(doc, 'apa', 0)).toContain('Afghanistan-Pakistan ties and future stability in Afghanistan (Peaceworks No. 175)');
		expect(prose(doc, 'apa', 2), `${path} APA in text`).toBe(citationOf(report!, 'apa', pin?.replace('–', '-')));
		expect(prose(doc, 'mla', 2), `${path} MLA in text`).toBe(citationOf(report!, 'modern-language-association', pin?.replace('–', '-')));
	}
});

test('each style renders the page record with the editors once, the site once, the revision date and, in Chicago and MLA, a headline-style title', async ({ request }) => {
	// Compiling the CSL styles takes seconds each on a busy machine.
	test.setTimeout(300_000);
	const theme = themes().find((t) => /-/.test(t.data.title)) ?? themes()[0]!;
	const doc = parse(await (await request.get(`themes/${theme.id}/`)).text());
	const records = [readClassicBibtex(doc.querySelector('#cite-bibtex')!.text).at(-1)!, readStrictBiblatex(doc.querySelector('#cite-biblatex')!.text).at(-1)!];
	const count = (text: string, what: string) => text.split(what).length - 1;
	for (const record of records) {
		for (const style of ['chicago-notes-bibliography', 'chicago-author-date', 'apa', 'modern-language-association'] as const) {
			const [entry] = bibliographyOf([record], style);
			expect(count(entry!, EDITORS), `${style}: ${entry}`).toBe(1);
			expect(count(entry!, SITE_NAME), `${style}: ${entry}`).toBe(1);
		}
	}
	// The site's own Chicago and MLA entries title the page as the CSL styles do (hyphenated compounds capitalised throughout).
	const webpage = readStrictBiblatex(doc.querySelector('#cite-biblatex')!.text).at(-1)!;
	const siteTitle = (style: string, part: number) => /“([^”]+)\.”/.exec(prose(doc, style, part))![1]!;
	expect(siteTitle('chicago', 3)).toMatch(/-\p{Lu}/u);
	expect(bibliographyOf([webpage], 'chicago-notes-bibliography')[0]).toContain(siteTitle('chicago', 3));
	expect(bibliographyOf([webpage], 'modern-language-association')[0]).toContain(siteTitle('mla', 1));
});

test('a development’s page offers no report record: only its own, in every style', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto(`/since/${firstDevelopment()}/`);
	await expect(site.cite.getByText('This page is the edition’s own, not part of the report')).toBeVisible();
	await expect(site.cite.getByText(/summarized in|as cited in/)).toHaveCount(0);
	await site.cite.getByText('RIS', { exact: true }).click();
	const ris = await site.cite.locator('#cite-ris').textContent();
	expect(ris!.match(/^TY {2}- /gm)).toEqual(['TY  - ']);
	expect(ris).toContain('TY  - ELEC');
	expect(ris).not.toContain('Threlkeld');
});

test('no two pages share a BibTeX key for their page record; the report keeps one key everywhere', async ({ request }) => {
	const keys = new Map<string, string>();
	const reportKeys = new Set<string>();
	const sitemapPages = [...(await (await request.get('sitemap-0.xml')).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	expect(sitemapPages.length).toBeGreaterThan(80);
	for (const path of sitemapPages) {
		const doc = parse(await (await request.get(path.replace(basePath, ''))).text());
		const block = doc.querySelector('#cite-bibtex');
		// Only /brief/ has no cite block: it holds the reader's own work, not a page to cite.
		if (!block) {
			expect(path.replace(basePath, '/')).toBe('/brief/');
			continue;
		}
		const records = readRecords(block.text);
		if (records.length === 2) reportKeys.add(records[0]!['citation-key']!);
		const key = records.at(-1)!['citation-key']!;
		expect(keys.get(key), `${path} shares ${key}`).toBeUndefined();
		keys.set(key, path);
	}
	expect([...reportKeys]).toEqual(['threlkeld2021peaceworks175']);
});

test('the downloadable bibliography files hold the report once and every page, no access dates, each entry read back by citation-js (classic BibTeX strictly)', async ({ request }) => {
	// Three files of 171 records, each parsed strictly: seconds each on a busy machine.
	test.setTimeout(120_000);
	const cited = siteModel().pages.filter((p) => p.citation);
	expect(cited.length).toBeGreaterThan(150);
	for (const [file, from] of [
		['data/citations.bib', 'bibtex'],
		['data/citations-biblatex.bib', 'biblatex'],
		['data/citations.ris', 'ris'],
	] as const) {
		const text = await (await request.get(file)).text();
		const records = from === 'bibtex' ? readClassicBibtex(text) : from === 'biblatex' ? readStrictBiblatex(text) : readRecords(text);
		expectReport(records[0], from);
		const pages = records.slice(1);
		expect(pages.length, `${file}: one record for each page`).toBe(cited.length);
		for (const r of pages) expectPageRecord(r, { title: undefined, url: r.URL!, from });
		const urls = pages.map((r) => new URL(r.URL!).pathname);
		expect(urls.toSorted()).toEqual(cited.map((p) => `${basePath}${p.path.slice(1)}`).toSorted());
		// An access date is the reader's: bulk files carry none.
		expect(pages.filter((r) => r.accessed).length, file).toBe(0);
		expect(text).not.toMatch(/urldate|^Y2 |accessed/im);
		// The data page counts the records the file holds.
		const link = parse(await (await request.get('data/')).text()).querySelector(`a[href$="/${file}"]`)!;
		expect(Number(link.getAttribute('data-records')), file).toBe(records.length);
	}
});

test('printing gives a handout: no navigation, related lists or BibTeX/RIS, one citation style, absolute link addresses', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto(`/themes/${themes()[2]!.id}/`);
	const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
	await page.emulateMedia({ media: 'print' });
	await expect(site.sidebar).toBeHidden();
	await expect(site.searchButton).toBeHidden();
	await expect(page.locator('.pagination-links')).toBeHidden();
	await expect(site.related).toBeHidden();
	await expect(site.cite).toBeVisible();
	// Chicago by default; the other styles and the BibTeX/RIS records do not print.
	await expect(site.cite.locator('#cite-chicago')).toBeVisible();
	for (const other of ['apa', 'mla', 'bibtex', 'biblatex', 'ris']) await expect(site.cite.locator(`#cite-${other}`)).toBeHidden();
	// A link in the restated text (the facts panel and the outlook table name this site's entries: their addresses are not printed).
	const internal = page.locator('.sl-markdown-content p a[href^="/"]:not(.gloss)').first();
	const after = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toBe(`" (${new URL((await internal.getAttribute('href'))!, canonical).href})"`);
	const usip = await site.cite.getByRole('link', { name: 'the report on USIP’s site' }).evaluate((a) => getComputedStyle(a, '::after').content);
	expect(usip).toContain('(https://usip.org/publications/2021/08/afghanistan-pakistan-ties-and-future-stability-afghanistan)');
	// The style the reader last chose prints instead, on this page and the next.
	await page.emulateMedia({ media: 'screen' });
	await site.cite.getByText('APA', { exact: true }).click();
	// The choice is remembered when the disclosure's toggle event arrives (a task after the click), not at the click itself.
	await expect(site.cite).toHaveAttribute('data-print-style', 'apa');
	await site.goto(`/themes/${themes()[0]!.id}/`);
	await page.emulateMedia({ media: 'print' });
	await expect(site.cite.locator('#cite-apa')).toBeVisible();
	await expect(site.cite.locator('#cite-chicago')).toBeHidden();
});

test('the JSON and CSV files hold as many records as the collections', async ({ request }) => {
	for (const name of ['themes', 'scenarios', 'factors', 'recommendations', 'eras', 'actors', 'glossary', 'figures']) {
		const res = await request.get(`data/${name}.json`);
		expect(res.headers()['content-type']).toContain('application/json');
		const records = (await res.json()) as Array<{ id: string; url: string }>;
		expect(records.map((r) => r.id).sort(), name).toEqual(collection(name).map((e) => e.id).sort());
	}
	const csv = await (await request.get('data/recommendations.csv')).text();
	const lines = csv.trim().split('\r\n');
	expect(lines[0]).toMatch(/^code,title,audience,must_act,involved,themes,mechanisms,outlook_stability_status,outlook_stability_label,outlook_stability_note,outlook_stability_evidence,outlook_stability_derived,/);
	expect(lines.length - 1).toBe(recommendations().length);
	// Who must act apart from who is involved, and the outlook with its evidence and the edition's readings flagged.
	const recs = (await (await request.get('data/recommendations.json')).json()) as Array<{
		id: string;
		mustAct: Array<{ actor: string; evidence: Array<{ excerpt: string }> }>;
		involved: string[];
		outlookByCondition: Array<{ key: string; status: string; evidence: unknown[]; derived: { via: string } | null }>;
	}>;
	for (const r of recs) {
		const source = recommendations().find((e) => e.id === r.id)!;
		expect(r.mustAct.map((m) => m.actor)).toEqual((source.data.mustAct as Array<{ actor: string }>).map((m) => m.actor));
		expect(r.involved).toEqual(source.data.involved ?? []);
		expect(r.outlookByCondition.slice(0, 2).map((o) => o.key)).toEqual(['stability', 'instability']);
		for (const o of r.outlookByCondition) if (o.status !== 'unstated') expect(o.evidence.length, `${r.id} ${o.key}`).toBeGreaterThan(0);
	}
	expect(recs.some((r) => r.outlookByCondition.some((o) => o.derived !== null))).toBe(true);
});

test('a paragraph’s copy-link puts its URL on the clipboard, and that URL opens on the paragraph', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const theme = themes()[2]!;
	const site = new SitePage(page);
	await site.goto(`/themes/${theme.id}/`);
	// A paragraph well down the page, so landing at the top would not show it.
	const paragraphs = page.locator('.sl-markdown-content [data-para]');
	const para = paragraphs.nth(Math.floor((await paragraphs.count()) * 0.8));
	const id = (await para.getAttribute('id'))!;
	await para.getByRole('button', { name: 'Copy link to this paragraph' }).click();
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(url.pathname + url.hash).toBe(`${basePath}themes/${theme.id}/#${id}`);
	await page.goto('about:blank');
	await page.goto((url.pathname + url.hash).replace(basePath, ''));
	const landed = page.locator(`[id="${id}"]`);
	await expect(landed).toBeInViewport();
	expect(await landed.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('“cite this passage” copies the paragraph’s URL, the page of the passage it restates and the records, in Chicago until another style is chosen', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const theme = themes()[0]!;
	const site = new SitePage(page);
	await site.goto(`/themes/${theme.id}/`);
	// The passage on Kissinger's 1976 meeting with Daoud: p. 6 of the report, within the theme's pp. 6–8.
	const para = page.locator('.sl-markdown-content [data-para]', { hasText: 'Henry Kissinger' });
	const id = (await para.getAttribute('id'))!;
	await expect(para).toHaveAttribute('data-pages', '6');
	const button = para.getByRole('button', { name: 'Cite this passage (report p. 6)' });
	await expect(button).toContainText('p. 6');
	await button.click();
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	const text = await page.evaluate(() => navigator.clipboard.readText());
	const lines = text.split('\n');
	expect(lines[0]).toMatch(new RegExp(`/themes/${theme.id}/#${id}$`));
	expect(lines[1]).toBe('Report p. 6');
	expect(text).toContain('(United States Institute of Peace, 2021), 6, summarized in');
	// Read back: the note begins as citeproc (citation-js with the Chicago style) writes the report's note with the passage's page.
	const report = readRecords((await page.locator('#cite-bibtex').textContent())!).find((r) => r.type === 'report')!;
	const note = chicago18(citationOf(report, 'chicago-notes-bibliography', '6'), report, 'note');
	expect(note).toContain(', 6, ');
	expect(lines.find((l) => l.includes('summarized in'))).toContain(`${note.slice(0, note.indexOf(', 6, '))}, 6, summarized in`);
	expect(text).not.toContain(`${theme.data.pages.from}–${theme.data.pages.to}`);
	expect(text).toContain('Threlkeld, Elizabeth, and Grace Easterly. Afghanistan-Pakistan Ties and Future Stability in Afghanistan. Peaceworks No. 175.');
	expect(text).toContain(`#${id}.`);
});

test('“cite this passage” copies the style the reader last chose, remembered across pages', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const site = new SitePage(page);
	await site.goto(`/themes/${themes()[0]!.id}/`);
	await site.cite.getByText('APA', { exact: true }).click();
	await expect.poll(() => page.evaluate(() => localStorage.getItem('cite-style'))).toBe('apa');
	// Another page: the choice is the browser's, not the page's.
	const rec = recommendations().find((r) => r.data.code === 'AP-05')!;
	await site.goto(`/recommendations/${rec.id}/`);
	const para = page.locator('.sl-markdown-content [data-para]').first();
	const pages = (await para.getAttribute('data-pages'))!;
	await para.getByRole('button', { name: /^Cite this passage/ }).click();
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	const apa = await page.evaluate(() => navigator.clipboard.readText());
	expect(apa).toContain(`(Threlkeld & Easterly, 2021, p. ${pages})`);
	// Read back: the in-text citation is the one citeproc (citation-js with the APA and MLA styles) writes for the report at that page.
	const report = readRecords((await page.locator('#cite-bibtex').textContent())!).find((r) => r.type === 'report')!;
	expect(apa).toContain(citationOf(report, 'apa', pages.replace('–', '-')));
	expect(apa).not.toContain('summarized in');
	await site.cite.getByText('MLA', { exact: true }).click();
	await expect.poll(() => page.evaluate(() => localStorage.getItem('cite-style'))).toBe('mla');
	await para.getByRole('button', { name: /^Cite this passage/ }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`(Threlkeld and Easterly ${pages})`);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(citationOf(report, 'modern-language-association', pages.replace('–', '-')));
});


/** How many pages a PDF that Chromium wrote has: the page tree's count. */
const pdfPageCount = (pdf: Buffer) => Math.max(...[...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1])), 0);

test('printing one recommendation (AP-07) gives at most three A4 pages; the since panel prints as a short summary with a link; the report’s part can print alone', async ({ page }) => {
	await new SitePage(page).goto('/r/ap-07/');
	await page.waitForURL(/\/recommendations\/explore-border-management-options\//);
	const full = pdfPageCount(await page.pdf({ format: 'A4' }));
	console.log(`AP-07 printed on A4: ${full} pages`);
	expect(full).toBeGreaterThan(0);
	expect(full).toBeLessThanOrEqual(3);
	const panel = page.locator('[data-since-panel]');
	await page.emulateMedia({ media: 'print' });
	await expect(panel).toBeVisible();
	await expect(panel.locator('.since-list')).toBeHidden();
	await expect(panel.locator('.since-print-only')).toBeVisible();
	await expect(panel.locator('.since-print-only')).toContainText(/https?:\/\/\S+\/since\/\?recommendation=explore-border-management-options/);
	// The reader's choice: print the report's part only (window.print is stubbed: the test prints to PDF itself).
	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await page.getByRole('button', { name: 'Print the report’s part only' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-print', 'report');
	await page.emulateMedia({ media: 'print' });
	await expect(panel).toBeHidden();
	await expect(page.locator('.cite')).toBeVisible();
	await expect(page.locator('#outlook')).toBeVisible();
	// page.pdf() lays out with the emulated media (print, as a browser prints), and fires afterprint,
	// which unmarks the page as printing after a real print dialog would.
	const reportOnly = pdfPageCount(await page.pdf({ format: 'A4' }));
	console.log(`AP-07, the report's part only: ${reportOnly} pages`);
	expect(reportOnly).toBeLessThanOrEqual(full);
	await expect(page.locator('html')).not.toHaveAttribute('data-print', 'report');
});

test('by keyboard, the citation block of /r/ap-07/ is at most 15 Tabs away, and "On this page" links to it', async ({ page }) => {
	await new SitePage(page).goto('/r/ap-07/');
	await page.waitForURL(/\/recommendations\/explore-border-management-options\//);
	await expect(page.locator('.para-actions').first()).toBeAttached();
	// "On this page" has an entry for the cite block.
	await expect(page.locator('starlight-toc a[href="#cite-this"]')).toHaveText('Cite this page');
	// A reader tabs, and follows the links that say where they go: the skip link, then "Cite this page".
	const focused = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return { href: el?.getAttribute('href') ?? '', inCite: !!el?.closest('.cite') };
		});
	let tabs = 0;
	for (; tabs < 15; ) {
		await page.keyboard.press('Tab');
		tabs++;
		const { href, inCite } = await focused();
		if (inCite) break;
		if (href === '#_top' || href === '#cite-this') {
			await page.keyboard.press('Enter');
			if ((await focused()).inCite) break;
		}
	}
	console.log(`Tabs to the citation block of /r/ap-07/: ${tabs}`);
	expect((await focused()).inCite, `the cite block after ${tabs} Tabs`).toBe(true);
	expect(tabs).toBeLessThanOrEqual(15);
});

test('the paragraphs’ actions are one tab stop for the whole page, and the arrows move between paragraphs', async ({ page }) => {
	await new SitePage(page).goto('/r/ap-07/');
	await page.waitForURL(/\/recommendations\/explore-border-management-options\//);
	const buttons = page.locator('.para-actions button');
	await expect(buttons.first()).toBeAttached();
	expect(await buttons.count()).toBeGreaterThan(10);
	const tabbable = page.locator('[data-para] > .para-actions button:not([tabindex="-1"])');
	// One paragraph's buttons (copy link, cite this passage, add to brief), not every paragraph's.
	const perPara = await page.locator('[data-para] > .para-actions').first().locator('button').count();
	expect(perPara).toBeGreaterThanOrEqual(2);
	await expect(tabbable).toHaveCount(perPara);
	const first = tabbable.first();
	await first.focus();
	const para = (await first.evaluate((b) => b.closest('[data-para]')!.id))!;
	await page.keyboard.press('ArrowDown');
	const next = await page.evaluate(() => document.activeElement?.closest('[data-para]')?.id);
	expect(next).toBeTruthy();
	expect(next).not.toBe(para);
	await expect(page.locator(`[id="${next}"] > .para-actions button`).first()).toBeFocused();
	await expect(tabbable).toHaveCount(perPara);
});
