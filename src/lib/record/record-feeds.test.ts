import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { shortTitle } from './atom';
import { feedsFor, recommendationFeed, recordFeed } from './record-feeds';
import { buildRelations, type EntryLike } from '../content/relations';

const ref = (collection: string, id: string) => ({ collection, id });
const outlook = { scenarios: [{ scenario: ref('scenarios', 'takeover') }] };
const dev = (id: string, date: string, refs: Record<string, unknown>): EntryLike => ({
	collection: 'developments',
	id,
	data: {
		date,
		title: `Headline of ${id} & more`,
		statement: `${id} happened <quietly>.`,
		themes: [],
		scenarios: [],
		factors: [],
		recommendations: [],
		actors: [],
		...refs,
		sources: [{ outlet: 'Dawn', title: 't', date, url: 'https://example.org/a', excerpt: 'words' }],
	},
});
const rec = { collection: 'recommendations', id: 'talks', data: { code: 'AP-01', order: 1, title: 'Hold talks', outlook } };
const review = { collection: 'reviews', id: '2026-12-07-r', data: { date: '2026-12-07', coveredThrough: '2026-11-30', summary: 'Searched again.', searches: [] } };
const all = (): EntryLike[] => [
	{ collection: 'scenarios', id: 'takeover', data: { code: 'S3', order: 3, likelihoodRank: 1, title: 'Takeover' } },
	rec,
	{ collection: 'recommendations', id: 'quiet', data: { code: 'AP-02', order: 2, title: 'Quiet', outlook } },
	dev('2022-a', '2022-06', { recommendations: [ref('recommendations', 'talks')] }),
	dev('2026-b', '2026-03-01', {}),
	dev('2023-c', '2023-01-05', {}),
	{
		collection: 'statuses',
		id: 'talks',
		data: { recommendation: ref('recommendations', 'talks'), status: 'partly-pursued', reviewed: '2026-12-07', summary: 'Some talks.', developments: [ref('developments', '2026-b')] },
	},
	review,
];
const c = { site: new URL('https://example.org'), base: '/', author: 'Afghanistan-Pakistan Ties editors' };

describe('a recommendation’s feed', () => {
	const rel = buildRelations(all());
	const xml = recommendationFeed(rel, rec, [review], c);
	const feed = parseFeed(xml);

	it('is a valid Atom feed for the recommendation’s page, dated by the last review', () => {
		expect(feed.meta.type).toBe('atom');
		expect(feed.title).toBe('AP-01 since publication: Hold talks');
		expect(feed.url).toBe('https://example.org/recommendations/talks/');
		expect(feed.self).toBe('https://example.org/since/feeds/talks.xml');
		expect(feed.updated?.toISOString()).toBe('2026-12-07T00:00:00.000Z');
	});

	it('lists its status, then the developments that name it or that its status cites, newest first', () => {
		expect(feed.items.map((i) => i.title)).toEqual(['AP-01 status: Partly pursued (reviewed 7 December 2026)', 'Headline of 2026-b & more', 'Headline of 2022-a & more']);
		const [status, cited, named] = feed.items;
		expect(status!.content).toContain('Partly pursued requires: Those it names took at least one step');
		expect(status!.content).toContain('searched up to 30 November 2026');
		expect(cited!.url).toBe('https://example.org/since/2026-b/');
		expect(cited!.content).toContain('Cited as evidence for the status of AP-01');
		expect(named!.content).toContain('Names AP-01');
		expect(named!.content).toContain('2022-a happened');
		// The statement's text is escaped in the entry's HTML, and that HTML escaped again in the XML.
		expect(xml).toContain('2022-a happened &amp;lt;quietly&amp;gt;.');
		expect(named!.updated?.toISOString()).toBe('2022-06-01T00:00:00.000Z');
		for (const i of feed.items) expect(i.title!.length).toBeLessThan(100);
	});

	it('has no status entry where the recommendation has no status', () => {
		const quiet = parseFeed(recommendationFeed(rel, all()[2]!, [review], c));
		expect(quiet.items).toEqual([]);
	});
});

describe('the record’s feed', () => {
	it('lists every development, every status and every review', () => {
		const rel = buildRelations(all());
		const feed = parseFeed(recordFeed(rel, all().filter((e) => e.collection === 'developments'), [rec], [review], c));
		expect(feed.url).toBe('https://example.org/since/');
		expect(feed.items.map((i) => i.title)).toEqual([
			'AP-01 status: Partly pursued (reviewed 7 December 2026)',
			'Record reviewed 7 December 2026: sources searched up to 30 November 2026',
			'Headline of 2026-b & more',
			'Headline of 2023-c & more',
			'Headline of 2022-a & more',
		]);
	});
});

describe('feed titles and links', () => {
	it('cuts a long title at a word, under 100 characters', () => {
		const long = `${'word '.repeat(30)}end`;
		expect(shortTitle(long).length).toBeLessThan(100);
		expect(shortTitle(long).endsWith('…')).toBe(true);
		expect(shortTitle('Short')).toBe('Short');
	});

	it('advertises a recommendation’s feed on its page and the record’s on the edition’s pages', () => {
		expect(feedsFor('/recommendations/talks/', ref('recommendations', 'talks'), 'AP-01').map((f) => f.href)).toEqual(['/since/feeds/talks.xml', '/since/feed.xml']);
		expect(feedsFor('/since/', undefined).map((f) => f.href)).toEqual(['/since/feed.xml']);
		expect(feedsFor('/since/2022-a/', undefined).map((f) => f.href)).toEqual(['/since/feed.xml']);
		expect(feedsFor('/themes/trade/', undefined)).toEqual([]);
	});
});
