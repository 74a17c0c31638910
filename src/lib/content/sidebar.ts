/**
 * Turns the reading order into Starlight sidebar entries for one page.
 *
 * A group with more than MAX_LISTED entries lists only its overview and the entries around the
 * current page: a sidebar that lists every entry on every page makes each page's HTML grow with the
 * content, and the whole build with its square. The overview page (the explorer) lists them all.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { withBase } from '../urls/urls';
import type { ReadingGroup, ReadingItem } from './reading-order';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

export const MAX_LISTED = 30;
const WINDOW = 5;

export function makeSidebarLink(it: ReadingItem, current: string, base: string): SidebarLink {
	return {
		type: 'link',
		label: it.code ? `${it.code} ${it.label}` : it.label,
		href: withBase(it.href, base),
		isCurrent: it.href === current,
		badge: undefined,
		attrs: {},
	} satisfies SidebarLink;
}

function makeSidebarGroup(label: string, entries: SidebarLink[], collapsed: boolean): SidebarGroup {
	return { type: 'group', label, entries, collapsed, badge: undefined } satisfies SidebarGroup;
}

/** The items of a group to list on the page at `current`. */
export function visibleItems(items: ReadingItem[], current: string): ReadingItem[] {
	if (items.length <= MAX_LISTED) return items;
	const i = items.findIndex((it) => it.href === current);
	if (i < 0) return [];
	return items.slice(Math.max(0, i - WINDOW), i + WINDOW + 1);
}

/** The sidebar for the page at `current` (root-relative, without base). */
export function buildSidebar(groups: ReadingGroup[], current: string, base: string): SidebarEntry[] {
	return groups.map((g) => {
		const here = g.items.some((it) => it.href === current) || g.overview?.href === current;
		const listed = visibleItems(g.items, current);
		const entries = [...(g.overview ? [g.overview] : []), ...listed].map((it) => makeSidebarLink(it, current, base));
		return makeSidebarGroup(g.label, entries, !here && g.items.length > 6);
	});
}
