import { describe, expect, it } from 'vitest';
import { buildRelations, ContentError, referenced, referencesIn, referrers, type EntryLike } from './relations';

const ref = (collection: string, id: string) => ({ collection, id });
const statement = (scenario: string) => ({ scenario: ref('scenarios', scenario), status: 'holds', note: 'n' });

function fixture(): EntryLike[] {
	return [
		{ collection: 'themes', id: 'trade', data: { code: 'T5', order: 5, actors: [] } },
		{ collection: 'themes', id: 'security', data: { code: 'T2', order: 2, actors: [ref('actors', 'pakistan')] } },
		{ collection: 'scenarios', id: 'civil-war', data: { code: 'S2', order: 2, likelihoodRank: 1, themes: [ref('themes', 'security')] } },
		{ collection: 'scenarios', id: 'settlement', data: { code: 'S1', order: 1, likelihoodRank: 3, themes: [] } },
		{ collection: 'actors', id: 'pakistan', data: { name: 'Pakistan' } },
		{
			collection: 'recommendations',
			id: 'b',
			filePath: 'content/recommendations/b.mdx',
			data: {
				code: 'AP-02',
				order: 2,
				actors: [ref('actors', 'pakistan')],
				themes: [ref('themes', 'trade'), ref('themes', 'security')],
				outlook: { scenarios: [statement('civil-war'), statement('settlement')] },
			},
		},
		{
			collection: 'recommendations',
			id: 'a',
			data: {
				code: 'AP-01',
				order: 1,
				actors: [ref('actors', 'pakistan')],
				themes: [ref('themes', 'trade')],
				outlook: { scenarios: [statement('civil-war'), statement('settlement')] },
			},
		},
	];
}

describe('referencesIn', () => {
	it('finds references at any depth and names the field without array indexes', () => {
		const refs = referencesIn(fixture()[5]!.data);
		expect(refs.map((r) => `${r.field}->${r.target.id}`)).toEqual([
			'actors->pakistan',
			'themes->trade',
			'themes->security',
			'outlook.scenarios.scenario->civil-war',
			'outlook.scenarios.scenario->settlement',
		]);
	});
});

describe('buildRelations', () => {
	it('derives the inverse of each reference, in reading order', () => {
		const rel = buildRelations(fixture());
		expect(referrers(rel, ref('themes', 'trade'), 'recommendations').map((e) => e.id)).toEqual(['a', 'b']);
		expect(referrers(rel, ref('themes', 'security'), 'recommendations').map((e) => e.id)).toEqual(['b']);
		expect(referrers(rel, ref('themes', 'security'), 'scenarios').map((e) => e.id)).toEqual(['civil-war']);
		expect(referrers(rel, ref('actors', 'pakistan'), 'themes').map((e) => e.id)).toEqual(['security']);
	});

	it('filters inverses by the field that holds the reference', () => {
		const rel = buildRelations(fixture());
		const viaOutlook = referrers(rel, ref('scenarios', 'civil-war'), 'recommendations', 'outlook.scenarios.scenario');
		expect(viaOutlook.map((e) => e.id)).toEqual(['a', 'b']);
		expect(referrers(rel, ref('scenarios', 'civil-war'), 'recommendations', 'themes')).toEqual([]);
	});

	it('lists outgoing references once each, in reading order', () => {
		const rel = buildRelations(fixture());
		expect(referenced(rel, ref('recommendations', 'b'), 'themes').map((e) => e.id)).toEqual(['security', 'trade']);
	});

	it('rejects a reference to a missing entry, naming the file and field', () => {
		const entries = fixture();
		(entries[5]!.data.themes as unknown[]).push(ref('themes', 'nope'));
		expect(() => buildRelations(entries)).toThrow(
			'content/recommendations/b.mdx: field "themes" references "nope", which is not an entry of "themes"',
		);
	});

	it('rejects a duplicated code', () => {
		const entries = fixture();
		entries[6]!.data.code = 'AP-02';
		expect(() => buildRelations(entries)).toThrow(/field "code" "AP-02" is already used by content\/recommendations\/b\.mdx/);
	});

	it('rejects an outlook that leaves out a scenario', () => {
		const entries = fixture();
		(entries[5]!.data.outlook as { scenarios: unknown[] }).scenarios.pop();
		expect(() => buildRelations(entries)).toThrow(
			'content/recommendations/b.mdx: field "outlook.scenarios" has no statement for scenario "settlement"',
		);
	});

	it('rejects two scenarios with the same likelihood rank', () => {
		const entries = fixture();
		entries[3]!.data.likelihoodRank = 1;
		expect(() => buildRelations(entries)).toThrow(ContentError);
		expect(() => buildRelations(entries)).toThrow(/likelihoodRank" 1 is also the rank of civil-war/);
	});
});
