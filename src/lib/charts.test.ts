import { describe, expect, it } from 'vitest';
import { buildCharts } from './charts';
import { comparisonRows } from './comparison';
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
});

describe('scenario comparison', () => {
	it('has one row per aspect and one cell per scenario, saying so where the report is silent on India', () => {
		const s = (rank: number, india?: string) => ({
			data: { likelihood: `l${rank}`, likelihoodRank: rank, summary: `s${rank}`, implications: { pakistan: 'p', afghanElites: 'e', taliban: 't', borderCommunities: 'b', india } },
		});
		const rows = comparisonRows([s(3, 'i'), s(1)]);
		expect(rows.map((r) => r.label)).toEqual(['Likelihood', 'How it unfolds', 'For Pakistan', 'For Afghan elites', 'For the Taliban', 'For border communities', 'For India']);
		expect(rows[0]!.cells).toEqual(['l3 (rank 3 of 2)', 'l1 (rank 1 of 2)']);
		expect(rows.at(-1)!.cells).toEqual(['i', 'The report does not say.']);
	});
});

describe('social image text', () => {
	it('wraps words to a width and ends a cut title with an ellipsis', () => {
		expect(wrap('Build momentum through confidence-building measures', 20, 3)).toEqual(['Build momentum', 'through', 'confidence-building…']);
		expect(wrap('Short title', 30, 3)).toEqual(['Short title']);
	});
});
