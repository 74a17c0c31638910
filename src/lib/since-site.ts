/** Site-wide values of the edition's layer, computed from the loaded content. */
import type { Site } from './content';
import type { EntryLike } from './relations';
import { asOfDate } from './since';
import { editionDates } from './edition-dates';

/** The as-of date every panel shows: the newest development or review date, else the last revision. */
export function siteAsOf(site: Site): string {
	return asOfDate(site.developments as unknown as EntryLike[], site.statuses as unknown as EntryLike[], editionDates().lastRevised.slice(0, 10));
}
