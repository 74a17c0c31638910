/**
 * The report's reading order, derived from the collections: the sidebar and the prev/next links
 * are both built from this one list, so adding an entry adds it to both.
 */
import { entryPath, indexPath, PAGES } from '../urls/urls';
import { KINDS, REFERENCE_LABEL, type PageKind } from './kinds';
import { titleOf } from './related';
import type { EntryLike } from './relations';

export interface ReadingItem {
	/** Root-relative path, without the base. */
	href: string;
	label: string;
	/** Code shown as a badge (T1, AP-07...). */
	code?: string | undefined;
}

export interface ReadingGroup {
	label: string;
	/** The group's overview page, when it has one. */
	overview?: ReadingItem;
	items: ReadingItem[];
}

/** The minimum each entry must provide to be placed in the reading order. */
export interface Orderable {
	id: string;
	data: { title: string; code: string };
}

/** A narrative page (Starlight docs entry) and where it sits. */
export interface NarrativePage {
	href: string;
	label: string;
	part: 'opening' | 'closing' | 'reference';
	order: number;
}

export interface ReadingInput {
	narrative: NarrativePage[];
	themes: Orderable[];
	scenarios: Orderable[];
	factors: Orderable[];
	recommendations: Orderable[];
}

const item = (kind: 'themes' | 'scenarios' | 'factors' | 'recommendations') => (e: Orderable): ReadingItem => ({
	href: entryPath(kind, e.id),
	label: e.data.title,
	code: e.data.code,
});

/** The report, part by part, in the order it is read. Entries are expected in reading order. */
export function readingOrder(c: ReadingInput): ReadingGroup[] {
	const part = (p: NarrativePage['part']): ReadingItem[] =>
		c.narrative
			.filter((n) => n.part === p)
			.sort((a, b) => a.order - b.order)
			.map(({ href, label }) => ({ href, label }));
	return [
		{ label: 'The report', items: part('opening') },
		{ label: 'Themes', overview: { href: indexPath('themes'), label: 'All themes' }, items: c.themes.map(item('themes')) },
		{
			label: 'Scenarios',
			overview: { href: indexPath('scenarios'), label: 'All scenarios' },
			items: [...c.scenarios.map(item('scenarios')), { href: PAGES.comparison, label: 'Scenarios compared' }],
		},
		{
			label: 'Complicating factors',
			overview: { href: indexPath('factors'), label: 'All factors' },
			items: c.factors.map(item('factors')),
		},
		{
			label: 'Recommendations',
			overview: { href: PAGES.explorer, label: 'Explore all recommendations' },
			items: [...c.recommendations.map(item('recommendations')), { href: PAGES.matrix, label: 'Outlook by condition and scenario' }],
		},
		{ label: 'Conclusion', items: part('closing') },
		{
			label: REFERENCE_LABEL,
			items: [
				{ href: PAGES.figures, label: 'Key figures' },
				{ href: PAGES.glossary, label: 'Glossary' },
				{ href: indexPath('actors'), label: 'Actors' },
				...part('reference'),
				{ href: PAGES.data, label: 'Data downloads' },
			],
		},
		{
			// The edition's own layer: after the report, never part of it.
			label: 'Since publication',
			items: [
				{ href: PAGES.since, label: 'What happened after the report (edition)' },
				{ href: PAGES.changes, label: 'Changes to this edition' },
			],
		},
	].filter((g) => g.items.length > 0 || g.overview);
}

/** The reading order as one flat list, overview pages first in their group. */
export function flatten(groups: ReadingGroup[]): ReadingItem[] {
	return groups.flatMap((g) => (g.overview ? [g.overview, ...g.items] : g.items));
}

/**
 * A kind's entries as an order of their own, for a kind whose pages walk among themselves (the
 * table's `pages.walk`: the edition's timeline, by date), in the order given.
 */
export function kindOrder(kind: PageKind, entries: EntryLike[]): ReadingGroup[] {
	return [{ label: KINDS[kind].plural, items: entries.map((e) => ({ href: entryPath(kind, e.id), label: titleOf(e) })) }];
}

/** Previous and next pages around `path` in reading order. */
export function neighbours(groups: ReadingGroup[], path: string): { prev?: ReadingItem; next?: ReadingItem } {
	const list = flatten(groups);
	const i = list.findIndex((it) => it.href === path);
	if (i < 0) return {};
	const out: { prev?: ReadingItem; next?: ReadingItem } = {};
	if (i > 0) out.prev = list[i - 1]!;
	if (i < list.length - 1) out.next = list[i + 1]!;
	return out;
}
