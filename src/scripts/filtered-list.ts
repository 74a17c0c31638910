/** What the explorer and the /since/ timeline share: show the items a filter state matches, and keep the URL in sync. */
import { matches, toQuery, type Facet, type FacetItem, type FilterState } from '../lib/facets';

/** Hides the element of every item the state does not match; returns how many are shown. */
export function showMatching(items: FacetItem[], elements: Map<string, HTMLElement>, state: FilterState): number {
	let shown = 0;
	for (const item of items) {
		const visible = matches(item, state);
		elements.get(item.id)!.hidden = !visible;
		if (visible) shown++;
	}
	return shown;
}

/** Writes the filter state into the address (without a history entry), so the view can be shared. */
export function writeQuery(state: FilterState, facets: Facet[]): void {
	history.replaceState(history.state, '', `${location.pathname}${toQuery(state, facets)}${location.hash}`);
}
