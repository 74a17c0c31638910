/**
 * The history page draws its eras with a component (the timeline), so Starlight's "On this page"
 * does not see their headings; these give it one entry per era, pointing at the era's heading.
 */
import type { MarkdownHeading } from 'astro';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { KINDS } from './kinds';
import { anchorId } from '../urls/urls';

export interface EraLike {
	id: string;
	data: { title: string };
}

/** One level-2 heading per era, in the timeline's order, with the era's anchor as its slug. */
export function eraHeadings(eras: EraLike[]): MarkdownHeading[] {
	return eras.map((e) => ({ depth: 2, slug: anchorId('eras', e.id), text: e.data.title }));
}

/** On the history page (`current`, a root-relative path), adds the eras after the page's own headings to its headings and table of contents. */
export function addEraHeadings(route: Pick<StarlightRouteData, 'headings' | 'toc'>, current: string, eras: EraLike[]): void {
	if (current !== KINDS.eras.anchors.page) return;
	const headings = eraHeadings(eras);
	route.headings = [...route.headings, ...headings];
	if (route.toc) route.toc.items = [...route.toc.items, ...headings.map((h) => ({ ...h, children: [] }))];
}
