import { describe, expect, it } from 'vitest';
import { countOptions, exportFileName, matches, parseQuery, toQuery, type Facet, type FacetItem } from './facets';
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
