/**
 * The "related" block of every page, computed from the relations graph: a theme lists the
 * scenarios, factors, eras and recommendations that reference it; a recommendation lists its
 * themes, actors and scenario outlook; an actor lists every entry that involves it.
 */
import { DERIVED_LABEL } from './model';
import { outlookRows, type ScenarioForOutlook } from './outlook';
import { keyOf, referenced, referrers, type EntryLike, type Link, type Relations } from './relations';
import { anchorPath, entryPath, type EntryKind } from './urls';

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

const PAGE_KINDS = new Set(['themes', 'scenarios', 'factors', 'recommendations', 'actors']);

/** Where an entry of any collection is read: its own page, or its anchor on a one-page kind. */
export function hrefOf(e: Link): string {
	if (PAGE_KINDS.has(e.collection)) return entryPath(e.collection as EntryKind, e.id);
	if (e.collection === 'eras' || e.collection === 'glossary' || e.collection === 'figures') return anchorPath(e.collection, e.id);
	throw new Error(`No URL for collection "${e.collection}"`);
}

export function titleOf(e: EntryLike): string {
	const d = e.data as { title?: string; name?: string; term?: string; measures?: string };
	return d.title ?? d.name ?? d.term ?? d.measures ?? e.id;
}

const toItem = (e: EntryLike, note?: string): RelatedItem => ({
	href: hrefOf(e),
	title: titleOf(e),
	code: typeof e.data.code === 'string' ? e.data.code : undefined,
	note,
});

const group = (label: string, entries: EntryLike[], note?: (e: EntryLike) => string | undefined): RelatedGroup => ({
	label,
	items: entries.map((e) => toItem(e, note?.(e))),
});

/** Status of a recommendation under a scenario. */
/** A recommendation's outlook under a scenario in words, with the edition's reading where there is one. */
export function outlookLabelFor(rec: EntryLike, scenario: EntryLike): string {
	const row = outlookRows(rec, [scenario as unknown as ScenarioForOutlook]).find((r) => r.key === scenario.id)!;
	return row.derived ? `${row.statusLabel}; ${DERIVED_LABEL.toLowerCase()}: ${row.derived.statusLabel}` : row.statusLabel;
}

const LABELS: Record<string, string> = {
	themes: 'Themes',
	scenarios: 'Scenarios',
	factors: 'Complicating factors',
	recommendations: 'Recommendations',
	eras: 'Historical eras',
	actors: 'Actors',
	glossary: 'Mechanisms and terms',
};

/** The related groups for one entry; empty groups are dropped. */
export function relatedFor(rel: Relations, link: Link): RelatedGroup[] {
	const entry = rel.entries.get(keyOf(link));
	if (!entry) throw new Error(`Unknown entry ${keyOf(link)}`);
	const out = (c: string) => referenced(rel, entry, c);
	const inc = (c: string, field?: string) => referrers(rel, entry, c, field);
	let groups: RelatedGroup[];
	switch (entry.collection) {
		case 'themes':
			groups = [
				group('Recommendations that address this theme', inc('recommendations', 'themes')),
				group(LABELS.scenarios!, inc('scenarios')),
				group(LABELS.factors!, inc('factors')),
				group(LABELS.eras!, inc('eras')),
				group(LABELS.actors!, out('actors')),
			];
			break;
		case 'scenarios':
			groups = [
				group('Recommendations and their outlook here', inc('recommendations', 'outlook.scenarios.scenario'), (r) => outlookLabelFor(r, entry)),
				group(LABELS.themes!, out('themes')),
				group(LABELS.factors!, inc('factors')),
				group(LABELS.actors!, out('actors')),
			];
			break;
		case 'factors':
			groups = [group(LABELS.scenarios!, out('scenarios')), group(LABELS.themes!, out('themes')), group(LABELS.actors!, out('actors'))];
			break;
		case 'recommendations': {
			const themes = out('themes');
			const siblings = themes
				.flatMap((t) => referrers(rel, t, 'recommendations', 'themes'))
				.filter((r, i, all) => r.id !== entry.id && all.findIndex((x) => x.id === r.id) === i);
			groups = [
				group('Themes it addresses', themes),
				group('Who must act', referenced(rel, entry, 'actors', 'mustAct.actor')),
				group('Also involved', referenced(rel, entry, 'actors', 'involved')),
				group('Outlook by scenario', out('scenarios'), (s) => outlookLabelFor(entry, s)),
				group('Mechanisms it names', out('glossary')),
				group('Recommendations on the same themes', siblings),
			];
			break;
		}
		case 'actors':
			groups = [
				...['themes', 'scenarios', 'factors'].map((c) => group(LABELS[c]!, inc(c))),
				group('Recommendations it must act on', inc('recommendations', 'mustAct.actor')),
				group('Recommendations that involve it', inc('recommendations', 'involved')),
				group(LABELS.eras!, inc('eras')),
			];
			break;
		default:
			groups = [];
	}
	return groups.filter((g) => g.items.length > 0);
}
