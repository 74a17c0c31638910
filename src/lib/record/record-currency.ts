/**
 * How current the edition's record is, from its review entries (`content/reviews/`): the date up to
 * which sources were searched (`coveredThrough`) and the date the record was last reviewed, both from
 * the newest review. The cross-entry rules that keep those dates honest (a status may not be
 * reviewed after the last review; a development may not be dated after the sources searched) and
 * the staleness warning. Pure, so it is unit-tested without Astro.
 */
import type { EntryLike, Link } from '../content/relations';

/** The keys a review search and a development share: what the search was about. */
export const SEARCH_SUBJECT_KEYS = ['themes', 'scenarios', 'factors', 'recommendations', 'actors'] as const;

export interface ReviewSearch {
	subject: string;
	themes?: Link[];
	scenarios?: Link[];
	factors?: Link[];
	recommendations?: Link[];
	actors?: Link[];
	queries: string[];
	found: Link[];
	outcome: string;
}

export interface ReviewData {
	date: string;
	coveredThrough: string;
	summary: string;
	searches: ReviewSearch[];
}

/** The two dates every panel, status, data file and feed gives. */
export interface RecordDates {
	/** Sources were searched up to this date (YYYY-MM-DD). */
	coveredThrough: string;
	/** The record was last reviewed on this date (YYYY-MM-DD). */
	reviewed: string;
	/** The id of the review entry they come from. */
	review: string;
}

/** How many days before the build `coveredThrough` may be before the build warns. */
export const STALE_AFTER_DAYS = 90;

const reviewData = (e: EntryLike) => e.data as unknown as ReviewData;

/** Reviews newest first: by date, then coveredThrough, then id. */
export function reviewsNewestFirst<T extends EntryLike>(reviews: T[]): T[] {
	return [...reviews].sort(
		(a, b) => reviewData(b).date.localeCompare(reviewData(a).date) || reviewData(b).coveredThrough.localeCompare(reviewData(a).coveredThrough) || a.id.localeCompare(b.id),
	);
}

/** The newest review entry, if any. */
export const newestReview = <T extends EntryLike>(reviews: T[]): T | undefined => reviewsNewestFirst(reviews)[0];

/** The record's two dates, from the newest review; undefined where there is none. */
export function recordDates(reviews: EntryLike[]): RecordDates | undefined {
	const r = newestReview(reviews);
	return r && { coveredThrough: reviewData(r).coveredThrough, reviewed: reviewData(r).date, review: r.id };
}

/** Whole days from `from` to `to` (YYYY-MM-DD, or a YYYY-MM read as its first day). */
export function daysBetween(from: string, to: string): number {
	const day = (d: string) => Date.parse(`${d.length === 7 ? `${d}-01` : d.slice(0, 10)}T00:00:00Z`);
	return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * Whether a date (YYYY-MM-DD, or YYYY-MM for a month) lies after `limit` (YYYY-MM-DD). A month lies
 * after the limit only when it begins after it.
 */
export const isAfter = (date: string, limit: string) => (date.length === 7 ? `${date}-01` : date) > limit;

const where = (e: EntryLike, field: string) => `${e.filePath ?? `${e.collection}:${e.id}`}: field "${field}"`;

/**
 * The rules that keep the record's dates honest, as problems naming file and field:
 * - a review's `coveredThrough` may not be after its own date;
 * - a newer review may not move `coveredThrough` back;
 * - a status may not say it was reviewed after the newest review entry;
 * - a development may not be dated (or end) after the newest `coveredThrough`;
 * - where there are developments or statuses there must be a review entry saying how far they reach.
 */
export function currencyProblems(all: EntryLike[]): string[] {
	const reviews = all.filter((e) => e.collection === 'reviews');
	const statuses = all.filter((e) => e.collection === 'statuses');
	const developments = all.filter((e) => e.collection === 'developments');
	const problems: string[] = [];
	for (const r of reviews) {
		const d = reviewData(r);
		if (d.coveredThrough > d.date) problems.push(`${where(r, 'coveredThrough')} ${d.coveredThrough} is after the review's own date ${d.date}: sources cannot be searched beyond the day of the review`);
	}
	const oldestFirst = reviewsNewestFirst(reviews).reverse();
	oldestFirst.forEach((r, i) => {
		const before = oldestFirst.slice(0, i).find((p) => reviewData(p).coveredThrough > reviewData(r).coveredThrough && reviewData(p).date < reviewData(r).date);
		if (before) problems.push(`${where(r, 'coveredThrough')} ${reviewData(r).coveredThrough} is before ${reviewData(before).coveredThrough}, which the earlier review ${before.filePath ?? before.id} covered: never move coveredThrough back`);
	});
	const dates = recordDates(reviews);
	if (!dates) {
		if (developments.length || statuses.length) problems.push('content/reviews/: no review entry: add one (date, coveredThrough, summary, searches) saying how far the record reaches');
		return problems;
	}
	for (const s of statuses) {
		const reviewed = String(s.data.reviewed ?? '');
		if (reviewed > dates.reviewed) problems.push(`${where(s, 'reviewed')} ${reviewed} is later than the newest review entry (${dates.review}, ${dates.reviewed}): record the review in content/reviews/ first`);
	}
	for (const d of developments) {
		const { date, dateEnd } = d.data as { date: string; dateEnd?: string };
		if (isAfter(date, dates.coveredThrough)) problems.push(`${where(d, 'date')} ${date} is after coveredThrough ${dates.coveredThrough} of the newest review entry (${dates.review}): the sources searched do not reach it`);
		else if (dateEnd && isAfter(dateEnd, dates.coveredThrough)) problems.push(`${where(d, 'dateEnd')} ${dateEnd} is after coveredThrough ${dates.coveredThrough} of the newest review entry (${dates.review}): the sources searched do not reach it`);
	}
	return problems;
}

/** The day of the build (YYYY-MM-DD): `EDITION_BUILD_DATE` where set (reproducible builds, tests), else today (UTC). */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const set = env.EDITION_BUILD_DATE;
	if (set && /^\d{4}-\d{2}-\d{2}$/.test(set)) return set;
	return now.toISOString().slice(0, 10);
}

/** The warning when the sources searched end more than STALE_AFTER_DAYS before the build, else undefined. */
export function stalenessWarning(dates: RecordDates | undefined, today: string, maxDays = STALE_AFTER_DAYS): { days: number; message: string } | undefined {
	if (!dates) return undefined;
	const days = daysBetween(dates.coveredThrough, today);
	if (days <= maxDays) return undefined;
	return {
		days,
		message: `the record's sources were searched up to ${dates.coveredThrough}, ${days} days before this build (${today}); more than ${maxDays} days: search again and add a review entry in content/reviews/`,
	};
}

/** What the newest review's searches say about one entry: searches that name it, and whether all found nothing. */
export function searchesAbout(review: EntryLike | undefined, target: Link): { searches: ReviewSearch[]; foundNothing: boolean } {
	if (!review) return { searches: [], foundNothing: false };
	const searches = reviewData(review).searches.filter((s) =>
		SEARCH_SUBJECT_KEYS.some((k) => (s[k] ?? []).some((l) => l.collection === target.collection && l.id === target.id)),
	);
	return { searches, foundNothing: searches.length > 0 && searches.every((s) => s.found.length === 0) };
}
