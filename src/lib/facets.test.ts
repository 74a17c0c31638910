import { describe, expect, it } from 'vitest';
import { countOptions, matches, parseQuery, toQuery, type Facet, type FacetItem } from './facets';

const facets: Facet[] = [
	{ key: 'audience', label: 'Audience', options: [{ value: 'ap', label: 'AP' }, { value: 'tp', label: 'TP' }] },
	{ key: 'theme', label: 'Theme', options: [{ value: 'trade', label: 'Trade' }, { value: 'security', label: 'Security' }] },
];
const items: FacetItem[] = [
	{ id: 'a', values: { audience: ['ap'], theme: ['trade'] }, text: 'ap-01 open the border to trade' },
	{ id: 'b', values: { audience: ['ap'], theme: ['security'] }, text: 'ap-02 share intelligence' },
	{ id: 'c', values: { audience: ['tp'], theme: ['trade', 'security'] }, text: 'tp-01 press for dialogue on trade' },
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
