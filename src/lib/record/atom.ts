/**
 * Atom feeds (RFC 4287), written from plain entries: the change log's feed and the record's feeds
 * (`record-feeds.ts`) share this one writer. Pure, so each feed is unit-tested with a feed parser.
 */

export interface AtomEntry {
	/** A permanent IRI: the entry's page, or its anchor on a page. */
	id: string;
	/** Short: feed readers show it in a list (record feeds keep it under 100 characters). */
	title: string;
	/** YYYY-MM-DD, YYYY-MM, or a full ISO date-time. */
	updated: string;
	/** The page the entry is about. */
	link: string;
	/** Plain-text summary. */
	summary?: string;
	/** The detail, as HTML (escaped into the feed). */
	html?: string;
}

export interface AtomFeedOptions {
	/** The feed's id and alternate link: the page it follows. */
	pageUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	title: string;
	/** Who writes the edition: the same name its citation records give as author (`edition.author`). */
	author: string;
	subtitle?: string;
	/** The feed's own update date; defaults to its newest entry's. */
	updated?: string;
}

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RFC 3339 timestamp for a YYYY-MM-DD date (midnight UTC), a YYYY-MM month (its first day) or a full ISO date-time. */
export const rfc3339 = (date: string) =>
	/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : /^\d{4}-\d{2}$/.test(date) ? `${date}-01T00:00:00Z` : new Date(date).toISOString();

/** A title cut to fewer than `max` characters at a word, with an ellipsis, where it is longer. */
export function shortTitle(title: string, max = 100): string {
	if (title.length < max) return title;
	const cut = title.slice(0, max - 2);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

/** Entries newest first, then by id. */
export const newestEntryFirst = (a: AtomEntry, b: AtomEntry) => rfc3339(b.updated).localeCompare(rfc3339(a.updated)) || a.id.localeCompare(b.id);

export function atomFeed(entries: AtomEntry[], o: AtomFeedOptions): string {
	const sorted = [...entries].sort(newestEntryFirst);
	const newest = sorted[0] ? rfc3339(sorted[0].updated) : '1970-01-01T00:00:00Z';
	const updated = o.updated && rfc3339(o.updated) > newest ? rfc3339(o.updated) : newest;
	const lines = sorted.map((e) =>
		[
			'  <entry>',
			`    <id>${escapeXml(e.id)}</id>`,
			`    <title>${escapeXml(e.title)}</title>`,
			`    <updated>${rfc3339(e.updated)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
			...(e.summary ? [`    <summary type="text">${escapeXml(e.summary)}</summary>`] : []),
			...(e.html ? [`    <content type="html">${escapeXml(e.html)}</content>`] : []),
			'  </entry>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(o.pageUrl)}</id>`,
		`  <title>${escapeXml(o.title)}</title>`,
		...(o.subtitle ? [`  <subtitle>${escapeXml(o.subtitle)}</subtitle>`] : []),
		`  <updated>${updated}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(o.feedUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(o.pageUrl)}"/>`,
		`  <author><name>${escapeXml(o.author)}</name></author>`,
		...lines,
		'</feed>',
		'',
	].join('\n');
}
