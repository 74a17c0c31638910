/** Citing: permanent and short URLs, the cite block and its copy buttons, metadata, print, data files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { collection, recommendations, scenarios, themes, factors } from './support/content';
import { SitePage, basePath } from './support/pages';

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
	for (const c of coded) {
		test(c.short, async ({ page }) => {
			const site = new SitePage(page);
			await site.goto(c.short);
			await expect(page).toHaveURL(new RegExp(`${c.to}$`));
			await expect(site.title).toHaveText(c.title);
		});
	}
});

// The short URL must keep the fragment: `/r/ap-12/#trade` lands on the sub-measure's heading.
// FIXME(issue 11): the short-URL redirect pages drop the fragment (a meta refresh to the long URL
// without it); issue 11 makes them keep it. Remove `fixme` when that lands.
test.fixme('a sub-measure is reachable through the short URL and its stable anchor', async ({ page }) => {
	const rec = recommendations().find((r) => (r.data.measures ?? []).length > 0)!;
	const measure = rec.data.measures.at(-1);
	await new SitePage(page).goto(`/r/${rec.data.code.toLowerCase()}/#${measure.id}`);
	await expect(page).toHaveURL(new RegExp(`/recommendations/${rec.id}/#${measure.id}$`));
	await expect(page.locator(`#${measure.id}`)).toBeInViewport();
});

test('the cite block gives the permanent URL and five formats, and copies them', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const rec = recommendations()[0]!;
	const site = new SitePage(page);
	await site.goto(`/recommendations/${rec.id}/`);
	await expect(site.cite.getByRole('link', { name: new RegExp(`/r/${rec.data.code.toLowerCase()}/$`) })).toBeVisible();
	for (const style of ['Chicago', 'APA', 'MLA', 'BibTeX', 'RIS']) await expect(site.cite.getByText(style, { exact: true })).toBeVisible();
	await site.cite.getByRole('button', { name: 'Copy Chicago' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^Note: Elizabeth Threlkeld and Grace Easterly, Afghanistan-Pakistan Ties and Future Stability in Afghanistan, Peaceworks No\. 175/);
	expect(copied).toContain(`(${rec.data.code})`);
	await expect(site.cite.getByRole('status')).toHaveText('Copied to the clipboard.');
	await site.cite.getByRole('button', { name: 'Copy link' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/r/${rec.data.code.toLowerCase()}/$`));
});

test('each heading has a button that copies a link to it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const t = themes()[0]!;
	await new SitePage(page).goto(`/themes/${t.id}/`);
	const heading = page.locator('.sl-markdown-content h2[id]').first();
	const id = await heading.getAttribute('id');
	await page.getByRole('button', { name: `Copy link to section “${(await heading.innerText()).trim()}”` }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/themes/${t.id}/#${id}$`));
});

/** One page of each kind, with its short URL where it has a code. */
const kinds: Array<{ path: string; short?: string }> = [
	...(
		[
			['recommendations', 'r', recommendations()[0]!],
			['themes', 't', themes()[0]!],
			['scenarios', 's', scenarios()[0]!],
			['factors', 'f', factors()[0]!],
		] as const
	).map(([kind, letter, e]) => ({ path: `/${kind}/${e.id}/`, short: `/${letter}/${(e.data.code as string).toLowerCase()}/` })),
	{ path: '/summary/' },
	{ path: '/recommendations/' },
	{ path: '/glossary/' },
	{ path: `/actors/${collection('actors')[0]!.id}/` },
];

for (const k of kinds) {
	test(`citation metadata, canonical URL, JSON-LD and social tags are present and correct on ${k.path}`, async ({ request }) => {
		const path = k.path;
		const doc = parse(await (await request.get(path.replace(/^\//, ''))).text());
		const meta = (name: string) => doc.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`).map((m) => m.getAttribute('content'));
		expect(meta('citation_author'), path).toEqual(['Threlkeld, Elizabeth', 'Easterly, Grace']);
		expect(meta('citation_publication_date')).toEqual(['2021/08']);
		expect(meta('citation_publisher')).toEqual(['United States Institute of Peace']);
		expect(meta('citation_technical_report_number')).toEqual(['Peaceworks No. 175']);
		expect(meta('citation_isbn')).toEqual(['978-1-60127-866-1']);
		const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
		expect(new URL(canonical).pathname).toBe(`${basePath}${path.slice(1)}`);
		// The permanent URL to cite: the short one from the code where the page has a code, else the canonical URL.
		expect(meta('citation_public_url')).toEqual([k.short ? new URL(`${basePath}${k.short.slice(1)}`, canonical).href : canonical]);
		const title = doc.querySelector('main h1')!.text.trim();
		expect(meta('og:title')).toEqual([title]);
		expect(meta('citation_title')).toEqual([`${title} — Afghanistan-Pakistan Ties and Future Stability in Afghanistan`]);
		expect(meta('og:image')[0]).toMatch(/\/og\/.+\.png$/);
		expect(meta('twitter:card')[0]).toBe('summary_large_image');
		const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
		expect(ld['@type']).toBe('WebPage');
		expect(ld.isPartOf['@type']).toBe('WebSite');
		expect(ld.about).toMatchObject({ '@type': 'Report', isbn: '978-1-60127-866-1', reportNumber: 'Peaceworks No. 175' });
		const image = await request.get(new URL(meta('og:image')[0]!).pathname.replace(basePath, ''));
		expect(image.status()).toBe(200);
		expect(image.headers()['content-type']).toBe('image/png');
	});
}

test('printing hides the navigation and search, keeps the cite block, and writes out link URLs', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto(`/themes/${themes()[2]!.id}/`);
	await page.emulateMedia({ media: 'print' });
	await expect(site.sidebar).toBeHidden();
	await expect(site.searchButton).toBeHidden();
	await expect(page.locator('.pagination-links')).toBeHidden();
	await expect(site.cite).toBeVisible();
	await expect(site.cite.locator('#cite-apa')).toBeVisible();
	const after = await site.related.getByRole('link').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toMatch(/^"? ?\(/);
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
	expect(lines[0]).toMatch(/^code,title,audience,actors,themes,mechanisms,outlook_/);
	expect(lines.length - 1).toBe(recommendations().length);
});
