/** The linked facts of an entry's facts panel: who must act, themes, scenarios, mechanisms. */
import { referenced, type EntryLike, type Relations } from './relations';
import { hrefOf, titleOf, type RelatedItem } from './related';

export interface Fact {
	label: string;
	items: RelatedItem[];
}

const FIELDS: Record<string, Array<[collection: string, label: string, field?: string]>> = {
	recommendations: [
		['actors', 'Who must act', 'mustAct.actor'],
		['actors', 'Also involved', 'involved'],
		['themes', 'Themes'],
		['glossary', 'Mechanisms'],
	],
	scenarios: [['themes', 'Themes']],
	factors: [
		['scenarios', 'Scenarios'],
		['themes', 'Themes'],
	],
};

export function factsFor(rel: Relations, entry: EntryLike): Fact[] {
	return (FIELDS[entry.collection] ?? [])
		.map(([collection, label, field]) => ({
			label,
			items: referenced(rel, entry, collection, field).map((e) => ({ href: hrefOf(e), title: titleOf(e) })),
		}))
		.filter((f) => f.items.length > 0);
}
