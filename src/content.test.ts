/**
 * The content against the report's own structure and across entries: what the schema, which sees
 * one entry at a time, cannot know. (Field types, required fields, references that must exist and
 * an outlook for every scenario are the schema's and the build's checks, with their own bad-input
 * tests; they are not repeated here.) The report makes twelve recommendations to Afghanistan and
 * Pakistan and four to the United States and other third parties; the last of each list has its
 * own sub-measures (four confidence-building measures, five spoilers); it ranks a prolonged civil
 * war the most likely scenario, a Taliban takeover next and a negotiated settlement the least likely.
 */
import { describe, expect, it } from 'vitest';
import { actors, collection, factors, recommendations, scenarios, themes } from '../e2e/support/content';
import { PART_LINES, formatRange, partPages, rangeWithin, type PageRange, type ReportPart } from './lib/report/report-pages';
import { pagesOfLineRanges } from './lib/report/entry-pages';
import { actorFacetValues } from './lib/panels/actor-tree';

interface Rec {
	code: string;
	order: number;
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

	it('never names an actor both as one who must act and as one who is involved', () => {
		for (const r of recs) expect(r.mustAct.map((m) => m.actor).filter((a) => (r.involved ?? []).includes(a)), r.code).toEqual([]);
	});

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
	// Since issue 24 the ISI must act in no recommendation (AP-09 names both sides, 'could'); it still nests.
	it('a filter by Pakistan finds what its military (and the ISI, where it acts) must do, and the ISI is part of both', () => {
		const ofIsi = recs.filter((r) => r.mustAct.some((m) => m.actor === 'inter-services-intelligence')).map((r) => r.code);
		const ofMilitary = recs.filter((r) => r.mustAct.some((m) => m.actor === 'pakistani-military')).map((r) => r.code);
		expect(ofMilitary.length).toBeGreaterThan(0);
		expect(mustActFor('pakistani-military')).toEqual(expect.arrayContaining([...ofIsi, ...ofMilitary]));
		expect(mustActFor('pakistan')).toEqual(expect.arrayContaining([...ofIsi, ...ofMilitary]));
		expect(actorFacetValues(all, ['inter-services-intelligence'])).toEqual(expect.arrayContaining(['inter-services-intelligence', 'pakistani-military', 'pakistan']));
	});
});

describe('the analysis collections', () => {
	it('hold the report’s five themes, three scenarios and two complicating factors, coded in order', () => {
		expect(themes().map((t) => t.data.code)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
		expect(scenarios().map((s) => s.data.code)).toEqual(['S1', 'S2', 'S3']);
		expect(factors().map((f) => f.data.code)).toEqual(['F1', 'F2']);
	});
});

describe('report pages: each entry gives the pages of the report lines it restates', () => {
	type Lines = Array<[number, number]>;
	const parts: Array<[ReportPart, Array<{ id: string; data: Record<string, unknown> }>]> = [
		['themes', themes()],
		['scenarios', scenarios()],
		['factors', factors()],
		['recommendations', recommendations()],
		['history', collection('eras')],
	];
	for (const [part, entries] of parts) {
		const [first, last] = PART_LINES[part];
		for (const e of entries) {
			it(`${part}/${e.id}: its own passage lies in the report’s ${part}, and its pages are its lines’ pages`, () => {
				const lines = e.data.lines as Lines;
				// One range is the entry's own passage; the others are what it restates from elsewhere.
				expect(lines.some(([a, b]) => a >= first && b <= last), JSON.stringify(lines)).toBe(true);
				expect(e.data.pages).toEqual(pagesOfLineRanges(lines));
				for (const m of (e.data.measures ?? []) as Array<{ id: string; pages?: PageRange; lines?: Lines }>) {
					if (!m.lines) continue;
					expect(m.pages, `${e.id}#${m.id}`).toEqual(pagesOfLineRanges(m.lines));
					expect(rangeWithin(m.pages!, e.data.pages as PageRange), `${e.id}#${m.id}`).toBe(true);
				}
			});
		}
	}
	const narrative: ReportPart[] = ['summary', 'introduction', 'conclusion'];
	for (const part of narrative) {
		it(`the ${part} page restates the report’s ${part}: ${formatRange(partPages(part))}`, () => {
			const data = collection('pages').find((d) => d.id === part)!.data;
			expect(data.lines).toEqual([[PART_LINES[part][0], part === 'summary' ? 31 : PART_LINES[part][1]]]);
			expect(data.pages).toEqual(pagesOfLineRanges(data.lines as Lines));
		});
	}
	it('the history page restates the sidebar and every line its eras restate', () => {
		const data = collection('pages').find((d) => d.id === 'history')!.data;
		const covers = (line: number) => (data.lines as Lines).some(([a, b]) => line >= a && line <= b);
		expect(covers(PART_LINES.history[0]) && covers(PART_LINES.history[1])).toBe(true);
		for (const era of collection('eras')) for (const [a, b] of era.data.lines as Lines) expect(covers(a) && covers(b), `${era.id} ${a}-${b}`).toBe(true);
		expect(data.pages).toEqual(pagesOfLineRanges(data.lines as Lines));
	});
});

describe('across entries', () => {
	it('gives each entry of a kind its own place in the reading order, following its code', () => {
		for (const list of [themes(), scenarios(), factors(), recommendations()]) {
			const orders = list.map((e) => e.data.order as number);
			expect(new Set(orders).size, list[0]!.file).toBe(orders.length);
			// `collection()` sorts by order: the codes then come in the report's order (AP before TP, then by number).
			const codes = list.map((e) => e.data.code as string);
			const rank = (c: string) => (c.startsWith('TP') ? 1000 : 0) + Number(c.match(/\d+/)![0]);
			expect(codes).toEqual([...codes].sort((a, b) => rank(a) - rank(b)));
		}
	});

	it('ranks the scenarios as the report does: civil war, then a Taliban takeover, then a negotiated settlement', () => {
		const byRank = [...scenarios()].sort((a, b) => a.data.likelihoodRank - b.data.likelihoodRank);
		expect(byRank.map((s) => s.data.likelihoodRank)).toEqual([1, 2, 3]);
		expect(byRank.map((s) => s.id)).toEqual(['civil-war', 'taliban-takeover', 'negotiated-settlement']);
	});

	it('has every theme addressed by some recommendation', () => {
		const addressed = new Set(recs.flatMap((r) => r.themes));
		expect(themes().map((t) => t.id).filter((id) => !addressed.has(id))).toEqual([]);
	});

	it('gives sub-measures anchors that are unique within their recommendation', () => {
		for (const r of recs) {
			const ids = (r.measures ?? []).map((m) => m.id);
			expect(new Set(ids).size, r.code).toBe(ids.length);
		}
	});
});
