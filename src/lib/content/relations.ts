/**
 * The relations between entries, derived once per build from the references written on one side.
 *
 * A reference is stored by Astro as `{ collection, id }`. This module walks every entry's data,
 * records each reference with the field it sits in, and builds the inverse index, so that any page
 * can ask "who points at me, and through which field?". It also checks the cross-entry rules that a
 * per-entry schema cannot: references that resolve, unique codes, complete outlooks.
 *
 * Pure: it takes plain entries and returns plain data, so it is unit-tested without Astro.
 */

export interface Link {
	collection: string;
	id: string;
}

/** The part of an Astro collection entry this module reads. */
export interface EntryLike extends Link {
	filePath?: string | undefined;
	data: Record<string, unknown>;
}

export interface Backlink {
	from: Link;
	/** The field of `from` that holds the reference, with array indexes dropped: `outlook.scenarios.scenario`. */
	field: string;
}

/** A reference from an entry: the target and the field that holds it. */
export interface Edge {
	target: Link;
	field: string;
}

export interface Relations {
	/** Every entry, by key. */
	entries: Map<string, EntryLike>;
	/** Outgoing references of each entry, by key. */
	outgoing: Map<string, Edge[]>;
	/** Incoming references of each entry, by key. */
	incoming: Map<string, Backlink[]>;
}

export const keyOf = (link: Link): string => `${link.collection}:${link.id}`;

function isLink(value: unknown): value is Link {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	return keys.length === 2 && typeof (value as Link).collection === 'string' && typeof (value as Link).id === 'string';
}

/** All references in an entry's data, with the dotted field path that holds each. */
export function referencesIn(data: unknown, path: string[] = []): Edge[] {
	if (isLink(data)) return [{ field: path.join('.'), target: { collection: data.collection, id: data.id } }];
	if (Array.isArray(data)) return data.flatMap((item) => referencesIn(item, path));
	if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
		return Object.entries(data).flatMap(([k, v]) => referencesIn(v, [...path, k]));
	}
	return [];
}

/** An error in the content, located by file and field. */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
	}
}

const where = (entry: EntryLike, field: string) => `${entry.filePath ?? keyOf(entry)}: field "${field}"`;

/**
 * Builds the outgoing and incoming indexes, and lists what breaks the cross-entry rules: references
 * to nothing (left out of the indexes), duplicated codes and ranks, incomplete outlooks, a second
 * status for one recommendation.
 */
export function indexRelations(all: EntryLike[]): { relations: Relations; problems: string[] } {
	const entries = new Map(all.map((e) => [keyOf(e), e]));
	const outgoing = new Map<string, Edge[]>();
	const incoming = new Map<string, Backlink[]>();
	const problems: string[] = [];

	for (const entry of all) {
		const refs = referencesIn(entry.data);
		outgoing.set(keyOf(entry), refs);
		for (const { field, target } of refs) {
			if (!entries.has(keyOf(target))) {
				problems.push(`${where(entry, field)} references "${target.id}", which is not an entry of "${target.collection}"`);
				continue;
			}
			const list = incoming.get(keyOf(target)) ?? [];
			list.push({ from: { collection: entry.collection, id: entry.id }, field });
			incoming.set(keyOf(target), list);
		}
	}
	problems.push(...duplicateCodes(all), ...incompleteOutlooks(all), ...duplicateRanks(all), ...duplicateStatuses(all));
	return { relations: { entries, outgoing, incoming }, problems };
}

/** Checks references and the cross-entry rules (a `ContentError` naming each problem) and builds the indexes. */
export function buildRelations(all: EntryLike[]): Relations {
	const { relations, problems } = indexRelations(all);
	if (problems.length) throw new ContentError(problems);
	return relations;
}

/** Entries of `collection` that reference `target`, optionally only through `field`. */
export function referrers(rel: Relations, target: Link, collection: string, field?: string): EntryLike[] {
	const seen = new Set<string>();
	const out: EntryLike[] = [];
	for (const b of rel.incoming.get(keyOf(target)) ?? []) {
		if (b.from.collection !== collection || (field && b.field !== field)) continue;
		const key = keyOf(b.from);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(rel.entries.get(key)!);
	}
	return out.sort(byOrder);
}

/** Entries of `collection` that `source` references, optionally only through `field`, in reading order. */
export function referenced(rel: Relations, source: Link, collection: string, field?: string): EntryLike[] {
	const keys = new Set(
		(rel.outgoing.get(keyOf(source)) ?? [])
			.filter((e) => e.target.collection === collection && (!field || e.field === field))
			.map((e) => keyOf(e.target)),
	);
	return [...keys].map((k) => rel.entries.get(k)!).sort(byOrder);
}

/** Reading order: by `order`, then `start` (eras), then `date` (developments), then id. */
export function byOrder(a: EntryLike, b: EntryLike): number {
	const rank = (e: EntryLike) => (e.data.order ?? e.data.start ?? Number.MAX_SAFE_INTEGER) as number;
	const date = (e: EntryLike) => (typeof e.data.date === 'string' ? e.data.date : '');
	return rank(a) - rank(b) || date(a).localeCompare(date(b)) || a.id.localeCompare(b.id);
}

function duplicateCodes(all: EntryLike[]): string[] {
	const byCode = new Map<string, EntryLike>();
	const problems: string[] = [];
	for (const entry of all) {
		const code = entry.data.code;
		if (typeof code !== 'string') continue;
		const first = byCode.get(code);
		if (first) {
			problems.push(`${where(entry, 'code')} "${code}" is already used by ${first.filePath ?? keyOf(first)}: codes are permanent and unique`);
		} else byCode.set(code, entry);
	}
	return problems;
}

function incompleteOutlooks(all: EntryLike[]): string[] {
	const scenarios = all.filter((e) => e.collection === 'scenarios').map((e) => e.id);
	const problems: string[] = [];
	for (const rec of all.filter((e) => e.collection === 'recommendations')) {
		const outlook = rec.data.outlook as { scenarios?: Array<{ scenario: Link }> } | undefined;
		const named = (outlook?.scenarios ?? []).map((s) => s.scenario.id);
		for (const id of scenarios.filter((s) => !named.includes(s))) {
			problems.push(`${where(rec, 'outlook.scenarios')} has no statement for scenario "${id}" (use status: unstated where the report is silent)`);
		}
		for (const id of new Set(named.filter((n, i) => named.indexOf(n) !== i))) {
			problems.push(`${where(rec, 'outlook.scenarios')} names scenario "${id}" more than once`);
		}
	}
	return problems;
}

function duplicateRanks(all: EntryLike[]): string[] {
	const seen = new Map<number, EntryLike>();
	const problems: string[] = [];
	for (const s of all.filter((e) => e.collection === 'scenarios')) {
		const rank = s.data.likelihoodRank as number;
		const first = seen.get(rank);
		if (first) problems.push(`${where(s, 'likelihoodRank')} ${rank} is also the rank of ${first.filePath ?? first.id}`);
		else seen.set(rank, s);
	}
	return problems;
}

/** Each recommendation has at most one status file (the edition's layer). */
function duplicateStatuses(all: EntryLike[]): string[] {
	const seen = new Map<string, EntryLike>();
	const problems: string[] = [];
	for (const s of all.filter((e) => e.collection === 'statuses')) {
		const rec = (s.data.recommendation as Link | undefined)?.id;
		if (!rec) continue;
		const first = seen.get(rec);
		if (first) problems.push(`${where(s, 'recommendation')} "${rec}" already has a status in ${first.filePath ?? first.id}: one status file per recommendation`);
		else seen.set(rec, s);
	}
	return problems;
}
