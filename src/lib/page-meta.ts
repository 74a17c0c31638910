/**
 * What the chrome of an entry page shows and what search indexes about it: title, description,
 * kind, code, and the Pagefind filters (kind, audience, actor, theme, scenario).
 */
import { AUDIENCES, OUTLOOK_LABELS, STANCE_LABELS, type Audience, type OutlookStatus } from './model';
import { referenced, type EntryLike, type Relations } from './relations';
import { titleOf } from './related';
import type { PageRange } from './report-pages';

export const KIND_LABELS: Record<string, string> = {
	themes: 'Theme',
	scenarios: 'Scenario',
	factors: 'Complicating factor',
	recommendations: 'Recommendation',
	actors: 'Actor',
	docs: 'Report page',
};

export interface PageMeta {
	title: string;
	description: string;
	kind: string;
	code?: string | undefined;
	/** Report pages the entry restates. */
	pages?: PageRange | undefined;
	/** Filter name -> values, for Pagefind. */
	filters: Record<string, string[]>;
}

export function pageMeta(rel: Relations, entry: EntryLike): PageMeta {
	const d = entry.data as Record<string, unknown>;
	const titles = (c: string) => referenced(rel, entry, c).map(titleOf);
	const filters: Record<string, string[]> = { kind: [KIND_LABELS[entry.collection] ?? entry.collection] };
	const add = (name: string, values: string[]) => {
		if (values.length) filters[name] = values;
	};
	add('actor', titles('actors'));
	add('theme', entry.collection === 'themes' ? [titleOf(entry)] : titles('themes'));
	add('scenario', entry.collection === 'scenarios' ? [titleOf(entry)] : titles('scenarios'));
	if (entry.collection === 'recommendations') {
		add('audience', [AUDIENCES[d.audience as Audience]]);
	}
	const description =
		(d.summary as string | undefined) ?? (d.description as string | undefined) ?? `${KIND_LABELS[entry.collection]}: ${titleOf(entry)}`;
	return {
		title: titleOf(entry),
		description,
		kind: KIND_LABELS[entry.collection] ?? entry.collection,
		code: typeof d.code === 'string' ? d.code : undefined,
		pages: d.pages as PageRange | undefined,
		filters,
	};
}

export { OUTLOOK_LABELS, STANCE_LABELS, type OutlookStatus };
