/**
 * One page of each kind the site has, for the tests and the benchmark. Entry pages are the first of
 * their collection, except where a fuller one exists: the recommendation with the most sub-measures,
 * the actor the most recommendations name, the development with the most sources.
 */
import { actors, collection, factors, recommendations, scenarios, themes } from './content.ts';

const fullest = <T>(list: T[], size: (e: T) => number) => list.reduce((a, b) => (size(b) > size(a) ? b : a));
const recommendation = fullest(recommendations(), (r) => (r.data.measures ?? []).length);
/** The actors a recommendation names: who must act and who else is involved. */
const named = (r: { data: Record<string, any> }): string[] => [...(r.data.mustAct ?? []).map((m: { actor: string }) => m.actor), ...(r.data.involved ?? [])];
const actor = fullest(actors(), (a) => recommendations().filter((r) => named(r).includes(a.id)).length);
/** The development with the most sources: the longest page of its kind. */
const development = fullest(collection('developments'), (d) => (d.data.sources ?? []).length);

export const PAGE_KINDS: ReadonlyArray<{ kind: string; path: string }> = [
	{ kind: 'home', path: '/' },
	{ kind: 'narrative (summary)', path: '/summary/' },
	{ kind: 'history (timeline)', path: '/history/' },
	{ kind: 'theme', path: `/themes/${themes()[0]!.id}/` },
	{ kind: 'scenario', path: `/scenarios/${scenarios()[0]!.id}/` },
	{ kind: 'factor', path: `/factors/${factors()[0]!.id}/` },
	{ kind: 'recommendation', path: `/recommendations/${recommendation.id}/` },
	{ kind: 'explorer', path: '/recommendations/' },
	{ kind: 'matrix', path: '/recommendations/matrix/' },
	{ kind: 'scenario comparison', path: '/scenarios/compare/' },
	{ kind: 'key figures (charts)', path: '/figures/' },
	{ kind: 'glossary', path: '/glossary/' },
	{ kind: 'actor', path: `/actors/${actor.id}/` },
	{ kind: 'since publication (timeline)', path: '/since/' },
	{ kind: 'since publication (development)', path: `/since/${development.id}/` },
];
