/**
 * The one place pages get content from: every collection loaded once per build, the relations
 * between entries derived from them (see `relations.ts`), and the model of every page built from
 * both (see `site-model.ts`).
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { KINDS, REPORT_KINDS, type Kind } from './kinds';
import { byOrder, ContentError, indexRelations, referenced, referrers, type EntryLike, type Relations } from './relations';
import { currencyProblems } from '../record/record-currency';
import { partOfCycles } from '../panels/actor-tree';
import { nearestProblems } from '../search/search-context';
import type { NarrativePage } from './reading-order';
import { buildSiteModel, type PageModel } from './site-model';
import { docsPath } from '../urls/urls';
import { checkAgainstReport, type CheckedEntry } from '../report/report-checks';
import { eraHeadingProblems, figureRefProblems, measureAnchorProblems, type FigureRef } from './body-checks';
import { readReportText, reportTextPath } from '../report/report-source';

export type Theme = CollectionEntry<'themes'>;
export type Scenario = CollectionEntry<'scenarios'>;
export type Factor = CollectionEntry<'factors'>;
export type Recommendation = CollectionEntry<'recommendations'>;
export type Era = CollectionEntry<'eras'>;
export type Actor = CollectionEntry<'actors'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Figure = CollectionEntry<'figures'>;
export type Development = CollectionEntry<'developments'>;
export type RecommendationStatus = CollectionEntry<'statuses'>;
export type Review = CollectionEntry<'reviews'>;


/** The loaded content: every kind of the kinds table, in reading order (`byOrder`), and Starlight's pages. */
export type Site = { [K in Kind]: CollectionEntry<K>[] } & {
	/** Narrative pages that take part in the reading order. */
	narrative: NarrativePage[];
	/** Starlight's narrative pages (`content/pages/`). */
	docs: CollectionEntry<'docs'>[];
	relations: Relations;
};

/** One kind's entries in reading order: by `order`, `start` (eras), `date` (developments: oldest first), then id. */
const ordered = async <K extends Kind>(kind: K) => ((await getCollection(kind)) as unknown as EntryLike[]).sort(byOrder) as unknown as CollectionEntry<K>[];

/**
 * The rules on entries' bodies: every Markdown entry rendered once (its module is compiled already)
 * for the figures its MDX shows, a recommendation's measure anchors and an era's headings.
 */
async function bodyProblems(entries: readonly CollectionEntry<CollectionKey>[], figures: Figure[]): Promise<string[]> {
	const byId = new Map(figures.map((f) => [f.id, f.data]));
	const bodies = entries.filter((e) => /\.mdx?$/.test(e.filePath ?? ''));
	const rendered = await Promise.all(bodies.map(async (entry) => ({ entry, body: await render(entry as unknown as Parameters<typeof render>[0]) })));
	return rendered.flatMap(({ entry, body }) => {
		const file = entry.filePath!;
		return [
			...figureRefProblems(file, (body.remarkPluginFrontmatter?.figureRefs ?? []) as FigureRef[], byId),
			...(entry.collection === 'recommendations' ? measureAnchorProblems(file, (entry as Recommendation).data.measures, body.headings) : []),
			...(entry.collection === 'eras' ? eraHeadingProblems(file, body.headings) : []),
		];
	});
}

/**
 * The report's side of the rules: pages against lines, evidence against the text, for every entry
 * outside the edition's own layer (its record, notes and change log quote their sources, and their
 * schemas check them). Says what it checked, or plainly that the text was absent and the evidence not checked.
 */
async function reportProblems(site: Site, sections: CheckedEntry[]): Promise<string[]> {
	const entries: CheckedEntry[] = [...REPORT_KINDS.flatMap((k): CheckedEntry[] => site[k]), ...site.docs, ...sections];
	const { problems, excerpts } = checkAgainstReport(entries, readReportText());
	if (excerpts === undefined) console.warn(`[evidence-check] evidence check SKIPPED: the report's text is not at ${reportTextPath()} (set REPORT_TEXT to its path to run the check)`);
	else if (!problems.length) console.info(`[evidence-check] ${excerpts} evidence excerpts found in the report, each on the page it states`);
	return problems;
}

let cached: Promise<Site> | undefined;

/** Loads the whole site's content and its relations, once per build. */
export function loadSite(): Promise<Site> {
	cached ??= (async () => {
		const kinds = Object.keys(KINDS) as Kind[];
		const lists = await Promise.all(kinds.map((k) => ordered(k)));
		const docs = await getCollection('docs');
		const sections = await getCollection('sections');
		const narrative = docs.flatMap((d) =>
			d.data.part ? [{ href: docsPath(d.id), label: d.data.title, part: d.data.part, order: d.data.sidebar.order ?? 0 }] : [],
		);
		const all = lists.flat() as unknown as EntryLike[];
		const { relations, problems: relationProblems } = indexRelations(all);
		const site = { ...Object.fromEntries(kinds.map((k, i) => [k, lists[i]])), narrative, docs, relations } as Site;
		// The cross-entry rules, all checked here before any page renders, each problem naming its file
		// and field; every problem found is reported at once, in one error.
		const problems = [
			// References to nothing, duplicated codes and ranks, incomplete outlooks, a second status.
			...relationProblems,
			// Report pages where the entry's lines stand; evidence excerpts the report's words, on their pages.
			...(await reportProblems(site, sections)),
			// The record's dates: no status reviewed after the last review, no development after the sources searched.
			...currencyProblems(all),
			...partOfCycles(site.actors),
			// A term search says the report does not name must not be in the site's own text.
			...nearestProblems(site, docs),
			// Figures shown in MDX, measure anchors, era headings.
			...(await bodyProblems([...(lists.flat() as CollectionEntry<CollectionKey>[]), ...docs, ...sections], site.figures)),
		];
		if (problems.length) throw new ContentError(problems);
		return site;
	})();
	return cached;
}

let model: Promise<Map<string, PageModel>> | undefined;

/** The model of every page of the site, by root-relative path: built once per build. */
export function loadSiteModel(): Promise<Map<string, PageModel>> {
	model ??= loadSite().then((site) => buildSiteModel(site as unknown as Parameters<typeof buildSiteModel>[0]));
	return model;
}

/** The model of one page (root-relative path); fails naming the path where no page has it. */
export async function pageModel(path: string): Promise<PageModel> {
	const page = (await loadSiteModel()).get(path);
	if (!page) throw new Error(`No page in the site model at ${path}`);
	return page;
}

/** Entries of collection `from` that reference `target` (optionally through one field). */
export function backlinks<C extends CollectionKey>(site: Site, target: { collection: string; id: string }, from: C, field?: string) {
	return referrers(site.relations, target, from, field) as unknown as CollectionEntry<C>[];
}

/** Entries of collection `to` that `source` references. */
export function links<C extends CollectionKey>(site: Site, source: { collection: string; id: string }, to: C) {
	return referenced(site.relations, source, to) as unknown as CollectionEntry<C>[];
}

/** The edition's notes on the report's slips that sit on the page at `path` (root-relative). */
export async function editorialNotesFor(path: string) {
	return (await getCollection('editorial-notes')).filter((n) => n.data.page === path).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every content folder's entries by folder name (`content/pages/` is Starlight's `docs`), for `/data/site-model.json`. */
export async function contentFolders(): Promise<Record<string, EntryLike[]>> {
	const site = await loadSite();
	const { relations: _r, narrative: _n, docs, ...graph } = site;
	return {
		pages: docs as unknown as EntryLike[],
		...(graph as unknown as Record<string, EntryLike[]>),
		changes: (await loadChanges()) as unknown as EntryLike[],
		'editorial-notes': (await getCollection('editorial-notes')) as unknown as EntryLike[],
		sections: (await getCollection('sections')) as unknown as EntryLike[],
	};
}

/** The change log, newest first. */
export async function loadChanges() {
	return (await getCollection('changes')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
