/** The explorer's facets and items, built from the collections (adding an entry adds it here). */
import { modalNote, modalOf } from '../panels/facts';
import type { Site } from '../content/content';
import { actorFacetValues } from '../panels/actor-tree';
import { AUDIENCES, OUTLOOK_LABELS, OUTLOOK_STATUSES, derivedLabel, derivedValue, type Audience } from '../content/model';
import type { Facet, FacetItem } from './facets';
import { outlookRows, type OutlookRow } from '../panels/outlook';
import { referenced } from '../content/relations';
import { titleOf } from '../content/related';
import { aliasGroups } from './search-aliases';
import { normaliseText } from './normalise';
import { usesTerm } from '../panels/terms';

/** The facet values of one outlook cell: the report's status, and the edition's reading marked as derived. */
const outlookValues = (o: OutlookRow) => [o.status, ...(o.derived ? [derivedValue(o.derived.status)] : [])];

import { editionStatus, type EditionStatus } from '../record/since-export';
import { SINCE_STATUSES } from '../record/status-vocabulary';

/** The explorer facet of the edition's status since publication (not the report's). */
export const SINCE_FACET = 'since';

export function explorerFacets(site: Site): Facet[] {
	const rows = explorerRows(site);
	const actorOptions = (key: 'actor' | 'involved') => {
		const ids = new Set(rows.flatMap((r) => r.values[key] ?? []));
		return site.actors
			.filter((a) => ids.has(a.id))
			.map((a) => ({ value: a.id, label: a.data.name }))
			.sort((a, b) => a.label.localeCompare(b.label));
	};
	// Each outlook facet offers the statuses that occur in its column, in the vocabulary's order, then the edition's readings.
	const outlookOptions = (key: string) => {
		const used = new Set(rows.flatMap((r) => r.values[key] ?? []));
		return [
			...OUTLOOK_STATUSES.filter((s) => used.has(s)).map((s) => ({ value: s, label: OUTLOOK_LABELS[s] })),
			...OUTLOOK_STATUSES.filter((s) => used.has(derivedValue(s))).map((s) => ({ value: derivedValue(s), label: derivedLabel(s) })),
		];
	};
	const columns = rows[0]?.outlook ?? [];
	return [
		{ key: 'audience', label: 'Addressed to', options: Object.entries(AUDIENCES).map(([value, label]) => ({ value, label })) },
		{ key: 'actor', label: 'Who must act', options: actorOptions('actor') },
		{ key: 'involved', label: 'Also involved', options: actorOptions('involved') },
		{ key: 'theme', label: 'Theme', options: site.themes.map((t) => ({ value: t.id, label: `${t.data.code} ${t.data.title}` })) },
		...columns.map((c) => ({
			key: `outlook-${c.key}`,
			label: `Outlook: ${c.kind === 'condition' ? c.label : c.label.replace(/^S\d+ /, '')}`,
			options: outlookOptions(`outlook-${c.key}`),
		})),
		{
			key: SINCE_FACET,
			label: 'Since publication (the edition’s status, not the report’s)',
			options: Object.entries(SINCE_STATUSES).map(([value, s]) => ({ value, label: s.label })),
		},
	];
}

export interface ExplorerRow extends FacetItem {
	code: string;
	title: string;
	summary: string;
	audience: Audience;
	actors: string[];
	involved: string[];
	themes: string[];
	outlook: OutlookRow[];
	/** The edition's status since publication. */
	since: EditionStatus;
}

/**
 * The words the text filter matches, normalised as search normalises them: code, title, summary,
 * sub-measures, actors, themes, and every name of every subject (glossary term or actor) the
 * recommendation's body discusses, so "Durand" finds each one that discusses the Durand Line.
 */
function filterText(site: Site, r: Site['recommendations'][number], names: string[]): string {
	const groups = aliasGroups(
		site.glossary.map((g) => [g.id, g.data]),
		site.actors.map((a) => [a.id, a.data]),
	);
	const body = r.body ?? '';
	const subjects = groups.filter((g) => usesTerm(body, g.forms)).flatMap((g) => g.forms);
	return normaliseText([r.data.code, r.data.title, r.data.summary, ...r.data.measures.map((m) => m.title), ...names, ...subjects].join(' '));
}

/** The words a reader sees in an MDX body: no imports, tags, link targets or Markdown marks. */
export const bodyWords = (body: string | undefined): string =>
	(body ?? '')
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/[#*_|`>[\]]/g, ' ');

export function explorerRows(site: Site): ExplorerRow[] {
	return site.recommendations.map((r) => {
		const mustAct = referenced(site.relations, r, 'actors', 'mustAct.actor');
		const involved = referenced(site.relations, r, 'actors', 'involved');
		const themes = referenced(site.relations, r, 'themes');
		const outlook = outlookRows(r, site.scenarios);
		const since = editionStatus(site.relations, r);
		return {
			id: r.id,
			code: r.data.code,
			title: r.data.title,
			summary: r.data.summary,
			audience: r.data.audience,
			actors: mustAct.map((a) => {
				const modal = modalOf(r, a.id);
				return modal ? `${titleOf(a)} (${modalNote(modal)})` : titleOf(a);
			}),
			involved: involved.map(titleOf),
			themes: themes.map(titleOf),
			outlook,
			since,
			values: {
				[SINCE_FACET]: since.status ? [since.status] : [],
				audience: [r.data.audience],
				// A filter by a whole (Pakistan) includes its parts (the military, the ISI).
				actor: actorFacetValues(site.actors, mustAct.map((a) => a.id)),
				involved: actorFacetValues(site.actors, involved.map((a) => a.id)),
				theme: themes.map((t) => t.id),
				...Object.fromEntries(outlook.map((o) => [`outlook-${o.key}`, outlookValues(o)])),
			},
			text: filterText(site, r, [...mustAct.map(titleOf), ...involved.map(titleOf), ...themes.map(titleOf)]),
			body: normaliseText(bodyWords(r.body)),
		};
	});
}
