/** The search context file (`/search-vocabulary.json`) built from the collections. Pure. */
import type { Site } from '../content/content';
import type { SearchContext } from './search-query';
import { anchorPath } from '../urls/urls';
import { buildVocabulary } from './vocabulary';
import { aliasGroups } from './search-aliases';
import { CODED_KINDS, KINDS, NARRATIVE_LABEL, PAGE_KINDS, REPORT_KINDS } from '../content/kinds';
import { usesTerm } from '../panels/terms';

/** An MDX body without its imports and component tags: only the words a reader sees. */
const prose = (body: string | undefined) => (body ?? '').replace(/^import .*$/gm, '').replace(/<[^>]+>/g, ' ');

/**
 * The words of the edition's own record that search indexes: each development's page (headline,
 * statement, note; its sources are left out of the index) and the change log's entries. A word the
 * index has must be in the vocabulary, or search would drop it as unknown ("deportation").
 */
export const recordTexts = (
	developments: Array<{ data: { title: string; statement: string; note?: string | undefined } }>,
	changes: Array<{ data: { what: string; why: string } }> = [],
): string[] => [...developments.flatMap((d) => [d.data.title, d.data.statement, d.data.note ?? '']), ...changes.flatMap((c) => [c.data.what, c.data.why])];

type Docs = Array<{ body?: string | undefined; data: { title: string; description?: string | undefined } }>;

/** Every text of the pages that restate the report or frame it: entries (less the glossary's `nearest` terms), narrative pages, kind labels, alias forms. */
function siteTexts(site: Pick<Site, 'themes' | 'scenarios' | 'factors' | 'recommendations' | 'eras' | 'actors' | 'glossary' | 'figures'>, docs: Docs): string[] {
	// Every text field of an entry, except the terms a glossary entry says the report does not use.
	const fields = (d: Record<string, unknown>) =>
		Object.entries(d)
			.filter(([key]) => key !== 'nearest')
			.map(([, v]) => v)
			.flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
	const entries = [site.themes, site.scenarios, site.factors, site.recommendations, site.eras, site.actors, site.glossary, site.figures].flat();
	return [
		...entries.flatMap((e) => [...fields(e.data as Record<string, unknown>), prose((e as { body?: string }).body)]),
		...docs.flatMap((d) => [d.data.title, d.data.description ?? '', prose(d.body)]),
		...PAGE_KINDS.filter((k) => (REPORT_KINDS as readonly string[]).includes(k)).map((k) => KINDS[k].label),
		NARRATIVE_LABEL,
		...aliasGroups(
			site.glossary.map((g) => [g.id, g.data]),
			site.actors.map((a) => [a.id, a.data]),
		).flatMap((g) => g.forms),
	];
}

/**
 * A `nearest` term makes search say the report does not name it: that must stay true of the pages
 * that restate the report (the edition's record may name it: CPEC since 2025). One problem, naming
 * the file and field, for each term the site's own text uses; checked in `loadSite`.
 */
export function nearestProblems(site: Parameters<typeof siteTexts>[0], docs: Docs): string[] {
	const siteText = siteTexts(site, docs).join('\n');
	return site.glossary.flatMap((g) =>
		g.data.nearest
			.filter((form) => usesTerm(siteText, [form]))
			.map((form) => `${g.filePath ?? `content/glossary/${g.id}.yaml`}: field "nearest": "${form}" appears in the site's own text, so search must not say the report does not name it (make it an alias instead)`),
	);
}

export function searchContext(site: Site, docs: Docs, changes: Array<{ data: { what: string; why: string } }> = []): SearchContext {
	const texts = siteTexts(site, docs);
	const record = recordTexts(site.developments as unknown as Parameters<typeof recordTexts>[0], changes);
	return {
		vocabulary: buildVocabulary([...texts, ...record]),
		codes: CODED_KINDS.flatMap((k) => site[k].map((e) => e.data.code)),
		nearest: site.glossary.flatMap((g) => g.data.nearest.map((form) => ({ form, label: g.data.term, href: anchorPath('glossary', g.id) }))),
	};
}
