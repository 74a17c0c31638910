/**
 * The lines of an entry's facts panel (who must act, themes, audience, likelihood...), as its kind's
 * `facts` spec lists them: linked entries, or a field's value in words.
 */
import { kindOf, type FactSpec } from '../content/kinds';
import { referenced, type EntryLike, type Relations } from '../content/relations';
import { titleOf, type RelatedItem } from '../content/related';
import { hrefOf } from '../urls/urls';

export interface Fact {
	label: string;
	/** Linked entries, or else `text`. */
	items?: RelatedItem[];
	text?: string;
}

/** The report's own verb for an actor a recommendation names (`modal` on its `mustAct` item), where it suggests rather than asks. */
export function modalOf(entry: EntryLike, actorId: string): string | undefined {
	const items = (entry.data.mustAct ?? []) as Array<{ actor: { id: string } | string; modal?: string }>;
	return items.find((m) => (typeof m.actor === 'string' ? m.actor : m.actor.id) === actorId)?.modal;
}

/** How the facts panel and the explorer show that verb: `the report: “could”`. */
export const modalNote = (modal: string) => `the report: “${modal}”`;

function fact(rel: Relations, entry: EntryLike, spec: FactSpec, scenarioCount: number): Fact | undefined {
	const d = entry.data;
	if ('collection' in spec) {
		const items = referenced(rel, entry, spec.collection, spec.field).map((e) => {
			const modal = spec.field === 'mustAct.actor' ? modalOf(entry, e.id) : undefined;
			return { href: hrefOf(e), title: titleOf(e), ...(modal ? { note: modalNote(modal) } : {}) };
		});
		return items.length ? { label: spec.label, items } : undefined;
	}
	if ('likelihood' in spec) {
		return typeof d.likelihood === 'string'
			? { label: spec.label, text: `${d.likelihood} (ranked ${String(d.likelihoodRank)} of ${scenarioCount} by the report)` }
			: undefined;
	}
	const value = d[spec.value];
	if (typeof value !== 'string' || !value) return undefined;
	return { label: spec.label, text: spec.labels ? (spec.labels[value] ?? value) : value.replace('-', ' ') };
}

/** The facts of `entry`'s panel, in its kind's order; a fact with nothing to say is left out. */
export function factsFor(rel: Relations, entry: EntryLike, scenarioCount: number): Fact[] {
	return (kindOf(entry.collection)?.facts ?? []).flatMap((spec) => fact(rel, entry, spec, scenarioCount) ?? []);
}
