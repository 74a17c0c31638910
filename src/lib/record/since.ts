/**
 * The edition's "since publication" layer, computed from the relations graph: the developments that
 * bear on an entry, a recommendation's status, its evidence and its newest development, and the
 * edition's reading of which scenario came about. Pure, so it is unit-tested without Astro.
 */
import { KINDS, PAGE_KINDS, type Kind, type KindSpec } from '../content/kinds';
import { keyOf, referenced, referrers, type EntryLike, type Link, type Relations } from '../content/relations';
import { titleOf } from '../content/related';
import type { Facet, FacetItem } from '../search/facets';

export interface SourceData {
	outlet: string;
	title: string;
	date: string;
	url: string;
	excerpt: string;
}
export interface DevelopmentData {
	date: string;
	dateEnd?: string | undefined;
	title: string;
	statement: string;
	sources: SourceData[];
	note?: string | undefined;
}

/** Kinds of entry page that carry a "since publication" panel (the kinds table's `since`). */
export const SINCE_KINDS: readonly string[] = PAGE_KINDS.filter((k) => 'since' in KINDS[k]);

/** Kinds whose panel shows only when some development names the entry (an actor of 1893 has none). */
export const SINCE_KINDS_IF_ANY: readonly string[] = PAGE_KINDS.filter((k) => (KINDS[k] as KindSpec).since?.panel === 'if-named');

const devData = (e: EntryLike) => e.data as unknown as DevelopmentData;

/** Oldest first, by date, then id. */
export const byDate = (a: EntryLike, b: EntryLike) => devData(a).date.localeCompare(devData(b).date) || a.id.localeCompare(b.id);

/** The developments that name `target` (a theme, scenario, factor, recommendation or actor), oldest first. */
export function developmentsOn(rel: Relations, target: Link): EntryLike[] {
	return referrers(rel, target, 'developments').sort(byDate);
}

/** The status file of a recommendation, if the edition has one. */
export function statusOf(rel: Relations, rec: Link): EntryLike | undefined {
	return referrers(rel, rec, 'statuses', 'recommendation')[0];
}

/** The developments a status cites as its evidence, oldest first. */
export function evidenceOf(rel: Relations, status: Link): EntryLike[] {
	return referenced(rel, status, 'developments').sort(byDate);
}

/** The recommendations whose status cites a development as evidence, each with that status, by code. */
export function statusesCiting(rel: Relations, development: Link): Array<{ status: EntryLike; recommendation: EntryLike }> {
	return referrers(rel, development, 'statuses', 'developments')
		.flatMap((status) => referenced(rel, status, 'recommendations', 'recommendation').map((recommendation) => ({ status, recommendation })))
		.sort((a, b) => String(a.recommendation.data.code).localeCompare(String(b.recommendation.data.code)));
}

/**
 * What a recommendation's panel shows: the developments that name it directly, plus those its status
 * cites, without duplicates, oldest first.
 */
export function developmentsForRecommendation(rel: Relations, rec: Link): EntryLike[] {
	const status = statusOf(rel, rec);
	const all = [...developmentsOn(rel, rec), ...(status ? evidenceOf(rel, status) : [])];
	return all.filter((e, i) => all.findIndex((x) => keyOf(x) === keyOf(e)) === i).sort(byDate);
}

/**
 * What a recommendation's panel lists in full: the developments its status cites as evidence (all
 * that name it when it has no status yet); `others` counts the rest that name it, which the panel
 * leaves to the timeline filtered for the recommendation; `all` is both together.
 */
export function recommendationPanel(rel: Relations, rec: Link): { shown: EntryLike[]; others: number; all: number } {
	const status = statusOf(rel, rec);
	const all = developmentsForRecommendation(rel, rec);
	const shown = status ? evidenceOf(rel, status) : all;
	return { shown, others: all.length - shown.length, all: all.length };
}

/** The newest development bearing on a recommendation (naming it or cited for its status), by date. */
export function newestForRecommendation(rel: Relations, rec: Link): EntryLike | undefined {
	return developmentsForRecommendation(rel, rec).sort(byDate).at(-1);
}

export interface ScenarioReading {
	scenario: EntryLike;
	/** How many developments tagged to any scenario name this one, and how many are tagged at all. */
	count: number;
	tagged: number;
	/** The first two developments tagged to it: the statements the panel quotes with their sources. */
	evidence: EntryLike[];
}

/**
 * The edition's reading of which scenario came about: the scenario the most developments are tagged
 * to (ties go to the one named first in date order). Undefined when no development names a scenario.
 */
export function scenarioReading(rel: Relations, scenarios: EntryLike[], developments: EntryLike[]): ScenarioReading | undefined {
	const tagged = developments.filter((d) => referenced(rel, d, 'scenarios').length > 0);
	if (!tagged.length) return undefined;
	const scored = scenarios.map((s) => {
		const on = developmentsOn(rel, s);
		return { scenario: s, count: on.length, first: on[0] ? devData(on[0]).date : '9999', evidence: on.slice(0, 2) };
	});
	scored.sort((a, b) => b.count - a.count || a.first.localeCompare(b.first));
	const best = scored[0]!;
	return { scenario: best.scenario, count: best.count, tagged: tagged.length, evidence: best.evidence };
}

/** A development's date for display: `15 August 2021`, `August 2021`, or a range. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const month = new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
	return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

export function formatRange(date: string, dateEnd?: string): string {
	return dateEnd && dateEnd !== date ? `${formatDate(date)} – ${formatDate(dateEnd)}` : formatDate(date);
}

/** Each source outlet and how many development entries cite it, most-used first. */
export function outletCounts(developments: EntryLike[]): Array<{ outlet: string; entries: number }> {
	const counts = new Map<string, number>();
	for (const d of developments) {
		for (const outlet of new Set(devData(d).sources.map((s) => s.outlet))) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
	}
	return [...counts].map(([outlet, entries]) => ({ outlet, entries })).sort((a, b) => b.entries - a.entries || a.outlet.localeCompare(b.outlet));
}

type Filterable = { [K in Kind]: (typeof KINDS)[K] extends { since: object } ? K : never }[Kind];
/** The /since/ filter key for each collection a development can bear on (the kinds table's `since.filter`), in the table's order. */
export const SINCE_FILTER_KEYS = Object.fromEntries(
	(Object.keys(KINDS) as Kind[]).flatMap((k) => {
		const since = (KINDS[k] as KindSpec).since;
		return since ? [[k, since.filter]] : [];
	}),
) as Record<Filterable, string>;

/**
 * The /since/ page's filter facets (theme, scenario, factor, actor, recommendation: the values
 * developments use) and one filterable item per development. `entries` holds each collection's
 * entries in reading order. A recommendation's developments are those its page lists: the ones that
 * name it and the ones its status cites.
 */
export function sinceFacets(rel: Relations, developments: EntryLike[], entries: Record<Filterable, EntryLike[]>): { facets: Facet[]; items: FacetItem[] } {
	const kinds = Object.keys(SINCE_FILTER_KEYS) as Filterable[];
	const byRecommendation = entries.recommendations.map((r) => ({ id: r.id, on: new Set(developmentsForRecommendation(rel, r).map(keyOf)) }));
	const valuesOf = (d: EntryLike, c: Filterable) =>
		c === 'recommendations' ? byRecommendation.filter((r) => r.on.has(keyOf(d))).map((r) => r.id) : referenced(rel, d, c).map((e) => e.id);
	const items = developments.map((d) => ({
		id: d.id,
		values: Object.fromEntries(kinds.map((c) => [SINCE_FILTER_KEYS[c], valuesOf(d, c)])),
		// The page filters by facets only; no text is needed.
		text: '',
	}));
	const option = (e: EntryLike) => ({ value: e.id, label: `${typeof e.data.code === 'string' ? `${e.data.code} ` : ''}${titleOf(e)}` });
	const facets: Facet[] = kinds.map((c) => {
		const key = SINCE_FILTER_KEYS[c];
		const used = new Set(items.flatMap((i) => i.values[key] ?? []));
		const options = entries[c].filter((e) => used.has(e.id)).map(option);
		if (c === 'actors') options.sort((a, b) => a.label.localeCompare(b.label));
		return { key, label: key.charAt(0).toUpperCase() + key.slice(1), options };
	});
	return { facets, items };
}

/** How many developments a panel lists before it points to the full, filtered timeline. */
export const PANEL_MAX = 6;

/** A long list shown as its first and last few (in date order), with the count left out between them. */
export function panelSelection<T>(list: T[], max = PANEL_MAX): { head: T[]; omitted: number; tail: T[] } {
	if (list.length <= max) return { head: list, omitted: 0, tail: [] };
	const first = Math.ceil(max / 2);
	const last = max - first;
	return { head: list.slice(0, first), omitted: list.length - max, tail: list.slice(list.length - last) };
}

