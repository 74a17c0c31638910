import { describe, expect, it } from 'vitest';
import { bestSubResults, landingUrl, normaliseCode, prepareQuery, resultTitle, type SearchContext } from './search-query';
import { buildVocabulary } from './vocabulary';

const context: SearchContext = {
	vocabulary: buildVocabulary(['Pakistan and the Durand Line; refugees and the de facto border.']),
	codes: ['AP-07', 'AP-12', 'TP-04', 'T1', 'S2'],
	nearest: [{ form: 'CPEC', label: 'Belt and Road Initiative', href: '/glossary/#term-belt-and-road-initiative' }],
};

describe('preparing a search query', () => {
	it('reads a code however it is typed', () => {
		for (const typed of ['ap7', 'AP-07', 'ap 07', 'ap-7', ' AP07 ']) expect(normaliseCode(typed, context.codes)).toBe('AP-07');
		expect(normaliseCode('tp4', context.codes)).toBe('TP-04');
		expect(normaliseCode('t1', context.codes)).toBe('T1');
		expect(normaliseCode('ap 99', context.codes)).toBeUndefined();
		expect(normaliseCode('trade', context.codes)).toBeUndefined();
		expect(prepareQuery('ap 07', context).query).toBe('AP-07');
	});

	it('leaves out whole words of five letters or more that no page uses, and offers the closest', () => {
		const p = prepareQuery('Pakistn', context);
		expect(p).toMatchObject({ query: '', unknown: ['Pakistn'], suggestions: ['pakistan'] });
		expect(prepareQuery('deportation border', context)).toMatchObject({ query: 'border', unknown: ['deportation'] });
		// Short words and acronyms pass as typed: Pagefind matches them as prefixes while the reader types.
		expect(prepareQuery('Pak', context).query).toBe('Pak');
	});

	it('points a term the report does not use to its nearest subject', () => {
		expect(prepareQuery('cpec', context).nearest?.href).toBe('/glossary/#term-belt-and-road-initiative');
		expect(prepareQuery('Pakistan', context).nearest).toBeUndefined();
	});

	it('passes the query unchanged before the vocabulary has arrived', () => {
		expect(prepareQuery('  Pakistn ')).toEqual({ query: 'Pakistn', unknown: [], suggestions: [] });
	});
});

describe('where a result lands', () => {
	const sub = (url: string, scores: number[]) => ({ url, weighted_locations: scores.map((s) => ({ balanced_score: s })) });
	it('lands on the best-matching anchor, not the first in page order', () => {
		const result = { url: '/glossary/', sub_results: [sub('/glossary/#term-casa-1000', [10]), sub('/glossary/#term-durand-line', [50, 50])] };
		expect(landingUrl(result)).toBe('/glossary/#term-durand-line');
		expect(bestSubResults(result.sub_results).map((s) => s.url)).toEqual(['/glossary/#term-durand-line', '/glossary/#term-casa-1000']);
	});
	it('lands on the page when the best match is its top', () => {
		expect(landingUrl({ url: '/themes/x/', sub_results: [sub('/themes/x/#_top', [9]), sub('/themes/x/#a', [1])] })).toBe('/themes/x/');
		expect(landingUrl({ url: '/themes/x/', sub_results: [] })).toBe('/themes/x/');
	});
});

describe('resultTitle', () => {
	it('puts the code before the title and the kind after it', () => {
		expect(resultTitle({ title: 'Expand trade', code: 'AP-07', kind: 'Recommendation' })).toBe('AP-07 Expand trade · Recommendation');
	});
	it('does not repeat a code the title already starts with, and adds nothing that is absent', () => {
		expect(resultTitle({ title: 'T1 Security', code: 'T1', kind: 'Theme' })).toBe('T1 Security · Theme');
		expect(resultTitle({ title: 'Changes to this edition', kind: 'About this edition' })).toBe('Changes to this edition · About this edition');
		expect(resultTitle({ title: 'Summary' })).toBe('Summary');
	});
});
