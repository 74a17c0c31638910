import { describe, expect, it } from 'vitest';
import { factsFor } from '../panels/facts';
import { KINDS, PAGE_KINDS, SHORT_PREFIXES, kindOfCode } from './kinds';
import { titleOf } from './related';
import { hrefOf, shortPath } from '../urls/urls';
import { buildRelations, type EntryLike } from './relations';
import { buildSiteModel, evidenceIn, NOT_FOUND_PATH, type SiteModelInput } from './site-model';
import { STANDALONE_PAGES } from './standalone-pages';
import { EDITION_KIND } from '../record/status-vocabulary';

const ref = (collection: string, id: string) => ({ collection, id });
const ev = (excerpt: string) => ({ page: { from: 24, to: 30 }, excerpt });
const unstated = { status: 'unstated' };

function input(): SiteModelInput {
	const themes: EntryLike[] = [
		{ collection: 'themes', id: 'trade', filePath: 'content/themes/trade.mdx', data: { code: 'T5', title: 'Trade', summary: 'Trade summary.', stance: 'opportunity', pages: { from: 12, to: 14 }, actors: [ref('actors', 'pakistan')] } },
	];
	const scenarios: EntryLike[] = [
		{ collection: 'scenarios', id: 'civil-war', data: { code: 'S1', title: 'Civil war', summary: 'War summary.', likelihood: 'Most likely', likelihoodRank: 1, themes: [ref('themes', 'trade')] } },
	];
	const recommendations: EntryLike[] = [
		{
			collection: 'recommendations',
			id: 'open-trade',
			filePath: 'content/recommendations/open-trade.mdx',
			data: {
				code: 'AP-01',
				title: 'Open trade',
				summary: 'Open the crossings.',
				audience: 'afghanistan-pakistan',
				pages: { from: 24, to: 30 },
				mustAct: [{ actor: ref('actors', 'pakistan'), evidence: [ev('Pakistan should open')] }],
				involved: [],
				themes: [ref('themes', 'trade')],
				outlook: {
					stability: { status: 'fares-better', note: 'n', evidence: [ev('as stability improves')] },
					instability: unstated,
					scenarios: [{ scenario: ref('scenarios', 'civil-war'), ...unstated }],
				},
			},
		},
	];
	const actors: EntryLike[] = [{ collection: 'actors', id: 'pakistan', data: { name: 'Pakistan', description: 'The state.', aliases: [] } }];
	const developments: EntryLike[] = [
		{
			collection: 'developments',
			id: '2021-09-talks',
			filePath: 'content/developments/2021-09-talks.yaml',
			data: { date: '2021-09-04', title: 'Talks in Kabul', statement: 'Officials met in Kabul.', sources: [], actors: [ref('actors', 'pakistan')] },
		},
	];
	return {
		relations: buildRelations([...themes, ...scenarios, ...recommendations, ...actors, ...developments]),
		docs: [
			{ id: 'summary', filePath: 'content/pages/summary.mdx', data: { title: 'Summary', description: 'The summary.', pages: { from: 1, to: 2 }, part: 'opening' } },
			{ id: 'cite', filePath: 'content/pages/cite.mdx', data: { title: 'How to cite', part: 'reference' } },
		],
		themes,
		scenarios,
		factors: [],
		recommendations,
		actors,
		developments,
	};
}

describe('the kinds table', () => {
	it('gives every kind with codes its own short-URL folder, and reads a code as its kind', () => {
		expect(new Set(SHORT_PREFIXES).size).toBe(SHORT_PREFIXES.length);
		expect(kindOfCode('AP-07')).toBe('recommendations');
		expect(kindOfCode('tp-04')).toBe('recommendations');
		expect(kindOfCode('T3')).toBe('themes');
		expect(kindOfCode('X9')).toBeUndefined();
	});

	it('says where any entry is read: its own page, or its anchor on a one-page kind', () => {
		expect(hrefOf({ collection: 'actors', id: 'pakistan' })).toBe('/actors/pakistan/');
		expect(hrefOf({ collection: 'glossary', id: 'apapps' })).toBe('/glossary/#term-apapps');
		expect(hrefOf({ collection: 'developments', id: '2021-09-x' })).toBe('/since/2021-09-x/');
		expect(() => hrefOf({ collection: 'statuses', id: 'x' })).toThrow('No URL for collection "statuses"');
		expect(() => shortPath('X9')).toThrow('No kind has codes like "X9"');
	});

	it('puts each page kind in a folder of its own', () => {
		const folders = PAGE_KINDS.map((k) => KINDS[k].pages.folder);
		expect(new Set(folders).size).toBe(folders.length);
	});
});

describe('buildSiteModel', () => {
	const model = buildSiteModel(input());

	it('models every URL once: narrative pages, index pages, standalone pages, entries and the 404 page', () => {
		expect([...model.keys()]).toEqual([
			'/summary/',
			'/cite/',
			'/themes/',
			'/scenarios/',
			'/factors/',
			'/actors/',
			...STANDALONE_PAGES.map((p) => p.path),
			'/themes/trade/',
			'/scenarios/civil-war/',
			'/recommendations/open-trade/',
			'/actors/pakistan/',
			'/since/2021-09-talks/',
			NOT_FOUND_PATH,
		]);
	});

	it("gives each development a page of its own, the edition's and marked so in search and its citation", () => {
		expect(model.get('/since/2021-09-talks/')).toMatchObject({
			kind: EDITION_KIND,
			title: 'Talks in Kabul',
			description: 'Officials met in Kabul.',
			search: { filters: { source: ['edition'], kind: [EDITION_KIND] }, meta: { kind: EDITION_KIND } },
			citation: { sourceFile: 'content/developments/2021-09-talks.yaml', basis: 'edition' },
			socialImage: '/og/since/2021-09-talks.png',
			entry: { collection: 'developments', id: '2021-09-talks' },
			related: [],
			evidence: [],
		});
		// The kinds table gives it no filters of the argument (it names an actor): search keeps the edition apart.
		expect(model.get('/since/2021-09-talks/')!.search).toEqual({ filters: { source: ['edition'], kind: [EDITION_KIND] }, meta: { kind: EDITION_KIND } });
	});

	it('gives an entry page its kind, title, code, short URL, report pages and social image', () => {
		const rec = model.get('/recommendations/open-trade/')!;
		expect(rec).toMatchObject({
			kind: 'Recommendation',
			entry: { collection: 'recommendations', id: 'open-trade' },
			title: 'Open trade',
			description: 'Open the crossings.',
			code: 'AP-01',
			shortPath: '/r/ap-01/',
			pages: { from: 24, to: 30 },
			socialImage: '/og/recommendations/open-trade.png',
			citation: { key: 'apties-recommendations-open-trade', sourceFile: 'content/recommendations/open-trade.mdx', basis: 'report' },
		});
		// An actor's title is its name; it has no code and is not in the bibliography.
		expect(model.get('/actors/pakistan/')).toMatchObject({ title: 'Pakistan', code: undefined, citation: { basis: 'report', sourceFile: 'content' } });
	});

	it('sets the search filters the kinds table lists, with the entry itself for its own kind', () => {
		expect(model.get('/recommendations/open-trade/')!.search).toEqual({
			filters: { kind: ['Recommendation'], actor: ['Pakistan'], theme: ['Trade'], scenario: ['Civil war'], audience: ['Afghanistan and Pakistan'] },
			meta: { kind: 'Recommendation', code: 'AP-01' },
		});
		expect(model.get('/themes/trade/')!.search).toMatchObject({ filters: { kind: ['Theme'], actor: ['Pakistan'], theme: ['Trade'] } });
		expect(model.get('/summary/')!.search).toEqual({ filters: { kind: ['Report page'] }, meta: {} });
		expect(model.get('/themes/')!.search).toBe(false);
	});

	it('computes related groups from the relations, with the outlook as a note', () => {
		const groups = model.get('/scenarios/civil-war/')!.related;
		expect(groups.map((g) => g.label)).toEqual(['Recommendations and their outlook here', 'Themes']);
		expect(groups[0]!.items).toEqual([{ href: '/recommendations/open-trade/', title: 'Open trade', code: 'AP-01', note: 'The report does not say' }]);
	});

	it('collects the evidence of every claim of an entry', () => {
		expect(model.get('/recommendations/open-trade/')!.evidence.map((e) => e.excerpt)).toEqual(['Pakistan should open', 'as stability improves']);
		expect(evidenceIn({ a: [{ evidence: [ev('x')] }], b: { evidence: [ev('y')] } }).map((e) => e.excerpt)).toEqual(['x', 'y']);
	});

	it('says which pages restate the report and which are the edition’s own matter, from the kinds table, the standalone pages and the reading order', () => {
		const basis = (path: string) => (model.get(path)!.citation || { basis: undefined }).basis;
		for (const path of ['/summary/', '/themes/', '/themes/trade/', '/scenarios/civil-war/', '/recommendations/open-trade/', '/actors/pakistan/', '/recommendations/', '/glossary/', '/figures/']) expect(basis(path), path).toBe('report');
		for (const path of ['/since/2021-09-talks/', '/since/', '/changes/', '/data/', '/cite/']) expect(basis(path), path).toBe('edition');
	});

	it('leaves the 404 page out of search and citation', () => {
		expect(model.get(NOT_FOUND_PATH)).toMatchObject({ search: false, citation: false });
	});

	it('refuses two pages at one path', () => {
		const clash = input();
		clash.docs.push({ id: 'themes', data: { title: 'Themes again' } });
		expect(() => buildSiteModel(clash)).toThrow('Two pages claim the path /themes/');
	});
});

describe('what the kinds table says of one entry', () => {
	const site = input();
	const entry = (collection: string, id: string) => site.relations.entries.get(`${collection}:${id}`)!;

	it('takes its title from the kind’s title field, not from whichever field exists', () => {
		expect(titleOf(entry('actors', 'pakistan'))).toBe('Pakistan');
		// A recommendation with a `name` field is still titled by its `title`.
		expect(titleOf({ collection: 'recommendations', id: 'x', data: { title: 'T', name: 'N' } })).toBe('T');
		expect(titleOf({ collection: 'statuses', id: 'open-trade', data: {} })).toBe('open-trade');
	});

	it('lists the facts panel in the kind’s order: values in words, then linked entries', () => {
		expect(factsFor(site.relations, entry('recommendations', 'open-trade'), 1)).toEqual([
			{ label: 'Addressed to', text: 'Afghanistan and Pakistan' },
			{ label: 'Who must act', items: [{ href: '/actors/pakistan/', title: 'Pakistan' }] },
			{ label: 'Themes', items: [{ href: '/themes/trade/', title: 'Trade' }] },
		]);
		expect(factsFor(site.relations, entry('scenarios', 'civil-war'), 3)[0]).toEqual({ label: 'Likelihood', text: 'Most likely (ranked 1 of 3 by the report)' });
		expect(factsFor(site.relations, entry('themes', 'trade'), 1)).toEqual([{ label: 'Role in the relationship', text: 'Source of opportunity' }]);
	});
});
