/**
 * A brief: the reader's title, citation style and items in the reader's order. An item is named by
 * its permanent address (`key`: the root-relative path with its `#fragment`, without the base), its
 * kind, the text captured when it was added and that text's fingerprint; the reader's note rides
 * with it. Stored in the browser (versioned, migrated here), carried in share links and export files.
 * Pure: validation and migration never throw, they keep what is valid and count what is not.
 */
import { fingerprint, normaliseText } from './fingerprint';

export const BRIEF_VERSION = 2;

export const ITEM_KINDS = {
	passage: 'Passage',
	recommendation: 'Recommendation',
	measure: 'Sub-measure',
	outlook: 'Outlook statement',
	figure: 'Key figure',
	chart: 'Chart',
	term: 'Glossary entry',
	development: 'Development (the edition’s record)',
	page: 'Page',
} as const;
export type ItemKind = keyof typeof ITEM_KINDS;

export const BRIEF_STYLES = {
	chicago: 'Chicago (notes and bibliography)',
	'chicago-ad': 'Chicago (author-date)',
	apa: 'APA',
	mla: 'MLA',
} as const;
export type BriefStyle = keyof typeof BRIEF_STYLES;
export const DEFAULT_STYLE: BriefStyle = 'chicago';

export interface BriefItem {
	/** Root-relative permanent address with its fragment: `/themes/trade-and-connectivity/#p-...`, `/since/<id>/`. */
	key: string;
	kind: ItemKind;
	/** The text as captured (the edition's words; report excerpts inside it are in quotation marks). */
	text: string;
	/** `fingerprint(text)`. */
	fp: string;
	/** The reader's note. */
	note: string;
	/** Report pages of the item itself, where narrower than its page's (`24` or `24-30`). */
	pages?: string | undefined;
}

export interface Brief {
	v: typeof BRIEF_VERSION;
	title: string;
	style: BriefStyle;
	items: BriefItem[];
}

export const emptyBrief = (): Brief => ({ v: BRIEF_VERSION, title: '', style: DEFAULT_STYLE, items: [] });

/** Limits that keep a hostile link or file from filling the page. */
export const LIMITS = { items: 500, text: 4000, note: 4000, title: 300 } as const;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const KEY_RE = /^\/[a-z0-9/_.-]*\/(#[A-Za-z0-9_:.-]+)?$/;

/**
 * One item, checked: a well-formed key, a known kind, text within the limit and matching its
 * fingerprint (a link edited by hand, or cut short, fails here). Undefined when invalid.
 */
export function validItem(x: unknown): BriefItem | undefined {
	if (!isObj(x)) return undefined;
	const { key, kind, text, fp, note, pages } = x;
	if (typeof key !== 'string' || !KEY_RE.test(key)) return undefined;
	if (typeof kind !== 'string' || !(kind in ITEM_KINDS)) return undefined;
	if (typeof text !== 'string' || !text || text.length > LIMITS.text) return undefined;
	if (typeof fp !== 'string' || fp !== fingerprint(text)) return undefined;
	if (note !== undefined && (typeof note !== 'string' || note.length > LIMITS.note)) return undefined;
	if (pages !== undefined && (typeof pages !== 'string' || !/^\d+(-\d+)?$/.test(pages))) return undefined;
	return { key, kind: kind as ItemKind, text, fp, note: (note as string | undefined) ?? '', ...(pages ? { pages } : {}) };
}

export interface Loaded {
	brief: Brief;
	/** Items that were present but invalid, and left out. */
	dropped: number;
	/** The input was of an older version and was migrated. */
	migrated: boolean;
	/** What was wrong with the whole (not a brief, a newer version); undefined when it read. */
	problem?: string;
}

/** Version 1 (the first draft's shape): items named by `url`, no style, no per-item pages. */
function fromV1(x: Record<string, unknown>): Record<string, unknown> {
	const items = Array.isArray(x.items) ? x.items.map((i) => (isObj(i) ? { ...i, key: i.url, url: undefined } : i)) : x.items;
	return { ...x, v: 2, style: DEFAULT_STYLE, items };
}
const MIGRATIONS: Record<number, (x: Record<string, unknown>) => Record<string, unknown>> = { 1: fromV1 };

/** Reads a stored or imported brief of any known version, migrating it and keeping every valid item. */
export function readBrief(raw: unknown): Loaded {
	if (!isObj(raw) || typeof raw.v !== 'number') return { brief: emptyBrief(), dropped: 0, migrated: false, problem: 'This is not a brief.' };
	if (raw.v > BRIEF_VERSION) return { brief: emptyBrief(), dropped: 0, migrated: false, problem: `This brief was made by a newer version of the site (version ${raw.v}); reload the page.` };
	let x = raw;
	let migrated = false;
	while ((x.v as number) < BRIEF_VERSION) {
		const step = MIGRATIONS[x.v as number];
		if (!step) return { brief: emptyBrief(), dropped: 0, migrated: false, problem: `Unknown brief version ${String(x.v)}.` };
		x = step(x);
		migrated = true;
	}
	const list = Array.isArray(x.items) ? x.items.slice(0, LIMITS.items) : [];
	const items = dedupe(list.map(validItem).filter((i): i is BriefItem => !!i));
	const dropped = (Array.isArray(x.items) ? x.items.length : 0) - items.length;
	return { brief: { v: BRIEF_VERSION, title: typeof x.title === 'string' ? x.title.slice(0, LIMITS.title) : '', style: isStyle(x.style) ? x.style : DEFAULT_STYLE, items }, dropped, migrated };
}

export const isStyle = (s: unknown): s is BriefStyle => typeof s === 'string' && s in BRIEF_STYLES;

/** One item per address, the first kept. */
export function dedupe(items: BriefItem[]): BriefItem[] {
	const seen = new Set<string>();
	return items.filter((i) => !seen.has(i.key) && (seen.add(i.key), true));
}

/** Adds items not already in the brief (by address); returns the new brief and how many were added. */
export function addItems(brief: Brief, items: BriefItem[]): { brief: Brief; added: BriefItem[] } {
	const have = new Set(brief.items.map((i) => i.key));
	const added = dedupe(items.filter((i) => !have.has(i.key)));
	return { brief: { ...brief, items: [...brief.items, ...added] }, added };
}

/** Moves the item at `from` to `to` (both clamped). */
export function moveItem(brief: Brief, from: number, to: number): Brief {
	const items = [...brief.items];
	const t = Math.max(0, Math.min(items.length - 1, to));
	const [it] = items.splice(from, 1);
	if (!it) return brief;
	items.splice(t, 0, it);
	return { ...brief, items };
}

/** Builds an item from captured text. */
export function makeItem(key: string, kind: ItemKind, captured: string, pages?: string): BriefItem {
	const text = normaliseText(captured).slice(0, LIMITS.text);
	return { key, kind, text, fp: fingerprint(text), note: '', ...(pages ? { pages } : {}) };
}
