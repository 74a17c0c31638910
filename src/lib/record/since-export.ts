/**
 * The edition's layer in the data files: a recommendation's status, review date and evidence, and
 * the developments themselves. Every record says it is the edition's (`source: "edition"`), not the
 * report's. Pure, so the shapes are unit-tested.
 */
import type { EntryLike, Link, Relations } from '../content/relations';
import { referenced } from '../content/relations';
import { evidenceOf, newestForRecommendation, statusOf, type DevelopmentData } from './since';
import type { RecordDates } from './record-currency';
import { SINCE_LABEL, SINCE_STATUSES, type SinceStatus } from './status-vocabulary';
import { absoluteUrl, developmentPath } from '../urls/urls';

export const EDITION_NOTE = `${SINCE_LABEL}: the edition's own record from dated sources, not the report's text or judgement.`;

export interface EditionStatus {
	source: 'edition';
	note: string;
	status: SinceStatus | null;
	statusLabel: string | null;
	reviewed: string | null;
	/** What the status requires of its evidence (the vocabulary's rule). */
	requires: string | null;
	summary: string | null;
	evidence: string[];
	/** The newest development naming the recommendation or cited for its status, if any. */
	newestDevelopment: string | null;
	/** The record's sources were searched up to this date, and it was last reviewed on this one (the newest review entry). */
	coveredThrough: string | null;
	recordReviewed: string | null;
}

/** The record's two dates as data fields (null where the record has no review). */
export const recordDateFields = (dates: RecordDates | undefined) => ({ coveredThrough: dates?.coveredThrough ?? null, recordReviewed: dates?.reviewed ?? null });

/** The `edition` object a recommendation's record carries (status null where the edition has not reviewed it). */
export function editionStatus(rel: Relations, rec: Link, dates?: RecordDates): EditionStatus {
	const status = statusOf(rel, rec);
	const d = status?.data as { status: SinceStatus; reviewed: string; summary: string } | undefined;
	return {
		source: 'edition',
		note: EDITION_NOTE,
		status: d?.status ?? null,
		statusLabel: d ? SINCE_STATUSES[d.status].label : null,
		reviewed: d?.reviewed ?? null,
		requires: d ? SINCE_STATUSES[d.status].requires : null,
		summary: d?.summary ?? null,
		evidence: status ? evidenceOf(rel, status).map((e) => e.id) : [],
		newestDevelopment: newestForRecommendation(rel, rec)?.id ?? null,
		...recordDateFields(dates),
	};
}

/** `/data/developments.json`: every development, references as ids, with the URL of its page and the record's two dates. */
export function developmentRecords(rel: Relations, developments: EntryLike[], site: URL, base: string, dates?: RecordDates) {
	const ids = (d: EntryLike, c: string) => referenced(rel, d, c).map((e) => e.id);
	return developments.map((d) => {
		const data = d.data as unknown as DevelopmentData;
		return {
			id: d.id,
			source: 'edition' as const,
			note: EDITION_NOTE,
			url: absoluteUrl(developmentPath(d.id), site, base),
			date: data.date,
			...(data.dateEnd ? { dateEnd: data.dateEnd } : {}),
			title: data.title,
			statement: data.statement,
			themes: ids(d, 'themes'),
			scenarios: ids(d, 'scenarios'),
			factors: ids(d, 'factors'),
			recommendations: ids(d, 'recommendations'),
			actors: ids(d, 'actors'),
			sources: data.sources,
			...(data.note ? { caveat: data.note } : {}),
			...recordDateFields(dates),
		};
	});
}
