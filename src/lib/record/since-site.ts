/** Site-wide values of the edition's layer, computed from the loaded content. */
import type { Site } from '../content/content';
import type { EntryLike } from '../content/relations';
import { newestReview, recordDates, type RecordDates } from './record-currency';

/** The record's two dates (sources searched up to, last reviewed), from the newest review entry. */
export function siteRecordDates(site: Site): RecordDates | undefined {
	return recordDates(site.reviews as unknown as EntryLike[]);
}

/** The newest review entry (its searches say what was looked for and found). */
export function siteNewestReview(site: Site): EntryLike | undefined {
	return newestReview(site.reviews as unknown as EntryLike[]);
}
