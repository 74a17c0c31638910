/**
 * What the explorer and the /since/ timeline share: their filter index fetched when the reader shows
 * intent, showing the items a filter state matches, and keeping the URL in sync.
 */
import { matches, toQuery, type Facet, type FacetItem, type FilterState } from '../lib/search/facets';
import type { FilterIndex } from '../lib/search/filter-index';

/**
 * The list's filter index (its URL is the form's `data-index`), fetched once: on the reader's first
 * sign of intent to filter (pointer over the form, focus or touch in it), or when the script first
 * asks for it (at once, when the address already holds a filter). A failed fetch is tried again on
 * the next use.
 */
export function filterIndexOf(form: HTMLElement): () => Promise<FilterIndex> {
	let index: Promise<FilterIndex> | undefined;
	const url = form.dataset.index!;
	const load = () =>
		(index ??= fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
				return r.json() as Promise<FilterIndex>;
			})
			.catch((error: unknown) => {
				index = undefined;
				throw error;
			}));
	for (const event of ['pointerenter', 'focusin', 'touchstart']) form.addEventListener(event, () => void load().catch(() => undefined), { once: true, passive: true });
	return load;
}

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
