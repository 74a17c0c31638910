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
import { actorFacetValues } from './lib/actor-tree';

interface Rec {
	code: string;
	audience: string;
	mustAct: Array<{ actor: string; evidence: unknown[] }>;
	involved: string[];
	themes: string[];
	measures?: Array<{ id: string; title: string }>;
	outlook: {
		scenarios: Array<{ scenario: string; status: string; evidence?: unknown[] }>;
		stability: { status: string; evidence?: unknown[] };
		instability: { status: string; evidence?: unknown[] };
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
		it(`${r.code} names at least one theme and one actor who must act (with the report's words), all of which exist`, () => {
			expect(r.themes.length).toBeGreaterThan(0);
			expect(r.mustAct.length).toBeGreaterThan(0);
			expect(r.mustAct.filter((m) => m.evidence.length === 0)).toEqual([]);
			expect(r.themes.filter((t) => !themeIds.has(t))).toEqual([]);
			expect([...r.mustAct.map((m) => m.actor), ...(r.involved ?? [])].filter((a) => !actorIds.has(a))).toEqual([]);
			// An actor is either one who must act or one who is involved, never both.
			expect(r.mustAct.map((m) => m.actor).filter((a) => (r.involved ?? []).includes(a))).toEqual([]);
		});

		it(`${r.code} states an outlook under every scenario and under stability and instability`, () => {
			expect(r.outlook.scenarios.map((o) => o.scenario).sort()).toEqual(scenarioIds);
			for (const o of [...r.outlook.scenarios, r.outlook.stability, r.outlook.instability]) {
				expect(OUTLOOK_STATUSES).toContain(o.status);
				// No statement says more than its evidence: every status but "unstated" cites the report.
				if (o.status !== 'unstated') expect(o.evidence?.length ?? 0).toBeGreaterThan(0);
			}
		});
	}

	it('gives AP-12 its four confidence-building measures and TP-04 its five spoilers', () => {
		const measures = (code: string) => recs.find((r) => r.code === code)!.measures!.map((m) => m.title);
		expect(measures('AP-12')).toEqual(['Trade', 'Investment', 'People-to-people exchanges', 'Military and security exercises']);
		expect(measures('TP-04')).toHaveLength(5);
	});
});

describe('actors nest', () => {
	const all = actors().map((a) => ({ id: a.id, data: { partOf: a.data.partOf ? { id: String(a.data.partOf) } : undefined } }));
	const mustActFor = (whole: string) =>
		recs.filter((r) => actorFacetValues(all, r.mustAct.map((m) => m.actor)).includes(whole)).map((r) => r.code);
	it('a filter by Pakistan finds what its military and the ISI must do, and the military finds the ISI’s', () => {
		const ofIsi = recs.filter((r) => r.mustAct.some((m) => m.actor === 'inter-services-intelligence')).map((r) => r.code);
		const ofMilitary = recs.filter((r) => r.mustAct.some((m) => m.actor === 'pakistani-military')).map((r) => r.code);
		expect(ofIsi.length).toBeGreaterThan(0);
		expect(mustActFor('pakistani-military')).toEqual(expect.arrayContaining([...ofIsi, ...ofMilitary]));
		expect(mustActFor('pakistan')).toEqual(expect.arrayContaining([...ofIsi, ...ofMilitary]));
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
