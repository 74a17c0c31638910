/**
 * The filter indexes of the two filterable lists, the recommendations explorer and the /since/
 * timeline: each list's facets and, for every item, its facet values (and the explorer's text).
 * The pages render every item and every control in HTML; the index is published as a file of its
 * own and fetched when the reader shows intent to filter (`scripts/filtered-list.ts`), so it is not
 * part of the page's first load.
 */
import type { Site } from '../content/content';
import type { Facet, FacetItem } from './facets';
import type { EntryLike } from '../content/relations';
import { explorerFacets, explorerRows } from './explorer';
import { sinceFacets } from '../record/since';

export const FILTER_LISTS = ['recommendations', 'developments'] as const;
export type FilterList = (typeof FILTER_LISTS)[number];

/** What a filterable list's script fetches: the facets and every item's values. */
export interface FilterIndex {
	facets: Facet[];
	items: Array<FacetItem & { code?: string | undefined }>;
}

/** Where a list's index is published (before the base path). */
export const filterIndexPath = (list: FilterList): string => `/data/filters/${list}.json`;

export function filterIndex(site: Site, list: FilterList): FilterIndex {
	if (list === 'recommendations') {
		const items = explorerRows(site).map(({ id, code, values, text, body }) => ({ id, code, values, text, body }));
		return { facets: explorerFacets(site), items };
	}
	const entries = (c: 'themes' | 'scenarios' | 'factors' | 'actors' | 'recommendations') => site[c] as unknown as EntryLike[];
	return sinceFacets(site.relations, site.developments as unknown as EntryLike[], {
		themes: entries('themes'),
		scenarios: entries('scenarios'),
		factors: entries('factors'),
		actors: entries('actors'),
		recommendations: entries('recommendations'),
	});
}
