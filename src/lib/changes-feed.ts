/**
 * The change log as an Atom feed (RFC 4287): one entry per substantive content change, newest first.
 * Pure, so the feed is unit-tested with an XML parser.
 */

export interface ChangeEntry {
	id: string;
	date: string;
	what: string;
	why: string;
}

export interface FeedOptions {
	/** Absolute URL of the /changes/ page (the feed's id and alternate link). */
	pageUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	title: string;
	/** Who writes the edition: the same name its citation records give as author (`edition.author`). */
	author: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RFC 3339 timestamp for a YYYY-MM-DD date (midnight UTC) or a full ISO date-time. */
export const rfc3339 = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : new Date(date).toISOString());

/** Newest first, then by id. */
export const newestFirst = (a: ChangeEntry, b: ChangeEntry) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

/** The anchor of a change on the /changes/ page. */
export const changeAnchor = (id: string) => `change-${id}`;

export function changesFeed(changes: ChangeEntry[], o: FeedOptions): string {
	const sorted = [...changes].sort(newestFirst);
	const updated = sorted[0] ? rfc3339(sorted[0].date) : '1970-01-01T00:00:00Z';
	const entries = sorted.map((c) => {
		const link = `${o.pageUrl}#${changeAnchor(c.id)}`;
		return [
			'  <entry>',
			`    <id>${escapeXml(link)}</id>`,
			`    <title>${escapeXml(c.what)}</title>`,
			`    <updated>${rfc3339(c.date)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
			`    <summary type="text">${escapeXml(`${c.what} Why: ${c.why}`)}</summary>`,
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(o.pageUrl)}</id>`,
		`  <title>${escapeXml(o.title)}</title>`,
		`  <updated>${updated}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(o.feedUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(o.pageUrl)}"/>`,
		`  <author><name>${escapeXml(o.author)}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
