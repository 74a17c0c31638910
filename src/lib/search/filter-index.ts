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

/** What a filterable list's script fetches: the facets and every item's values. */
export interface FilterIndex {
	facets: Facet[];
	items: Array<FacetItem & { code?: string | undefined }>;
}

/** Where a list's index is published (before the base path). */
export const filterIndexPath = (list: FilterList): string => `/data/filters/${list}.json`;

/** How each filterable list's index is made: the lists are this table's keys, one published file each. */
const FILTER_INDEXES = {
	recommendations: (site: Site): FilterIndex => ({
		facets: explorerFacets(site),
		items: explorerRows(site).map(({ id, code, values, text, body }) => ({ id, code, values, text, body })),
	}),
	developments: (site: Site): FilterIndex => {
		const entries = (c: 'themes' | 'scenarios' | 'factors' | 'actors' | 'recommendations') => site[c] as unknown as EntryLike[];
		return sinceFacets(site.relations, site.developments as unknown as EntryLike[], {
			themes: entries('themes'),
			scenarios: entries('scenarios'),
			factors: entries('factors'),
			actors: entries('actors'),
			recommendations: entries('recommendations'),
		});
	},
} satisfies Record<string, (site: Site) => FilterIndex>;

export type FilterList = keyof typeof FILTER_INDEXES;
export const FILTER_LISTS = Object.keys(FILTER_INDEXES) as FilterList[];

export function filterIndex(site: Site, list: FilterList): FilterIndex {
	return FILTER_INDEXES[list](site);
}
