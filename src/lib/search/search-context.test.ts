import { describe, expect, it } from 'vitest';
import { nearestProblems, recordTexts } from './search-context';
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

describe('nearestProblems: a term search says the report does not name must not be in the site’s own text', () => {
	const term = (nearest: string[], filePath = 'content/glossary/cpec.yaml') => ({ id: 'cpec', filePath, data: { term: 'Belt and Road', nearest, aliases: [] } });
	const site = (glossary: unknown[], themeText: string) =>
		({ themes: [{ data: { title: 'Trade', summary: themeText } }], scenarios: [], factors: [], recommendations: [], eras: [], actors: [], glossary, figures: [] }) as unknown as Parameters<typeof nearestProblems>[0];

	it('names the file, the field and the term when a page of the report’s argument uses it', () => {
		expect(nearestProblems(site([term(['China-Pakistan Economic Corridor'])], 'The China-Pakistan Economic Corridor runs north.'), [])).toEqual([
			'content/glossary/cpec.yaml: field "nearest": "China-Pakistan Economic Corridor" appears in the site\'s own text, so search must not say the report does not name it (make it an alias instead)',
		]);
	});

	it('finds nothing when no page uses it', () => {
		expect(nearestProblems(site([term(['China-Pakistan Economic Corridor'])], 'Trade runs north.'), [])).toEqual([]);
	});
});
