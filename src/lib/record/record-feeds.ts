/**
 * The record's Atom feeds, derived from the collections: one for the whole record since publication
 * (`/since/feed.xml`: every development, every recommendation's status, every review of the record)
 * and one per recommendation (`/since/feeds/<id>.xml`: its status, and the developments that name it
 * or that its status cites). Titles are short (under 100 characters); the detail is in the entry's
 * content. Pure, so the feeds are unit-tested with a feed parser.
 */
import { atomFeed, escapeXml as esc, shortTitle, type AtomEntry } from './atom';
import { recordDates, type RecordDates, type ReviewData } from './record-currency';
import type { EntryLike, Link, Relations } from '../content/relations';
import { developmentsForRecommendation, evidenceOf, formatDate, formatRange, statusOf, type DevelopmentData } from './since';
import { SINCE_STATUSES, type SinceStatus } from './status-vocabulary';
import { absoluteUrl, developmentPath, hrefOf, PAGES, RECORD_FEED, recommendationFeedPath } from '../urls/urls';

export interface FeedContext {
	site: URL;
	base: string;
	/** The feeds' author: the edition's, as its citation records name it (`edition.author`). */
	author: string;
}

interface StatusData {
	status: SinceStatus;
	reviewed: string;
	summary: string;
}

const url = (path: string, c: FeedContext) => absoluteUrl(path, c.site, c.base);
const datesHtml = (d: RecordDates | undefined) =>
	d ? `<p>The record’s sources were searched up to ${esc(formatDate(d.coveredThrough))}; it was last reviewed ${esc(formatDate(d.reviewed))}.</p>` : '';

/** A development as a feed entry: its headline, its statement and its sources in the content. */
export function developmentEntry(d: EntryLike, c: FeedContext, extra = ''): AtomEntry {
	const data = d.data as unknown as DevelopmentData;
	const link = url(developmentPath(d.id), c);
	const sources = data.sources
		.map((s) => `<li>${esc(s.outlet)}, <a href="${esc(s.url)}">${esc(s.title)}</a>, ${esc(formatDate(s.date))}: “${esc(s.excerpt)}”</li>`)
		.join('');
	return {
		id: link,
		title: shortTitle(data.title),
		updated: data.date,
		link,
		html: `<p>${esc(formatRange(data.date, data.dateEnd))}: ${esc(data.statement)}</p>${data.note ? `<p>Note: ${esc(data.note)}</p>` : ''}${extra}<ul>${sources}</ul>`,
	};
}

/** A recommendation's status as a feed entry, dated by its review: a new review date or status is a new entry. */
export function statusEntry(rel: Relations, rec: EntryLike, c: FeedContext, dates: RecordDates | undefined): AtomEntry | undefined {
	const status = statusOf(rel, rec);
	if (!status) return undefined;
	const s = status.data as unknown as StatusData;
	const v = SINCE_STATUSES[s.status];
	const page = url(hrefOf(rec), c);
	const evidence = evidenceOf(rel, status)
		.map((d) => `<li><a href="${esc(url(developmentPath(d.id), c))}">${esc((d.data as unknown as DevelopmentData).title)}</a></li>`)
		.join('');
	return {
		id: `${page}#status-${s.status}-${s.reviewed}`,
		title: shortTitle(`${String(rec.data.code)} status: ${v.label} (reviewed ${formatDate(s.reviewed)})`),
		updated: s.reviewed,
		link: `${page}#since-publication`,
		html:
			`<p><strong>${esc(String(rec.data.code))} ${esc(String(rec.data.title))}</strong>: ${esc(v.label)}. ${esc(s.summary)}</p>` +
			`<p>${esc(v.label)} requires: ${esc(v.requires)}</p>` +
			`<p>Status reviewed ${esc(formatDate(s.reviewed))}.</p>${datesHtml(dates)}` +
			(evidence ? `<p>Evidence:</p><ul>${evidence}</ul>` : ''),
	};
}

/** A review of the record as a feed entry. */
export function reviewEntry(r: EntryLike, c: FeedContext): AtomEntry {
	const d = r.data as unknown as ReviewData;
	const link = `${url(PAGES.sinceReview, c)}#review-${r.id}`;
	const none = d.searches.filter((s) => s.found.length === 0).length;
	return {
		id: link,
		title: shortTitle(`Record reviewed ${formatDate(d.date)}: sources searched up to ${formatDate(d.coveredThrough)}`),
		updated: d.date,
		link,
		html: `<p>${esc(d.summary)}</p><p>${d.searches.length} searches recorded; ${none} found no development.</p>`,
	};
}

/** `/since/feeds/<id>.xml`: a recommendation's status and every development that bears on it. */
export function recommendationFeed(rel: Relations, rec: EntryLike, reviews: EntryLike[], c: FeedContext): string {
	const dates = recordDates(reviews);
	const status = statusOf(rel, rec);
	const cited = new Set(status ? evidenceOf(rel, status).map((d) => d.id) : []);
	const entries = [
		statusEntry(rel, rec, c, dates),
		...developmentsForRecommendation(rel, rec).map((d) =>
			developmentEntry(d, c, `<p>${cited.has(d.id) ? 'Cited as evidence for the status of' : 'Names'} ${esc(String(rec.data.code))}.</p>`),
		),
	].filter((e): e is AtomEntry => e !== undefined);
	return atomFeed(entries, {
		pageUrl: url(hrefOf(rec), c),
		feedUrl: url(recommendationFeedPath(rec.id), c),
		author: c.author,
		title: shortTitle(`${String(rec.data.code)} since publication: ${String(rec.data.title)}`),
		subtitle: `The edition’s record (not the report): this recommendation’s status and the developments that bear on it.${dates ? ` Sources searched up to ${formatDate(dates.coveredThrough)}; last reviewed ${formatDate(dates.reviewed)}.` : ''}`,
		...(dates ? { updated: dates.reviewed } : {}),
	});
}

/** `/since/feed.xml`: the whole record: developments, statuses and reviews. */
export function recordFeed(rel: Relations, developments: EntryLike[], recommendations: EntryLike[], reviews: EntryLike[], c: FeedContext): string {
	const dates = recordDates(reviews);
	const entries = [
		...developments.map((d) => developmentEntry(d, c)),
		...recommendations.map((r) => statusEntry(rel, r, c, dates)).filter((e): e is AtomEntry => e !== undefined),
		...reviews.map((r) => reviewEntry(r, c)),
	];
	return atomFeed(entries, {
		pageUrl: url(PAGES.since, c),
		feedUrl: url(RECORD_FEED, c),
		title: 'Afghanistan-Pakistan Ties (online edition): since publication',
		author: c.author,
		subtitle: `The edition’s record of what happened after the report (not the report).${dates ? ` Sources searched up to ${formatDate(dates.coveredThrough)}; last reviewed ${formatDate(dates.reviewed)}.` : ''}`,
		...(dates ? { updated: dates.reviewed } : {}),
	});
}

/** The feeds a page advertises in its head: the record's on the edition's pages, and a recommendation's own on its page. */
export function feedsFor(path: string, recommendation: Link | undefined, code?: string): Array<{ href: string; title: string }> {
	const record = { href: RECORD_FEED, title: 'Since publication: the edition’s record (Atom)' };
	if (recommendation) return [{ href: recommendationFeedPath(recommendation.id), title: `${code ?? ''} since publication: status and developments (Atom)`.trim() }, record];
	return path === '/' || path.startsWith(PAGES.since) ? [record] : [];
}
