import { describe, expect, it } from 'vitest';
import { buildRelations, type EntryLike } from '../content/relations';
import { developmentsForRecommendation, newestForRecommendation, developmentsOn, evidenceOf, formatDate, formatRange, outletCounts, panelSelection, recommendationPanel, scenarioReading, sinceFacets, statusOf, statusesCiting } from './since';
import { editionStatus, developmentRecords } from './since-export';
import { wordCount } from '../report/excerpts';

const ref = (collection: string, id: string) => ({ collection, id });
const source = (outlet: string) => ({ outlet, title: 't', date: '2022-01-01', url: 'https://example.org/', excerpt: 'e' });
const dev = (id: string, date: string, refs: Record<string, ReturnType<typeof ref>[]>, outlets = ['Reuters']): EntryLike => ({
	collection: 'developments',
	id,
	data: { date, title: id, statement: `${id} happened.`, themes: [], scenarios: [], factors: [], recommendations: [], actors: [], ...refs, sources: outlets.map(source) },
});

// A complete outlook keeps the relations' cross-entry check satisfied.
const outlook = { scenarios: [{ scenario: ref('scenarios', 'civil-war') }, { scenario: ref('scenarios', 'takeover') }] };

function fixture(): EntryLike[] {
	return [
		{ collection: 'themes', id: 'trade', data: { code: 'T5', order: 5, title: 'Trade' } },
		{ collection: 'themes', id: 'security', data: { code: 'T2', order: 2, title: 'Security' } },
		{ collection: 'scenarios', id: 'civil-war', data: { code: 'S2', order: 2, likelihoodRank: 1, title: 'Civil war' } },
		{ collection: 'scenarios', id: 'takeover', data: { code: 'S3', order: 3, likelihoodRank: 2, title: 'Takeover' } },
		{ collection: 'actors', id: 'pakistan', data: { name: 'Pakistan' } },
		{ collection: 'actors', id: 'taliban', data: { name: 'Taliban' } },
		{ collection: 'recommendations', id: 'talks', data: { code: 'AP-01', order: 1, outlook } },
		{ collection: 'recommendations', id: 'border', data: { code: 'AP-07', order: 7, outlook } },
		dev('2023-b', '2023-03-01', { themes: [ref('themes', 'trade')], scenarios: [ref('scenarios', 'takeover')], actors: [ref('actors', 'pakistan')] }, ['Dawn', 'Reuters']),
		dev('2021-a', '2021-08-15', { themes: [ref('themes', 'security')], scenarios: [ref('scenarios', 'takeover')], actors: [ref('actors', 'taliban')] }),
		dev('2022-c', '2022-06', { recommendations: [ref('recommendations', 'talks')], scenarios: [ref('scenarios', 'civil-war')] }),
		{
			collection: 'statuses',
			id: 'talks',
			data: { recommendation: ref('recommendations', 'talks'), status: 'partly-pursued', reviewed: '2026-11-27', summary: 's', developments: [ref('developments', '2023-b')] },
		},
	];
}

const rel = () => buildRelations(fixture());
const entries = (r: ReturnType<typeof rel>, c: string) => [...r.entries.values()].filter((e) => e.collection === c);

describe('the since-publication layer', () => {
	it('lists the developments that name an entry, oldest first', () => {
		const r = rel();
		expect(developmentsOn(r, ref('scenarios', 'takeover')).map((d) => d.id)).toEqual(['2021-a', '2023-b']);
		expect(developmentsOn(r, ref('themes', 'trade')).map((d) => d.id)).toEqual(['2023-b']);
		expect(developmentsOn(r, ref('recommendations', 'border'))).toEqual([]);
	});

	it('finds a recommendation’s status and its evidence, and merges both into its panel', () => {
		const r = rel();
		const status = statusOf(r, ref('recommendations', 'talks'))!;
		expect(status.id).toBe('talks');
		expect(evidenceOf(r, status).map((d) => d.id)).toEqual(['2023-b']);
		expect(developmentsForRecommendation(r, ref('recommendations', 'talks')).map((d) => d.id)).toEqual(['2022-c', '2023-b']);
		expect(statusOf(r, ref('recommendations', 'border'))).toBeUndefined();
	});

	it('lists a recommendation’s evidence in full and counts the other developments that name it', () => {
		const r = rel();
		const talks = recommendationPanel(r, ref('recommendations', 'talks'));
		expect(talks.shown.map((d) => d.id)).toEqual(['2023-b']);
		expect([talks.others, talks.all]).toEqual([1, 2]);
		// Without a status, every development that names it is listed.
		const all = [...fixture().filter((e) => e.collection !== 'statuses'), dev('2024-d', '2024-01-01', { recommendations: [ref('recommendations', 'border')] })];
		const border = recommendationPanel(buildRelations(all), ref('recommendations', 'border'));
		expect([border.shown.map((d) => d.id), border.others, border.all]).toEqual([['2024-d'], 0, 1]);
	});

	it('says which recommendations’ statuses cite a development as evidence', () => {
		const r = rel();
		expect(statusesCiting(r, ref('developments', '2023-b')).map((c) => [c.status.id, c.recommendation.data.code])).toEqual([['talks', 'AP-01']]);
		// Naming a recommendation is not being cited for its status.
		expect(statusesCiting(r, ref('developments', '2022-c'))).toEqual([]);
	});

	it('rejects a second status for the same recommendation, naming both files', () => {
		const all = fixture();
		all.push({ collection: 'statuses', id: 'talks-2', filePath: 'content/statuses/talks-2.yaml', data: { recommendation: ref('recommendations', 'talks'), developments: [] } });
		expect(() => buildRelations(all)).toThrow(
			/content\/statuses\/talks-2\.yaml: field "recommendation" "talks" already has a status in talks/,
		);
	});

	it('finds a recommendation’s newest development among those that name it or its status cites', () => {
		const r = rel();
		// 2023-b is cited by the status without naming the recommendation; 2022-c names it.
		expect(newestForRecommendation(r, ref('recommendations', 'talks'))?.id).toBe('2023-b');
		expect(newestForRecommendation(r, ref('recommendations', 'border'))).toBeUndefined();
	});

	it('reads the scenario most developments are tagged to, with its first two as evidence', () => {
		const r = rel();
		const reading = scenarioReading(r, entries(r, 'scenarios'), entries(r, 'developments'))!;
		expect(reading.scenario.id).toBe('takeover');
		expect(reading.count).toBe(2);
		expect(reading.tagged).toBe(3);
		expect(reading.evidence.map((d) => d.id)).toEqual(['2021-a', '2023-b']);
		expect(scenarioReading(r, entries(r, 'scenarios'), [])).toBeUndefined();
	});

	it('counts the entries each outlet supports', () => {
		const r = rel();
		expect(outletCounts(entries(r, 'developments'))).toEqual([
			{ outlet: 'Reuters', entries: 3 },
			{ outlet: 'Dawn', entries: 1 },
		]);
	});

	it('offers theme, scenario, factor, recommendation and actor filters (the kinds table\'s order) for the values developments use', () => {
		const r = rel();
		const { facets, items } = sinceFacets(r, entries(r, 'developments'), {
			themes: entries(r, 'themes'),
			scenarios: entries(r, 'scenarios'),
			factors: [],
			actors: entries(r, 'actors'),
			recommendations: entries(r, 'recommendations'),
		});
		expect(facets.map((f) => [f.key, f.options.map((o) => o.value)])).toEqual([
			['theme', ['trade', 'security']],
			['scenario', ['civil-war', 'takeover']],
			['factor', []],
			['recommendation', ['talks']],
			['actor', ['pakistan', 'taliban']],
		]);
		// A recommendation's developments: those that name it (2022-c) and those its status cites (2023-b).
		expect(items.find((i) => i.id === '2023-b')!.values).toEqual({ theme: ['trade'], scenario: ['takeover'], factor: [], recommendation: ['talks'], actor: ['pakistan'] });
		expect(items.find((i) => i.id === '2022-c')!.values.recommendation).toEqual(['talks']);
		expect(items.find((i) => i.id === '2021-a')!.values.recommendation).toEqual([]);
	});

	it('shortens a long panel list to its first and last few, counting the rest', () => {
		const ten = Array.from({ length: 10 }, (_, i) => i);
		expect(panelSelection(ten, 6)).toEqual({ head: [0, 1, 2], omitted: 4, tail: [7, 8, 9] });
		expect(panelSelection(ten.slice(0, 6), 6)).toEqual({ head: [0, 1, 2, 3, 4, 5], omitted: 0, tail: [] });
		expect(panelSelection(ten, 5)).toEqual({ head: [0, 1, 2], omitted: 5, tail: [8, 9] });
	});

	it('formats full dates, months and ranges', () => {
		expect(formatDate('2021-08-15')).toBe('15 August 2021');
		expect(formatDate('2022-06')).toBe('June 2022');
		expect(formatRange('2025-10-09', '2025-10-15')).toBe('9 October 2025 – 15 October 2025');
		expect(formatRange('2025-10-09')).toBe('9 October 2025');
	});

	it('counts excerpt words as the wording check does', () => {
		expect(wordCount('U.N. Secretary-General')).toBe(4);
		expect(wordCount('  the Taliban’s  plan ')).toBe(3);
	});
});

describe('the edition’s layer in the data files', () => {
	it('marks a recommendation’s status as the edition’s, with its evidence ids', () => {
		const r = rel();
		expect(editionStatus(r, ref('recommendations', 'talks'))).toMatchObject({
			source: 'edition',
			status: 'partly-pursued',
			statusLabel: 'Partly pursued',
			reviewed: '2026-11-27',
			evidence: ['2023-b'],
		});
		expect(editionStatus(r, ref('recommendations', 'border'))).toMatchObject({ source: 'edition', status: null, evidence: [] });
	});

	it('exports each development with its place on /since/, its references as ids and its sources', () => {
		const r = rel();
		const [first] = developmentRecords(r, entries(r, 'developments').filter((d) => d.id === '2023-b'), new URL('https://example.org'), '/sub/');
		expect(first).toMatchObject({
			id: '2023-b',
			source: 'edition',
			url: 'https://example.org/sub/since/2023-b/',
			themes: ['trade'],
			scenarios: ['takeover'],
			actors: ['pakistan'],
		});
		expect(first!.sources.map((s) => s.outlet)).toEqual(['Dawn', 'Reuters']);
	});
});
