/**
 * Faceted filtering of the recommendations explorer. Pure and framework-free: the browser script
 * and the unit tests run the same code. Within a facet the chosen values are alternatives (OR);
 * across facets they all apply (AND); the text filter matches every word.
 */
import { matchesWords } from './normalise';

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
	/** Searchable text, normalised by `normaliseText` (code, title, summary, names of subjects). */
	text: string;
}
export interface FilterState {
	q: string;
	selected: Record<string, string[]>;
}

export const emptyState = (): FilterState => ({ q: '', selected: {} });


/** Does the item pass every active filter, ignoring facet `except` (for counting its options)? */
export function matches(item: FacetItem, state: FilterState, except?: string): boolean {
	for (const [key, chosen] of Object.entries(state.selected)) {
		if (key === except || chosen.length === 0) continue;
		const have = item.values[key] ?? [];
		if (!chosen.some((v) => have.includes(v))) return false;
	}
	return !state.q.trim() || matchesWords(item.text, state.q);
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

/**
 * A file name that says what the download holds: `recommendations-q-durand-theme-trade-and-connectivity.csv`,
 * or `recommendations-all.json` when nothing is filtered.
 */
export function exportFileName(state: FilterState, facets: Facet[], extension: 'csv' | 'json'): string {
	const parts: string[] = [];
	const q = state.q.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	if (q) parts.push(`q-${q}`);
	for (const f of facets) {
		const chosen = state.selected[f.key] ?? [];
		if (chosen.length) parts.push(`${f.key}-${chosen.join('+')}`);
	}
	const name = parts.join('_').slice(0, 180) || 'all';
	return `recommendations-${name}.${extension}`;
}
