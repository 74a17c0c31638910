/** The explorer's facets and items, built from the collections (adding an entry adds it here). */
import type { Site } from './content';
import { AUDIENCES, CONDITIONS, OUTLOOK_LABELS, OUTLOOK_STATUSES, type Audience } from './model';
import type { Facet, FacetItem } from './facets';
import { outlookRows } from './outlook';
import { referenced } from './relations';
import { titleOf } from './related';
import { editionStatus, type EditionStatus } from './since-export';
import { SINCE_STATUSES } from './status-vocabulary';

/** The explorer facet of the edition's status since publication (not the report's). */
export const SINCE_FACET = 'since';

export function explorerFacets(site: Site): Facet[] {
	const used = (collection: string) => {
		const ids = new Set(site.recommendations.flatMap((r) => referenced(site.relations, r, collection).map((e) => e.id)));
		return [...ids];
	};
	const statusOptions = OUTLOOK_STATUSES.map((s) => ({ value: s, label: OUTLOOK_LABELS[s] }));
	const actorIds = used('actors');
	return [
		{ key: 'audience', label: 'Addressed to', options: Object.entries(AUDIENCES).map(([value, label]) => ({ value, label })) },
		{
			key: 'actor',
			label: 'Who must act',
			options: site.actors
				.filter((a) => actorIds.includes(a.id))
				.map((a) => ({ value: a.id, label: a.data.name }))
				.sort((a, b) => a.label.localeCompare(b.label)),
		},
		{ key: 'theme', label: 'Theme', options: site.themes.map((t) => ({ value: t.id, label: `${t.data.code} ${t.data.title}` })) },
		{
			key: SINCE_FACET,
			label: 'Since publication (the edition’s status, not the report’s)',
			options: Object.entries(SINCE_STATUSES).map(([value, s]) => ({ value, label: s.label })),
		},
		...site.scenarios.map((s) => ({ key: `outlook-${s.id}`, label: `Outlook: ${s.data.title}`, options: statusOptions })),
		...CONDITIONS.map((c) => ({ key: `outlook-${c.key}`, label: `Outlook: ${c.label.toLowerCase()}`, options: statusOptions })),
	];
}

export interface ExplorerRow extends FacetItem {
	code: string;
	title: string;
	summary: string;
	audience: Audience;
	actors: string[];
	themes: string[];
	outlook: ReturnType<typeof outlookRows>;
	/** The edition's status since publication. */
	since: EditionStatus;
}

export function explorerRows(site: Site): ExplorerRow[] {
	return site.recommendations.map((r) => {
		const actors = referenced(site.relations, r, 'actors');
		const themes = referenced(site.relations, r, 'themes');
		const outlook = outlookRows(r, site.scenarios);
		const since = editionStatus(site.relations, r);
		return {
			id: r.id,
			code: r.data.code,
			title: r.data.title,
			summary: r.data.summary,
			audience: r.data.audience,
			actors: actors.map(titleOf),
			themes: themes.map(titleOf),
			outlook,
			since,
			values: {
				[SINCE_FACET]: since.status ? [since.status] : [],
				audience: [r.data.audience],
				actor: actors.map((a) => a.id),
				theme: themes.map((t) => t.id),
				...Object.fromEntries(outlook.map((o) => [`outlook-${o.key}`, [o.status]])),
			},
			text: [r.data.code, r.data.title, r.data.summary, ...actors.map(titleOf), ...themes.map(titleOf)].join(' ').toLowerCase(),
		};
	});
}
