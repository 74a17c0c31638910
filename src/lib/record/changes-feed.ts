/**
 * The change log as an Atom feed (RFC 4287): one entry per substantive content change, newest first.
 * Pure, so the feed is unit-tested with an XML parser.
 */
import { atomFeed, rfc3339 } from './atom';

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

/** RFC 3339 dates, as the feed writes them (re-exported for the change log's users). */
export { rfc3339 };

/** Newest first, then by id. */
export const newestFirst = (a: ChangeEntry, b: ChangeEntry) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

/** The anchor of a change on the /changes/ page. */
export const changeAnchor = (id: string) => `change-${id}`;

export function changesFeed(changes: ChangeEntry[], o: FeedOptions): string {
	return atomFeed(
		changes.map((c) => {
			const link = `${o.pageUrl}#${changeAnchor(c.id)}`;
			return { id: link, title: c.what, updated: c.date, link, summary: `${c.what} Why: ${c.why}` };
		}),
		o,
	);
}
