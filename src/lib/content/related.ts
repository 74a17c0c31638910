/**
 * The "related" block of every page, computed from the relations graph: a theme lists the
 * scenarios, factors, eras and recommendations that reference it; a recommendation lists its
 * themes, actors and scenario outlook; an actor lists every entry that involves it.
 */
import { kindOf, type RelatedGroupSpec } from './kinds';
import { DERIVED_LABEL } from './model';
import { outlookRows, type ScenarioForOutlook } from '../panels/outlook';
import { keyOf, referenced, referrers, type EntryLike, type Link, type Relations } from './relations';
import { hrefOf } from '../urls/urls';

export interface RelatedItem {
	href: string;
	title: string;
	code?: string | undefined;
	note?: string | undefined;
}
export interface RelatedGroup {
	label: string;
	items: RelatedItem[];
}

/** An entry's title: the field its kind names (`name` for actors, `term` for glossary terms), else its id. */
export function titleOf(e: EntryLike): string {
	const field = kindOf(e.collection)?.titleField;
	const title = field ? e.data[field] : undefined;
	return typeof title === 'string' ? title : e.id;
}

const toItem = (e: EntryLike, note?: string): RelatedItem => ({
	href: hrefOf(e),
	title: titleOf(e),
	code: typeof e.data.code === 'string' ? e.data.code : undefined,
	note,
});

/** A recommendation's outlook under a scenario in words, with the edition's reading where there is one. */
export function outlookLabelFor(rec: EntryLike, scenario: EntryLike): string {
	const row = outlookRows(rec, [scenario as unknown as ScenarioForOutlook]).find((r) => r.key === scenario.id)!;
	return row.derived ? `${row.statusLabel}; ${DERIVED_LABEL.toLowerCase()}: ${row.derived.statusLabel}` : row.statusLabel;
}

/** The entries of one related group of `entry`, as its kind's spec says. */
function groupEntries(rel: Relations, entry: EntryLike, spec: RelatedGroupSpec): EntryLike[] {
	if (spec.direction === 'references') return referenced(rel, entry, spec.collection, spec.field);
	if (spec.direction === 'referrers') return referrers(rel, entry, spec.collection, spec.field);
	// Siblings: other entries of the collection that share one of this entry's themes.
	return referenced(rel, entry, 'themes')
		.flatMap((t) => referrers(rel, t, spec.collection, 'themes'))
		.filter((r, i, all) => r.id !== entry.id && all.findIndex((x) => x.id === r.id) === i);
}

/** The related groups for one entry, from its kind's `related` specs; empty groups are dropped. */
export function relatedFor(rel: Relations, link: Link): RelatedGroup[] {
	const entry = rel.entries.get(keyOf(link));
	if (!entry) throw new Error(`Unknown entry ${keyOf(link)}`);
	const outlook = (other: EntryLike) => (entry.collection === 'recommendations' ? outlookLabelFor(entry, other) : outlookLabelFor(other, entry));
	return (kindOf(entry.collection)?.related ?? [])
		.map((spec) => ({
			label: spec.label,
			items: groupEntries(rel, entry, spec).map((e) => toItem(e, spec.note === 'outlook' ? outlook(e) : undefined)),
		}))
		.filter((g) => g.items.length > 0);
}
