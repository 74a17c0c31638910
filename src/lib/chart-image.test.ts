import { describe, expect, it } from 'vitest';
import { chartImageSvg, chartSourceLine, wrap } from './chart-image';
import type { Chart } from './charts';

const chart: Chart = {
	id: 'chart-aid-us-dollars',
	group: 'aid',
	title: 'Aid and its scale: US dollars',
	unit: 'US dollars',
	bars: [
		{ id: 'a', label: 'US aid to Pakistan & more', display: '$33 billion', year: '2002-2020', value: 33, fraction: 1 },
		{ id: 'b', label: 'Indian aid', display: '$3 billion', year: '2001-2020', value: 3, fraction: 3 / 33 },
	],
};

describe('chart images', () => {
	it('wrap long lines at spaces', () => {
		expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
	});
	it('name the report and the pages and endnotes that give the figures', () => {
		expect(chartSourceLine({ pages: [8, 12], endnotes: [4] })).toBe(
			'Source: Threlkeld and Easterly, Afghanistan-Pakistan Ties and Future Stability in Afghanistan, Peaceworks No. 175 (USIP, 2021), pp. 8, 12; endnote 4.',
		);
		expect(chartSourceLine({ pages: [], endnotes: [] })).toMatch(/\(USIP, 2021\)\.$/);
	});
	it('draw the title, every bar, the source and the URL into one escaped SVG document', () => {
		const svg = chartImageSvg(chart, { source: { pages: [8], endnotes: [] }, url: 'https://example.org/figures/#chart-aid-us-dollars' });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain('>Aid and its scale: US dollars</text>');
		expect(svg).toContain('US aid to Pakistan &amp; more (2002-2020)');
		expect(svg).toContain('>$3 billion</text>');
		expect(svg).toContain('(USIP, 2021), p. 8.</text>');
		expect(svg).toContain('>Source: Threlkeld and Easterly, Afghanistan-Pakistan Ties and Future Stability in Afghanistan,</text>');
		expect(svg).toContain('>Peaceworks No. 175 (USIP, 2021), p. 8.</text>');
		expect(svg).toContain('>https://example.org/figures/#chart-aid-us-dollars</text>');
		expect(svg.match(/<rect [^>]*fill="#2b5f9e"/g)).toHaveLength(2);
	});
});
