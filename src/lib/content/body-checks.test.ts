import { describe, expect, it } from 'vitest';
import { eraHeadingProblems, figureRefProblems, measureAnchorProblems, type FigureLike } from './body-checks';

const FILE = 'content/themes/trade.mdx';
const figures = new Map<string, FigureLike>([
	['refugees-2021', { group: 'displacement', unit: 'people' }],
	['trade-2011', { group: 'trade', unit: 'usd' }],
]);

describe('figureRefProblems', () => {
	it('accepts a <Fig> of a known figure and a <Chart> of a group (and unit) some figure has', () => {
		expect(
			figureRefProblems(FILE, [{ component: 'Fig', id: 'trade-2011' }, { component: 'Chart', group: 'displacement', unit: undefined }, { component: 'Chart', group: 'trade', unit: 'usd' }], figures),
		).toEqual([]);
	});
	it('names the file, the component and the id of an unknown figure, or the missing attribute', () => {
		expect(figureRefProblems(FILE, [{ component: 'Fig', id: 'no-such' }, { component: 'Fig', id: undefined }], figures)).toEqual([
			`${FILE}: <Fig id="no-such">: unknown figure id "no-such" (no content/figures/no-such.yaml)`,
			`${FILE}: <Fig> needs an id="..." attribute naming a file in content/figures/`,
		]);
	});
	it('names a <Chart> whose group, or group and unit, no figure has, or that has no group', () => {
		expect(
			figureRefProblems(FILE, [{ component: 'Chart', group: 'weather', unit: undefined }, { component: 'Chart', group: 'trade', unit: 'people' }, { component: 'Chart', group: undefined, unit: undefined }], figures),
		).toEqual([
			`${FILE}: <Chart group="weather">: no figure in content/figures/ has group "weather"`,
			`${FILE}: <Chart group="trade" unit="people">: no figure in content/figures/ has group "trade" and unit "people"`,
			`${FILE}: <Chart> needs a group="..." attribute naming the group of some figures in content/figures/`,
		]);
	});
});

describe('measureAnchorProblems', () => {
	const measures = [
		{ id: 'trade', title: 'Trade' },
		{ id: 'visas', title: 'Visas for traders' },
	];
	it('accepts measures that each have a heading with their id', () => {
		expect(measureAnchorProblems('r.mdx', measures, [{ slug: 'trade' }, { slug: 'visas' }, { slug: 'other' }])).toEqual([]);
	});
	it('names every measure without its heading, and the heading to write', () => {
		expect(measureAnchorProblems('r.mdx', measures, [{ slug: 'trade-routes' }])).toEqual([
			'r.mdx: field "measures": no heading with anchor "#trade", "#visas" in the body; add a heading whose text slugs to the id (e.g. "## Trade")',
		]);
	});
});

describe('eraHeadingProblems', () => {
	it('accepts an era body without headings and names the headings of one that has them', () => {
		expect(eraHeadingProblems('e.mdx', [])).toEqual([]);
		expect(eraHeadingProblems('e.mdx', [{ text: 'A' }, { text: 'B' }])).toEqual([
			'e.mdx: the body has headings ("A", "B"); era bodies are shown inside the history timeline and must not have any',
		]);
	});
});
