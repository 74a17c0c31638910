/**
 * The site model: one `PageModel` for every URL of the site, computed once per build from the
 * content (`loadSite`) and the kinds table (`kinds.ts`). Routes, the Head and Footer overrides, the
 * data files, the social images, the sitemap and the tests all read a page's title, kind, code,
 * report pages, search filters, citation, social image, related links and evidence from here.
 *
 * Pure: it takes the loaded content and returns plain data (`/data/site-model.json` publishes it).
 */
import type { Evidence } from '../report/evidence';
import { INDEX_KINDS, KINDS, NARRATIVE_LABEL, PAGE_KINDS, kindOf, type FilterSpec, type KindSpec, type PageKind } from './kinds';
import { referenced, type EntryLike, type Relations } from './relations';
import { relatedFor, titleOf, type RelatedGroup } from './related';
import type { PageRange } from '../report/report-pages';
import { STANDALONE_PAGES, type StandalonePage } from './standalone-pages';
import { docsPath, entryPath, indexPath, ogImagePath, shortPath } from '../urls/urls';
import { EDITION_KIND } from '../record/status-vocabulary';

/** What search indexes about a page beyond its text: Pagefind filters and metadata. */
export interface PageSearch {
	/** Filter name -> values (`kind`, `actor`, `theme`, `scenario`, `audience`, `source`). */
	filters: Record<string, string[]>;
	/** Metadata name -> value (`kind`, `code`), shown with a result. */
	meta: Record<string, string>;
}

/** What a page's citation records are built from (the dates and absolute URLs are added when rendering). */
export interface PageCitationRecord {
	/** BibTeX key of the page record: built from its path, so unique to the page. */
	key: string;
	/** The file whose last change in git dates the page (`content` for pages drawn from all of it). */
	sourceFile: string;
	/**
	 * What the page gives: `report` for a page that restates part of the report (its cite block offers
	 * the report's record with the page's, and its JSON-LD says it is based on the report); `edition`
	 * for the edition's own matter (the record since publication, the change log, the data and
	 * citation help), which offers only its own page record.
	 */
	basis: 'report' | 'edition';
	/**
	 * The title of the page's record where it is not the page's own: the home page shows the report's
	 * title, which under the editors' name would let reference managers merge the two works.
	 */
	title?: string | undefined;
}

export interface PageModel {
	/** Root-relative path, without the base, with a trailing slash. */
	path: string;
	/** The page's kind as readers see it ("Theme", "Report page"). */
	kind: string;
	/** The collection and id of the entry the page shows, where it shows one. */
	entry?: { collection: string; id: string } | undefined;
	title: string;
	description: string;
	code?: string | undefined;
	/** The short permanent URL of a coded page (`/r/ap-07/`). */
	shortPath?: string | undefined;
	/** Report pages the page restates. */
	pages?: PageRange | undefined;
	/** Search settings; `false` for a page left out of the index. */
	search: PageSearch | false;
	citation: PageCitationRecord | false;
	/** The generated social image (`/og/themes/x.png`). */
	socialImage: string;
	related: RelatedGroup[];
	/** The report's words every claim of the entry rests on (its `evidence` fields, in order). */
	evidence: Evidence[];
}

/** The content the model is built from: what `loadSite` returns (see `content.ts`): the entries of every kind with pages, by the kinds table. */
export type SiteModelInput = Record<PageKind, EntryLike[]> & {
	relations: Relations;
	docs: Array<{ id: string; filePath?: string | undefined; data: { title: string; description?: string | undefined; pages?: PageRange | undefined; part?: string | undefined } }>;
};

/** A BibTeX key from a page path: `/themes/security-interests/` -> `apties-themes-security-interests`. */
export function pageKey(path: string): string {
	const slug = path.split('/').filter(Boolean).join('-').replace(/[^a-z0-9-]/gi, '').toLowerCase();
	return `apties-${slug || 'home'}`;
}

/** The title of the home page's record: the edition's home page, not the report. */
export const HOME_RECORD_TITLE = 'Home page';

/** The part of the reading order (a narrative page's `part`) that holds the pages about the edition itself. */
export const REFERENCE_PART = 'reference';

/** The content behind pages without a source file of their own (indexes, explorer, data): all of it. */
const CONTENT_DIR = 'content';

/** Every `evidence` list in an entry's data, depth first, in field order. */
export function evidenceIn(data: unknown): Evidence[] {
	if (Array.isArray(data)) return data.flatMap(evidenceIn);
	if (typeof data !== 'object' || data === null || data instanceof Date) return [];
	return Object.entries(data).flatMap(([k, v]) => (k === 'evidence' && Array.isArray(v) ? (v as Evidence[]) : evidenceIn(v)));
}

/** The values of one search filter of an entry, as its kind's spec says. */
function filterValues(rel: Relations, entry: EntryLike, spec: FilterSpec): string[] {
	if (spec.from === 'self') return [titleOf(entry)];
	if (spec.from === 'references') return referenced(rel, entry, spec.collection).map(titleOf);
	const value = entry.data[spec.field];
	return typeof value === 'string' && spec.labels[value] ? [spec.labels[value]] : [];
}

/** The search filter of a page of the edition's own layer (`source: edition`), which is never searched as the report's. */
const editionSource = (edition: boolean): Record<string, string[]> => (edition ? { source: ['edition'] } : {});

/**
 * An entry's search settings: its kind, and the filters its kind lists (empty ones dropped). An entry
 * of the edition's own record is searched as the edition's (`source: edition`), never as the report's.
 */
export function entrySearch(rel: Relations, entry: EntryLike): PageSearch {
	const kind = kindOf(entry.collection);
	const label = searchKind(kind, entry.collection);
	const filters: Record<string, string[]> = { ...editionSource(kind?.basis === 'edition'), kind: [label] };
	for (const spec of kind?.filters ?? []) {
		const values = filterValues(rel, entry, spec);
		if (values.length) filters[spec.name] = values;
	}
	const code = entry.data.code;
	return { filters, meta: { kind: label, ...(typeof code === 'string' ? { code } : {}) } };
}

/** The kind a page of this kind shows to readers (search, social images): the edition's record is one kind, whatever its entries. */
const searchKind = (kind: KindSpec | undefined, collection: string): string => (kind?.basis === 'edition' ? EDITION_KIND : (kind?.label ?? collection));

function entryPage(rel: Relations, kind: PageKind, entry: EntryLike): PageModel {
	const d = entry.data;
	const spec: KindSpec = KINDS[kind];
	const path = entryPath(kind, entry.id);
	const title = titleOf(entry);
	const code = typeof d.code === 'string' ? d.code : undefined;
	const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
	const described = spec.descriptionField ? str(d[spec.descriptionField]) : (str(d.summary) ?? str(d.description));
	return {
		path,
		kind: searchKind(spec, entry.collection),
		entry: { collection: entry.collection, id: entry.id },
		title,
		description: described ?? `${spec.label}: ${title}`,
		code,
		shortPath: code ? shortPath(code) : undefined,
		pages: d.pages as PageRange | undefined,
		search: entrySearch(rel, entry),
		citation: { key: pageKey(path), sourceFile: entry.filePath ?? CONTENT_DIR, basis: spec.basis ?? 'report' },
		socialImage: ogImagePath(path),
		related: relatedFor(rel, entry),
		evidence: evidenceIn(d),
	};
}

const plainPage = (p: {
	path: string;
	title: string;
	description: string;
	kind: string;
	search: PageSearch | false;
	sourceFile?: string | undefined;
	pages?: PageRange | undefined;
	basis?: 'report' | 'edition' | undefined;
	recordTitle?: string | undefined;
}): PageModel => ({
	path: p.path,
	kind: p.kind,
	title: p.title,
	description: p.description,
	pages: p.pages,
	search: p.search,
	citation: { key: pageKey(p.path), sourceFile: p.sourceFile ?? CONTENT_DIR, basis: p.basis ?? 'report', title: p.recordTitle },
	socialImage: ogImagePath(p.path),
	related: [],
	evidence: [],
});

const standaloneSearch = (s: StandalonePage['search']): PageSearch | false =>
	s === false
		? false
		: {
				filters: { ...editionSource(s.edition === true), ...(s.kind ? { kind: [s.kind] } : {}) },
				meta: s.kindMeta ? { kind: s.kindMeta } : {},
			};

/** The 404 page: no address of its own, nothing to cite or index. */
export const NOT_FOUND_PATH = '/404/';

/** Builds the model of every page of the site, by path. */
export function buildSiteModel(site: SiteModelInput): Map<string, PageModel> {
	const pages = new Map<string, PageModel>();
	const add = (p: PageModel) => {
		if (pages.has(p.path)) throw new Error(`Two pages claim the path ${p.path}`);
		pages.set(p.path, p);
	};
	for (const d of site.docs) {
		const path = docsPath(d.id);
		add(
			plainPage({
				path,
				title: d.data.title,
				description: d.data.description ?? '',
				kind: NARRATIVE_LABEL,
				search: { filters: { kind: [NARRATIVE_LABEL] }, meta: {} },
				sourceFile: d.filePath,
				pages: d.data.pages,
				// The reference part (about the edition, how to cite it) restates nothing of the report.
				basis: d.data.part === REFERENCE_PART ? 'edition' : 'report',
				recordTitle: path === '/' ? HOME_RECORD_TITLE : undefined,
			}),
		);
	}
	for (const kind of INDEX_KINDS) {
		const { title, intro } = KINDS[kind].pages.index;
		add(plainPage({ path: indexPath(kind), title, description: intro, kind: NARRATIVE_LABEL, search: false }));
	}
	for (const s of STANDALONE_PAGES) {
		const model = plainPage({ ...s, search: standaloneSearch(s.search) });
		if (s.cited === false) model.citation = false;
		add(model);
	}
	for (const kind of PAGE_KINDS) for (const e of site[kind]) add(entryPage(site.relations, kind, e));
	add(plainPage({ path: NOT_FOUND_PATH, title: 'Page not found', description: '', kind: NARRATIVE_LABEL, search: false }));
	const notFound = pages.get(NOT_FOUND_PATH)!;
	notFound.citation = false;
	return pages;
}
