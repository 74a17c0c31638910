/**
 * Faceted filtering of the recommendations explorer. Pure and framework-free: the browser script
 * and the unit tests run the same code. Within a facet the chosen values are alternatives (OR);
 * across facets they all apply (AND); the text filter matches every word.
 */
import { stem, words } from './normalise';

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
	/** The body's words, normalised the same way: matched too, but ranked below `text`. */
	body?: string | undefined;
	/** The item's code (AP-07), for a query that is a list of codes. */
	code?: string | undefined;
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
	return !state.q.trim() || textScore(item, state.q) > 0;
}

const CODE = /([a-z]{1,2})[\s-]*0*(\d{1,3})(?![\p{L}\p{N}])/giu;
const codeKey = (letters: string, digits: string) => `${letters.toUpperCase()}-${Number(digits)}`;

/**
 * The codes of a query that is only a list of codes ("AP-06 AP-07 AP-12", "ap6, ap7 and TP-1"), as
 * keys (`AP-6`); undefined when the query is anything else.
 */
export function codeList(q: string): string[] | undefined {
	const keys = [...q.matchAll(CODE)].map((m) => codeKey(m[1]!, m[2]!));
	const rest = q.replace(CODE, ' ').replace(/\band\b|\bor\b|[\s,;&+/]+/gi, '');
	return keys.length > 0 && rest === '' ? keys : undefined;
}

const keyOf = (code: string | undefined) => {
	const m = code?.match(/^([A-Z]{1,2})-?(\d+)$/);
	return m ? codeKey(m[1]!, m[2]!) : undefined;
};

/**
 * How well an item matches the text filter; 0 when it does not. A list of codes matches the items
 * with those codes (an item without a code is matched on its words).
 * Otherwise every word must be in the item's text (code, title, summary, names) or its body, each
 * as a whole stem or a word start; a word in the text counts more than one only in the body.
 */
export function textScore(item: FacetItem, q: string): number {
	const codes = item.code === undefined ? undefined : codeList(q);
	if (codes) return codes.includes(keyOf(item.code) ?? '') ? 1 : 0;
	const stems = words(q).map(stem);
	if (stems.length === 0) return 0;
	let score = 0;
	for (const s of stems) {
		if (item.text.includes(` ${s}`)) score += 3;
		else if (item.body?.includes(` ${s}`)) score += 1;
		else return 0;
	}
	return score;
}

/** The items' ids in the order the text filter ranks them: best first, ties in the list's own order. */
export function rankByText(items: FacetItem[], q: string): string[] {
	return items
		.map((item, i) => ({ id: item.id, i, score: q.trim() ? textScore(item, q) : 0 }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.map((x) => x.id);
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
/** The filters of a view in words, for a printed page: `Words: “border”; Theme: T4 Cross-border ties, T5 …`, or `No filters`. */
export function describeFilters(state: FilterState, facets: Facet[]): string {
	const parts: string[] = [];
	if (state.q.trim()) parts.push(`Words: “${state.q.trim()}”`);
	for (const f of facets) {
		const chosen = state.selected[f.key] ?? [];
		if (chosen.length) parts.push(`${f.label}: ${chosen.map((v) => f.options.find((o) => o.value === v)?.label ?? v).join(' or ')}`);
	}
	return parts.length ? parts.join('; ') : 'No filters';
}

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
