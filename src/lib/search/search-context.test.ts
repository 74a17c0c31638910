import { describe, expect, it } from 'vitest';
import { recordTexts } from './search-context';
import { buildVocabulary, isKnown } from './vocabulary';
import { prepareQuery } from './search-query';

const developments = [
	{ data: { title: 'Deportations begin', statement: 'Some 6,800 people were deported in the year.', note: 'Figures differ.' } },
	{ data: { title: 'Another', statement: 'Nothing of the sort here at all.' } },
];
const changes = [{ data: { what: 'A review corrected the record.', why: 'It said too much.' } }];

describe('recordTexts: the words of the edition’s record that search indexes', () => {
	it('takes each development’s headline, statement and note, and the change log', () => {
		const texts = recordTexts(developments, changes);
		expect(texts).toContain('Deportations begin');
		expect(texts).toContain('Figures differ.');
		expect(texts).toContain('A review corrected the record.');
	});

	it('keeps a record-only word known, so search never drops it or offers "reported" instead', () => {
		const vocabulary = buildVocabulary(['The report reported on refugees.', ...recordTexts(developments, changes)]);
		expect(isKnown('deported', vocabulary)).toBe(true);
		expect(isKnown('deportation', vocabulary)).toBe(true);
		const prepared = prepareQuery('deported', { vocabulary, codes: [], nearest: [] });
		expect(prepared.query).toBe('deported');
		expect(prepared.suggestions).not.toContain('reported');
	});
});
