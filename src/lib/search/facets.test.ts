import { describe, expect, it } from 'vitest';
import { codeList, countOptions, describeFilters, exportFileName, matches, parseQuery, rankByText, textScore, toQuery, type Facet, type FacetItem } from './facets';
import { normaliseText } from './normalise';

const facets: Facet[] = [
	{ key: 'audience', label: 'Audience', options: [{ value: 'ap', label: 'AP' }, { value: 'tp', label: 'TP' }] },
	{ key: 'theme', label: 'Theme', options: [{ value: 'trade', label: 'Trade' }, { value: 'security', label: 'Security' }] },
];
const items: FacetItem[] = [
	{ id: 'a', values: { audience: ['ap'], theme: ['trade'] }, text: normaliseText('AP-01 Open the border to trade') },
	{ id: 'b', values: { audience: ['ap'], theme: ['security'] }, text: normaliseText('AP-02 Share intelligence') },
	{ id: 'c', values: { audience: ['tp'], theme: ['trade', 'security'] }, text: normaliseText('TP-01 Press for dialogue on trading') },
];
const ids = (state: Parameters<typeof matches>[1]) => items.filter((i) => matches(i, state)).map((i) => i.id);

describe('facet filtering', () => {
	it('ORs values within a facet and ANDs across facets', () => {
		expect(ids({ q: '', selected: { theme: ['trade', 'security'] } })).toEqual(['a', 'b', 'c']);
		expect(ids({ q: '', selected: { theme: ['trade'], audience: ['ap'] } })).toEqual(['a']);
	});

	it('matches every word of the text filter, in any case', () => {
		expect(ids({ q: 'Trade', selected: {} })).toEqual(['a', 'c']);
		expect(ids({ q: 'trade border', selected: {} })).toEqual(['a']);
		expect(ids({ q: 'AP-02', selected: {} })).toEqual(['b']);
	});

	it('matches stems: plurals and endings meet their word', () => {
		expect(ids({ q: 'borders', selected: {} })).toEqual(['a']);
		expect(ids({ q: 'trades', selected: {} })).toEqual(['a', 'c']);
		expect(ids({ q: 'intelligent', selected: {} })).toEqual([]);
	});

	it('names the download after the filters', () => {
		expect(exportFileName({ q: '', selected: {} }, facets, 'csv')).toBe('recommendations-all.csv');
		expect(exportFileName({ q: ' Durand Line ', selected: { theme: ['trade', 'security'] } }, facets, 'json')).toBe(
			'recommendations-q-durand-line_theme-trade+security.json',
		);
	});

	it('counts each option as if it were chosen with the other facets as they are', () => {
		const counts = countOptions(items, { q: '', selected: { audience: ['ap'] } }, facets);
		expect(counts.theme).toEqual({ trade: 1, security: 1 });
		// The audience facet ignores its own selection, so both of its options keep their totals.
		expect(counts.audience).toEqual({ ap: 2, tp: 1 });
	});

	it('round-trips the state through the URL query, dropping unknown values', () => {
		const state = { q: 'border', selected: { audience: ['tp'], theme: ['trade', 'security'] } };
		const query = toQuery(state, facets);
		expect(query).toBe('?q=border&audience=tp&theme=trade&theme=security');
		expect(parseQuery(query, facets)).toEqual(state);
		expect(parseQuery('?theme=nope&audience=ap', facets)).toEqual({ q: '', selected: { audience: ['ap'] } });
		expect(toQuery({ q: ' ', selected: {} }, facets)).toBe('');
	});
});

describe('describeFilters: a view’s filters in words, for print', () => {
	it('names the words and each facet’s choices by their labels', () => {
		expect(describeFilters({ q: ' border ', selected: { theme: ['trade', 'security'], audience: ['tp'] } }, facets)).toBe('Words: “border”; Audience: TP; Theme: Trade or Security');
		expect(describeFilters({ q: '', selected: {} }, facets)).toBe('No filters');
	});
});

describe('the text filter over body text, ranked, and lists of codes', () => {
	const recs: FacetItem[] = [
		{ id: 'ap-06', code: 'AP-06', values: {}, text: normaliseText('AP-06 Focus on bilateral topics'), body: normaliseText('climate and refugees') },
		{ id: 'ap-07', code: 'AP-07', values: {}, text: normaliseText('AP-07 Explore border management options'), body: normaliseText('the Durand Line border fence') },
		{ id: 'tp-04', code: 'TP-04', values: {}, text: normaliseText('TP-04 Anticipate and mitigate spoilers'), body: normaliseText('talks over border management are under way') },
		{ id: 'ap-12', code: 'AP-12', values: {}, text: normaliseText('AP-12 Build momentum'), body: normaliseText('trade and travel') },
	];
	it('finds a word in the body as well as in the title and summary', () => {
		expect(recs.filter((r) => matches(r, { q: 'border', selected: {} })).map((r) => r.id)).toEqual(['ap-07', 'tp-04']);
		expect(textScore(recs[2]!, 'borders')).toBeGreaterThan(0);
	});
	it('ranks a match in the title or summary above one in the body only', () => {
		expect(textScore(recs[1]!, 'border')).toBeGreaterThan(textScore(recs[2]!, 'border'));
		expect(rankByText([recs[2]!, recs[0]!, recs[1]!], 'border')).toEqual(['ap-07', 'tp-04', 'ap-06']);
		expect(rankByText(recs, '')).toEqual(recs.map((r) => r.id));
	});
	it('reads a list of codes however typed, and matches exactly those items', () => {
		expect(codeList('AP-06 AP-07 AP-12')).toEqual(['AP-6', 'AP-7', 'AP-12']);
		expect(codeList('ap6, ap 7 and TP-4')).toEqual(['AP-6', 'AP-7', 'TP-4']);
		expect(codeList('border')).toBeUndefined();
		expect(codeList('AP-07 border')).toBeUndefined();
		expect(recs.filter((r) => matches(r, { q: 'AP-06 AP-07 AP-12', selected: {} })).map((r) => r.id)).toEqual(['ap-06', 'ap-07', 'ap-12']);
		expect(recs.filter((r) => matches(r, { q: 'ap7', selected: {} })).map((r) => r.id)).toEqual(['ap-07']);
	});
});
