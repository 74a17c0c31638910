import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { buildCharts } from './charts';
import { chartSource, chartSvg, evidencePages, figurePlace } from './chart-svg';

const chart = buildCharts([
	{ id: 'a', data: { value: 30, display: '30 <percent> & more', unit: 'percent', measures: 'Share “quoted” of A', year: '2019', group: 'aid' } },
	{ id: 'b', data: { value: 60, display: '60 percent', unit: 'percent', measures: 'Share of B', year: '2020', group: 'aid' } },
])[0]!;

describe('chart files', () => {
	it('gives a figure’s place by page range, page or section, with its endnote', () => {
		expect(figurePlace({ section: 'Trade', pages: '10-11', endnote: 4 })).toBe('pp. 10–11, endnote 4');
		expect(figurePlace({ section: 'Trade', pages: '10' })).toBe('p. 10');
		expect(figurePlace({ section: 'Trade', endnote: 51 })).toBe('section “Trade”, endnote 51');
	});

	it('spans the pages a figure’s evidence cites, single pages and ranges alike', () => {
		expect(evidencePages(undefined)).toBeUndefined();
		expect(evidencePages([])).toBeUndefined();
		expect(evidencePages([{ page: 12 }])).toBe('12');
		expect(evidencePages([{ page: 12 }, { page: { from: 9, to: 10 } }])).toBe('9-12');
		expect(evidencePages([{ page: { from: 7 } }])).toBe('7');
	});

	it('leaves out a year the report does not give', () => {
		const [c] = buildCharts([{ id: 'n', data: { value: 1, display: '1', unit: 'u', measures: 'No year', year: '', group: 'aid' } }]);
		const svg = chartSvg(c!, { source: 'S.', url: 'https://x.test/' });
		expect(svg).toContain('>No year</text>');
		expect(svg).not.toMatch(/No year \(/);
	});

	it('names the report and each distinct place once in the source line', () => {
		const s = chartSource([{ section: 'Trade', pages: '10' }, { section: 'Trade', pages: '10' }, { section: 'Aid', pages: '12', endnote: 3 }]);
		expect(s).toMatch(/^Source: Elizabeth Threlkeld and Grace Easterly, Afghanistan-Pakistan Ties and Future Stability in Afghanistan, United States Institute of Peace, Peaceworks No\. 175 \(August 2021\): p\. 10; p\. 12, endnote 3\.$/);
	});

	it('draws the title, every bar, the source and the URL into well-formed SVG', async () => {
		const url = 'https://example.org/sub/figures/#chart-aid-percent';
		const svg = chartSvg(chart, { source: 'Source: the report, p. 10.', url });
		// librsvg (through sharp) parses strict XML: a malformed file is rejected, a good one has its size.
		await expect(sharp(Buffer.from(svg.replace('</title>', ''))).metadata()).rejects.toThrow();
		expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg', width: 800 });
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts[0]).toBe('Aid and its scale: percent');
		expect(texts).toContain('30 &lt;percent&gt; &amp; more');
		expect(texts).toContain('Share “quoted” of A (2019)');
		expect(texts).toContain('Source: the report, p. 10.');
		expect(texts.at(-1)).toBe(`Chart from the online edition: ${url}`);
		expect(svg).toMatch(/<title id="title">Aid and its scale: percent<\/title>/);
		expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="\d+"/);
	});

	it('wraps a long bar label onto a second line instead of cutting it or running off the image', () => {
		const [long] = buildCharts([{ id: 'l', data: { value: 1, display: '1', unit: 'u', measures: `${'label '.repeat(25)}end`, year: '2001', group: 'aid' } }]);
		const svg = chartSvg(long!, { source: 'S.', url: 'https://x.test/' });
		const lines = [...svg.matchAll(/<text[^>]*>(label[^<]*)<\/text>/g)].map((m) => m[1]!);
		expect(lines).toHaveLength(2);
		expect(lines.join(' ')).toBe(`${'label '.repeat(25)}end (2001)`);
	});

	it('puts a long address on a line of its own, whole', () => {
		const url = `https://example.org/${'long-base-path/'.repeat(5)}figures/#chart-aid-percent`;
		const texts = [...chartSvg(chart, { source: 'S.', url }).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts.slice(-2)).toEqual(['Chart from the online edition:', url]);
	});

	it('wraps a long source line instead of running off the image', () => {
		const long = `Source: ${'word '.repeat(60)}end.`;
		const svg = chartSvg(chart, { source: long, url: 'https://x.test/' });
		const lines = [...svg.matchAll(/<text[^>]*>(word[^<]*|Source:[^<]*)<\/text>/g)].map((m) => m[1]!);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(111);
		expect(lines.join(' ')).toBe(long);
	});
});
