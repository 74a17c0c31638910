/**
 * The content against the report's own structure: what the schema cannot know. The report makes
 * twelve recommendations to Afghanistan and Pakistan and four to the United States and other third
 * parties; the last of each list has its own sub-measures (four confidence-building measures, five
 * spoilers). Everything else is checked against the other collections, not hard-coded.
 */
import { describe, expect, it } from 'vitest';
import { actors, collection, factors, recommendations, scenarios, themes } from '../e2e/support/content';
import { formatRange, partPages, rangeWithin, type PageRange, type ReportPart } from './lib/report-pages';
import { OUTLOOK_STATUSES } from './lib/model';

interface Rec {
	code: string;
	audience: string;
	actors: string[];
	themes: string[];
	measures?: Array<{ id: string; title: string }>;
	outlook: {
		scenarios: Array<{ scenario: string; status: string }>;
		stability: { status: string };
		instability: { status: string };
	};
}

const recs = recommendations().map((r) => ({ id: r.id, ...(r.data as Rec) }));

describe('the recommendations collection', () => {
	it('holds the report’s sixteen: AP-01..AP-12 for Afghanistan and Pakistan, TP-01..TP-04 for third parties', () => {
		const codes = (audience: string) => recs.filter((r) => r.audience === audience).map((r) => r.code);
		expect(recs).toHaveLength(16);
		expect(codes('afghanistan-pakistan')).toEqual(Array.from({ length: 12 }, (_, i) => `AP-${String(i + 1).padStart(2, '0')}`));
		expect(codes('third-parties')).toEqual(['TP-01', 'TP-02', 'TP-03', 'TP-04']);
	});

	const themeIds = new Set(themes().map((t) => t.id));
	const actorIds = new Set(actors().map((a) => a.id));
	const scenarioIds = scenarios().map((s) => s.id).sort();

	for (const r of recs) {
		it(`${r.code} names at least one theme and one actor, all of which exist`, () => {
			expect(r.themes.length).toBeGreaterThan(0);
			expect(r.actors.length).toBeGreaterThan(0);
			expect(r.themes.filter((t) => !themeIds.has(t))).toEqual([]);
			expect(r.actors.filter((a) => !actorIds.has(a))).toEqual([]);
		});

		it(`${r.code} states an outlook under every scenario and under stability and instability`, () => {
			expect(r.outlook.scenarios.map((o) => o.scenario).sort()).toEqual(scenarioIds);
			for (const status of [...r.outlook.scenarios.map((o) => o.status), r.outlook.stability.status, r.outlook.instability.status])
				expect(OUTLOOK_STATUSES).toContain(status);
		});
	}

	it('gives AP-12 its four confidence-building measures and TP-04 its five spoilers', () => {
		const measures = (code: string) => recs.find((r) => r.code === code)!.measures!.map((m) => m.title);
		expect(measures('AP-12')).toEqual(['Trade', 'Investment', 'People-to-people exchanges', 'Military and security exercises']);
		expect(measures('TP-04')).toHaveLength(5);
	});
});

describe('the analysis collections', () => {
	it('hold the report’s five themes, three scenarios and two complicating factors, coded in order', () => {
		expect(themes().map((t) => t.data.code)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
		expect(scenarios().map((s) => s.data.code)).toEqual(['S1', 'S2', 'S3']);
		expect(factors().map((f) => f.data.code)).toEqual(['F1', 'F2']);
	});
});

describe('report pages: each entry restates pages its part of the report is certainly on', () => {
	const parts: Array<[ReportPart, Array<{ id: string; data: Record<string, unknown> }>]> = [
		['themes', themes()],
		['scenarios', scenarios()],
		['factors', factors()],
		['recommendations', recommendations()],
		['history', collection('eras')],
	];
	// An era restates the history sidebar and the history the thematic chapters tell: both parts.
	const span = (part: ReportPart): PageRange => (part === 'history' ? { from: partPages('history').from, to: partPages('themes').to } : partPages(part));
	for (const [part, entries] of parts) {
		const outer = span(part);
		for (const e of entries) {
			it(`${part}/${e.id} gives pages within ${formatRange(outer)}`, () => {
				const pages = e.data.pages as PageRange;
				expect(rangeWithin(pages, outer), JSON.stringify(pages)).toBe(true);
				for (const m of (e.data.measures ?? []) as Array<{ id: string; pages?: PageRange }>) {
					if (m.pages) expect(rangeWithin(m.pages, pages), `${e.id}#${m.id}`).toBe(true);
				}
			});
		}
	}
	const narrative: Array<[string, ReportPart]> = [
		['summary', 'summary'],
		['introduction', 'introduction'],
		['history', 'history'],
		['conclusion', 'conclusion'],
	];
	for (const [id, part] of narrative) {
		it(`the ${id} page gives the pages of the report’s ${part}`, () => {
			expect(collection('pages').find((d) => d.id === id)?.data.pages).toEqual(span(part));
		});
	}
});
