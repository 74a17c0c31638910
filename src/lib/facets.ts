/**
 * Faceted filtering of the recommendations explorer. Pure and framework-free: the browser script
 * and the unit tests run the same code. Within a facet the chosen values are alternatives (OR);
 * across facets they all apply (AND); the text filter matches every word.
 */

export interface FacetOption {
	value: string;
	label: string;
}
export interface Facet {
	key: string;
	label: string;
	options: FacetOption[];
}
export interface FacetItem {
	id: string;
	/** Facet key -> the item's values for it. */
	values: Record<string, string[]>;
	/** Lowercased searchable text (code, title, summary, names). */
	text: string;
}
export interface FilterState {
	q: string;
	selected: Record<string, string[]>;
}

export const emptyState = (): FilterState => ({ q: '', selected: {} });

const words = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

/** Does the item pass every active filter, ignoring facet `except` (for counting its options)? */
export function matches(item: FacetItem, state: FilterState, except?: string): boolean {
	for (const [key, chosen] of Object.entries(state.selected)) {
		if (key === except || chosen.length === 0) continue;
		const have = item.values[key] ?? [];
		if (!chosen.some((v) => have.includes(v))) return false;
	}
	return words(state.q).every((w) => item.text.includes(w));
}

/** For each facet option, how many items would match if it were chosen alongside the other facets. */
export function countOptions(items: FacetItem[], state: FilterState, facets: Facet[]): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const f of facets) {
		const pool = items.filter((it) => matches(it, state, f.key));
		out[f.key] = Object.fromEntries(f.options.map((o) => [o.value, pool.filter((it) => (it.values[f.key] ?? []).includes(o.value)).length]));
	}
	return out;
}

/** Reads the state from a URL query string: `?q=border&theme=trade-and-connectivity&theme=...`. */
export function parseQuery(search: string, facets: Facet[]): FilterState {
	const params = new URLSearchParams(search);
	const selected: Record<string, string[]> = {};
	for (const f of facets) {
		const known = new Set(f.options.map((o) => o.value));
		const chosen = params.getAll(f.key).filter((v) => known.has(v));
		if (chosen.length) selected[f.key] = chosen;
	}
	return { q: params.get('q') ?? '', selected };
}

/** Writes the state as a query string (empty when nothing is filtered), facets in a stable order. */
export function toQuery(state: FilterState, facets: Facet[]): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const f of facets) for (const v of state.selected[f.key] ?? []) params.append(f.key, v);
	const s = params.toString();
	return s ? `?${s}` : '';
}
