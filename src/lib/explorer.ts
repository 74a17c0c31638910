/** The explorer's facets and items, built from the collections (adding an entry adds it here). */
import type { Site } from './content';
import { AUDIENCES, CONDITIONS, OUTLOOK_LABELS, OUTLOOK_STATUSES, type Audience } from './model';
import type { Facet, FacetItem } from './facets';
import { outlookRows } from './outlook';
import { referenced } from './relations';
import { titleOf } from './related';
import { aliasGroups } from './search-aliases';
import { normaliseText } from './normalise';
import { usesTerm } from './terms';

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

export function explorerRows(site: Site): ExplorerRow[] {
	return site.recommendations.map((r) => {
		const actors = referenced(site.relations, r, 'actors');
		const themes = referenced(site.relations, r, 'themes');
		const outlook = outlookRows(r, site.scenarios);
		return {
			id: r.id,
			code: r.data.code,
			title: r.data.title,
			summary: r.data.summary,
			audience: r.data.audience,
			actors: actors.map(titleOf),
			themes: themes.map(titleOf),
			outlook,
			values: {
				audience: [r.data.audience],
				actor: actors.map((a) => a.id),
				theme: themes.map((t) => t.id),
				...Object.fromEntries(outlook.map((o) => [`outlook-${o.key}`, [o.status]])),
			},
			text: filterText(site, r, [...actors.map(titleOf), ...themes.map(titleOf)]),
		};
	});
}
