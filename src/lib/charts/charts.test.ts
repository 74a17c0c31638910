import { describe, expect, it } from 'vitest';
import { buildCharts, figureText } from './charts';
import { comparisonRows } from '../panels/comparison';
import { wrap } from './og-image';

const fig = (id: string, value: number, unit: string, group: 'aid' | 'human-cost') => ({
	id,
	data: { value, display: String(value), unit, measures: id, year: '2020', group },
});

describe('charts', () => {
	it('charts figures together only when they share group and unit, largest first, scaled to the largest', () => {
		const charts = buildCharts([fig('a', 50, 'US dollars', 'aid'), fig('b', 100, 'US dollars', 'aid'), fig('c', 7, 'people', 'human-cost'), fig('d', 3, 'people', 'aid')]);
		expect(charts.map((c) => [c.group, c.unit, c.bars.map((b) => [b.id, b.fraction])])).toEqual([
			['aid', 'people', [['d', 1]]],
			['aid', 'US dollars', [['b', 1], ['a', 0.5]]],
			['human-cost', 'people', [['c', 1]]],
		]);
		expect(charts[1]!.id).toBe('chart-aid-us-dollars');
	});

	it('keeps the report’s qualifier with the value wherever a bar shows it', () => {
		const hedged = { id: 'h', data: { value: 145, display: '$145 billion', qualifier: 'nearly', unit: 'US dollars', measures: 'm', group: 'aid' as const } };
		expect(figureText(hedged.data)).toBe('nearly $145 billion');
		expect(figureText({ display: '71 percent' })).toBe('71 percent');
		const [chart] = buildCharts([hedged]);
		expect(chart!.bars[0]).toMatchObject({ display: 'nearly $145 billion', year: undefined });
	});
});

describe('scenario comparison', () => {
	it('has one row per aspect and one cell per scenario, saying so where the report is silent on India', () => {
		const s = (rank: number, india?: string) => ({
			data: { likelihood: `l${rank}`, likelihoodRank: rank, summary: `s${rank}`, implications: { pakistan: 'p', afghanElites: 'e', taliban: 't', borderCommunities: 'b', india } },
		});
		const withEvidence = { ...s(2), data: { ...s(2).data, implications: { ...s(2).data.implications, india: { text: 'x', reading: 'placed here', evidence: [{ page: 20, excerpt: 'e' }] } } } };
		const rows = comparisonRows([s(3, 'i'), s(1), withEvidence]);
		expect(rows.map((r) => r.label)).toEqual(['Likelihood', 'How it unfolds', 'For Pakistan', 'For Afghan elites', 'For the Taliban', 'For border communities', 'For India']);
		expect(rows[0]!.cells.map((c) => c.text)).toEqual(['l3 (rank 3 of 3)', 'l1 (rank 1 of 3)', 'l2 (rank 2 of 3)']);
		expect(rows.at(-1)!.cells).toEqual([
			{ text: 'i', evidence: [] },
			{ text: 'The report does not say.', evidence: [] },
			{ text: 'x', reading: 'placed here', evidence: [{ page: 20, excerpt: 'e' }] },
		]);
	});
});

describe('social image text', () => {
	it('wraps words to a width and ends a cut title with an ellipsis', () => {
		expect(wrap('Build momentum through confidence-building measures', 20, 3)).toEqual(['Build momentum', 'through', 'confidence-building…']);
		expect(wrap('Short title', 30, 3)).toEqual(['Short title']);
	});
});
