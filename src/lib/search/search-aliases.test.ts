import { describe, expect, it } from 'vitest';
import { aliasGroups, aliasesToIndex, expandQuery, nameForms } from './search-aliases';

const groups = aliasGroups(
	[['ttp', { term: 'TTP', expansion: 'Tehrik-i-Taliban Pakistan', aliases: ['Pakistani Taliban'] }], ['durand-line', { term: 'Durand Line' }]],
	[['china', { name: 'China', aliases: ['Chinese', 'Beijing'] }], ['ttp', { name: 'Tehrik-i-Taliban Pakistan (TTP)' }]],
);

describe('the names of a subject', () => {
	it('splits an acronym in brackets off a name', () => {
		expect(nameForms('Tehrik-i-Taliban Pakistan (TTP)')).toEqual(['Tehrik-i-Taliban Pakistan', 'TTP']);
		expect(nameForms('China')).toEqual(['China']);
	});

	it('gives a page the other names of the subjects it names, not the ones it uses', () => {
		expect(aliasesToIndex('China and the TTP.', groups)).toEqual(['Tehrik-i-Taliban Pakistan', 'Pakistani Taliban', 'Chinese', 'Beijing']);
		expect(aliasesToIndex('Chinese investment', groups)).toEqual(['China', 'Beijing']);
		// Acronyms are matched in capitals only: "ttp" in a URL-like word is not the group.
		expect(aliasesToIndex('nothing here but ttp', groups)).toEqual([]);
	});

	it('expands a query with the names of the subject it names', () => {
		expect(expandQuery('Durand', groups)).toEqual(['durand', 'durand line']);
		expect(expandQuery('chinese', groups)).toEqual(['chinese', 'china', 'beijing']);
		expect(expandQuery('', groups)).toEqual([]);
	});
});
