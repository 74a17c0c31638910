/** Citing a chart: every chart can be downloaded as SVG and PNG, with its title, source and address drawn in. */
import { expect, test } from '@playwright/test';
import { buildCharts, type ChartInput } from '../src/lib/charts/charts';
import { collection, themes } from './support/content';
import { SitePage } from './support/pages';

const charts = () => buildCharts(collection('figures') as unknown as ChartInput[]);

test('every chart on the key figures page links to its SVG and PNG, named after the chart', async ({ page }) => {
	const site = new SitePage(page);
	await site.goto('/figures/');
	const expected = charts();
	expect(expected.length).toBeGreaterThan(0);
	await expect(site.content.locator('figure.chart')).toHaveCount(expected.length);
	for (const c of expected) {
		for (const format of ['SVG', 'PNG']) {
			await expect(site.content.getByRole('link', { name: `Download the chart “${c.title}” as ${format}`, exact: true })).toHaveCount(1);
		}
	}
});

test('the chart files are an SVG and a PNG carrying the chart’s title, source and canonical address', async ({ page, request }) => {
	const site = new SitePage(page);
	await site.goto('/figures/');
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	for (const c of charts()) {
		const svgHref = await site.content.getByRole('link', { name: `Download the chart “${c.title}” as SVG` }).getAttribute('href');
		const svg = await request.get(svgHref!);
		expect(svg.status(), svgHref!).toBe(200);
		expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
		const text = await svg.text();
		expect(text).toContain(`<title id="title">${c.title}</title>`);
		expect(text).toContain('Source: Elizabeth Threlkeld and Grace Easterly, Afghanistan-Pakistan Ties and Future Stability in Afghanistan');
		// The address drawn in is the chart's place on the deployed site (SITE_URL), as the page's canonical link gives it.
		const url = `${canonical}#${c.id}`;
		expect(text).toContain('Chart from the online edition:');
		// Drawn whole on one line: after the credit, or on a line of its own where it is long.
		expect(text.includes(`>Chart from the online edition: ${url}</text>`) || text.includes(`>${url}</text>`), url).toBe(true);
		for (const b of c.bars) expect(text).toContain(b.display.replace(/&/g, '&amp;'));

		const pngHref = await site.content.getByRole('link', { name: `Download the chart “${c.title}” as PNG` }).getAttribute('href');
		const png = await request.get(pngHref!);
		expect(png.status(), pngHref!).toBe(200);
		expect(png.headers()['content-type']).toBe('image/png');
		expect((await png.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
	}
});

test('clicking a chart’s download link downloads its file, and the chart it names is on the page it links to', async ({ page }) => {
	const site = new SitePage(page);
	const c = charts()[0]!;
	await site.goto('/figures/');
	for (const [format, type] of [['SVG', 'svg'], ['PNG', 'png']] as const) {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			site.content.getByRole('link', { name: `Download the chart “${c.title}” as ${format}` }).click(),
		]);
		expect(download.suggestedFilename()).toBe(`${c.id.replace(/^chart-/, '')}.${type}`);
		expect(await download.failure()).toBeNull();
	}
	// The address in the image leads to the chart itself.
	await site.goto(`/figures/#${c.id}`);
	await expect(page.locator(`figure#${c.id}`)).toBeInViewport();
});

test('a chart placed in a theme page has the same download links', async ({ page }) => {
	const t = themes().find((x) => /<Chart\b/.test(x.body));
	expect(t, 'some theme places a <Chart>').toBeDefined();
	const site = new SitePage(page);
	await site.goto(`/themes/${t!.id}/`);
	const figure = site.content.locator('figure.chart').first();
	const title = (await figure.locator('figcaption').innerText()).trim();
	for (const format of ['SVG', 'PNG']) await expect(figure.getByRole('link', { name: `Download the chart “${title}” as ${format}` })).toHaveAttribute('href', new RegExp(`/figures/charts/[a-z0-9-]+\\.${format.toLowerCase()}$`));
});
