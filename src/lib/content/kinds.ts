/**
 * The kinds of entry the site has, in ONE table: for each collection, its labels, where its entries
 * are read (a page of their own, or an anchor on one page), its code and short URL, the field that
 * holds its title, its related groups, its facts panel, its search filters and whether it is cited
 * and published as data. Every other module reads this table instead of keeping its own list.
 *
 * Free of `astro:content` imports, so the content config, `astro.config.mjs` and unit tests load it.
 */
import { AUDIENCES, STANCE_LABELS } from './model';

/** A group of related entries: entries of `collection` this entry references, or that reference it. */
export interface RelatedGroupSpec {
	label: string;
	collection: string;
	/** `references`: entries this one names; `referrers`: entries that name this one; `siblings`: entries that share a `themes` reference. */
	direction: 'references' | 'referrers' | 'siblings';
	/** Only references held in this field (`mustAct.actor`). */
	field?: string;
	/** Note each item with the recommendation's outlook under the scenario. */
	note?: 'outlook';
}

/**
 * A line of an entry's facts panel (after its code and report pages): the linked entries of
 * `collection` it references, or the value of a field in words (`labels`, or `-` read as a space),
 * or a scenario's likelihood with its rank.
 */
export type FactSpec =
	| { label: string; collection: string; field?: string }
	| { label: string; value: string; labels?: Record<string, string> }
	| { label: string; likelihood: true };

/** A Pagefind filter of an entry page: titles of referenced entries, the entry's own title, or a labelled field. */
export type FilterSpec =
	| { name: string; from: 'references'; collection: string }
	| { name: string; from: 'self' }
	| { name: string; from: 'field'; field: string; labels: Record<string, string> };

export interface KindSpec {
	/** The content collection (folder under `content/`). */
	collection: string;
	/** How one entry is called ("Theme"): page kind in search, social images and descriptions. */
	label: string;
	/** How the whole kind is called ("Themes"), in related groups. */
	plural: string;
	/** The data field that holds an entry's title. */
	titleField?: string;
	/** Entries with a page of their own: `/<folder>/<id>/`; `index` says the kind has its own index page. */
	pages?: {
		folder: string;
		/** The kind's index page: title, introduction, the field noted beside each entry, and whether it lists entries by title. */
		index?: { title: string; intro: string; note?: { field: string; labels?: Record<string, string> }; byTitle?: boolean };
		/**
		 * How the page shows its entry (`src/components/entry-views.ts`): `entry` (the default) is the
		 * argument's page, facts, body and related links; `development` is one event of the edition's record.
		 */
		view?: 'entry' | 'development';
		/** Previous and next walk this kind's own entries, in reading order, not the report's reading order. */
		walk?: boolean;
	};
	/** The data field that describes an entry (the page's description); by default `summary`, then `description`. */
	descriptionField?: string;
	/** Entries read as anchors on one page: `<page>#<prefix>-<id>`. */
	anchors?: { page: string; prefix: string };
	/** Kinds with codes: the code's pattern, an example, and the short URL's folder (`/r/ap-07/`). */
	code?: { pattern: RegExp; example: string; shortPrefix: string };
	related?: RelatedGroupSpec[];
	facts?: FactSpec[];
	/** A field listing other names, shown first in the facts panel ("Also named") and weighted in search. */
	alsoNamed?: string;
	/** A field whose text closes the facts panel (an actor's description). */
	panelText?: string;
	filters?: FilterSpec[];
	/**
	 * The entry page carries a "Since publication" panel (`panel`: always, or only when some
	 * development names the entry), and the /since/ timeline is filtered by this kind as `?<filter>=<id>`.
	 */
	since?: { panel: 'always' | 'if-named'; filter: string };
	/**
	 * `edition`: the kind is the edition's own record (after the report), not the report's: its pages
	 * cite only themselves (no report record, no `isBasedOn`), and its excerpts quote its sources, so
	 * the evidence check against the report's text passes over it.
	 */
	basis?: 'edition';
	/** The collection is published as `/data/<collection>.json`. */
	data?: boolean;
}

/** The filters every entry page of the argument carries: who and what it involves. */
const REFERENCE_FILTERS: FilterSpec[] = [
	{ name: 'actor', from: 'references', collection: 'actors' },
	{ name: 'theme', from: 'references', collection: 'themes' },
	{ name: 'scenario', from: 'references', collection: 'scenarios' },
];

export const KINDS = {
	themes: {
		collection: 'themes',
		label: 'Theme',
		plural: 'Themes',
		titleField: 'title',
		pages: {
			folder: 'themes',
			index: {
				title: 'Themes',
				intro:
					'Five recurring themes run through the relationship since colonial times: three keep it at a wary distance, two hold out openings.',
				note: { field: 'stance', labels: STANCE_LABELS },
			},
		},
		code: { pattern: /^T[1-9]\d*$/, example: 'T1', shortPrefix: 't' },
		related: [
			{ label: 'Recommendations that address this theme', collection: 'recommendations', direction: 'referrers', field: 'themes' },
			{ label: 'Scenarios', collection: 'scenarios', direction: 'referrers' },
			{ label: 'Complicating factors', collection: 'factors', direction: 'referrers' },
			{ label: 'Historical eras', collection: 'eras', direction: 'referrers' },
			{ label: 'Actors', collection: 'actors', direction: 'references' },
		],
		facts: [{ label: 'Role in the relationship', value: 'stance', labels: STANCE_LABELS }],
		filters: [
			{ name: 'actor', from: 'references', collection: 'actors' },
			{ name: 'theme', from: 'self' },
			{ name: 'scenario', from: 'references', collection: 'scenarios' },
		],
		since: { panel: 'always', filter: 'theme' },
		data: true,
	},
	scenarios: {
		collection: 'scenarios',
		label: 'Scenario',
		plural: 'Scenarios',
		titleField: 'title',
		pages: {
			folder: 'scenarios',
			index: {
				title: 'Scenarios',
				intro: 'Three ways the conflict could go after the US withdrawal, as the report ranks them, and what each would mean.',
				note: { field: 'likelihood' },
			},
		},
		code: { pattern: /^S[1-9]\d*$/, example: 'S1', shortPrefix: 's' },
		related: [
			{ label: 'Recommendations and their outlook here', collection: 'recommendations', direction: 'referrers', field: 'outlook.scenarios.scenario', note: 'outlook' },
			{ label: 'Themes', collection: 'themes', direction: 'references' },
			{ label: 'Complicating factors', collection: 'factors', direction: 'referrers' },
			{ label: 'Actors', collection: 'actors', direction: 'references' },
		],
		facts: [
			{ label: 'Likelihood', likelihood: true },
			{ label: 'Themes', collection: 'themes' },
		],
		filters: [
			{ name: 'actor', from: 'references', collection: 'actors' },
			{ name: 'theme', from: 'references', collection: 'themes' },
			{ name: 'scenario', from: 'self' },
		],
		since: { panel: 'always', filter: 'scenario' },
		data: true,
	},
	factors: {
		collection: 'factors',
		label: 'Complicating factor',
		plural: 'Complicating factors',
		titleField: 'title',
		pages: {
			folder: 'factors',
			index: {
				title: 'Complicating factors',
				intro: 'Outside pressures that cut across every scenario: India, and the competition among regional and great powers.',
			},
		},
		code: { pattern: /^F[1-9]\d*$/, example: 'F1', shortPrefix: 'f' },
		related: [
			{ label: 'Scenarios', collection: 'scenarios', direction: 'references' },
			{ label: 'Themes', collection: 'themes', direction: 'references' },
			{ label: 'Actors', collection: 'actors', direction: 'references' },
		],
		facts: [
			{ label: 'Scenarios', collection: 'scenarios' },
			{ label: 'Themes', collection: 'themes' },
		],
		filters: REFERENCE_FILTERS,
		since: { panel: 'always', filter: 'factor' },
		data: true,
	},
	recommendations: {
		collection: 'recommendations',
		label: 'Recommendation',
		plural: 'Recommendations',
		titleField: 'title',
		// The recommendations' index is the explorer, a page of its own (`src/pages/recommendations/`).
		pages: { folder: 'recommendations' },
		code: { pattern: /^(AP|TP)-\d{2,3}$/, example: 'AP-01', shortPrefix: 'r' },
		related: [
			{ label: 'Themes it addresses', collection: 'themes', direction: 'references' },
			{ label: 'Who must act', collection: 'actors', direction: 'references', field: 'mustAct.actor' },
			{ label: 'Also involved', collection: 'actors', direction: 'references', field: 'involved' },
			{ label: 'Outlook by scenario', collection: 'scenarios', direction: 'references', note: 'outlook' },
			{ label: 'Mechanisms it names', collection: 'glossary', direction: 'references' },
			{ label: 'Recommendations on the same themes', collection: 'recommendations', direction: 'siblings' },
		],
		facts: [
			{ label: 'Addressed to', value: 'audience', labels: AUDIENCES },
			{ label: 'Who must act', collection: 'actors', field: 'mustAct.actor' },
			{ label: 'Also involved', collection: 'actors', field: 'involved' },
			{ label: 'Themes', collection: 'themes' },
			{ label: 'Mechanisms', collection: 'glossary' },
		],
		filters: [...REFERENCE_FILTERS, { name: 'audience', from: 'field', field: 'audience', labels: AUDIENCES }],
		since: { panel: 'always', filter: 'recommendation' },
		data: true,
	},
	eras: {
		collection: 'eras',
		label: 'Historical era',
		plural: 'Historical eras',
		titleField: 'title',
		anchors: { page: '/history/', prefix: 'era' },
		data: true,
	},
	actors: {
		collection: 'actors',
		label: 'Actor',
		plural: 'Actors',
		titleField: 'name',
		pages: {
			folder: 'actors',
			index: {
				title: 'Actors',
				intro: 'The governments, agencies, armed groups and communities the report discusses, and where each appears.',
				byTitle: true,
			},
		},
		alsoNamed: 'aliases',
		facts: [{ label: 'Kind', value: 'kind' }],
		panelText: 'description',
		related: [
			{ label: 'Themes', collection: 'themes', direction: 'referrers' },
			{ label: 'Scenarios', collection: 'scenarios', direction: 'referrers' },
			{ label: 'Complicating factors', collection: 'factors', direction: 'referrers' },
			{ label: 'Recommendations it must act on', collection: 'recommendations', direction: 'referrers', field: 'mustAct.actor' },
			{ label: 'Recommendations that involve it', collection: 'recommendations', direction: 'referrers', field: 'involved' },
			{ label: 'Historical eras', collection: 'eras', direction: 'referrers' },
		],
		filters: REFERENCE_FILTERS,
		// An actor of 1893 has no developments: its panel shows only where one names it.
		since: { panel: 'if-named', filter: 'actor' },
		data: true,
	},
	glossary: {
		collection: 'glossary',
		label: 'Term',
		plural: 'Mechanisms and terms',
		titleField: 'term',
		anchors: { page: '/glossary/', prefix: 'term' },
		data: true,
	},
	figures: {
		collection: 'figures',
		label: 'Figure',
		plural: 'Key figures',
		titleField: 'measures',
		anchors: { page: '/figures/', prefix: 'fig' },
		data: true,
	},
	developments: {
		collection: 'developments',
		label: 'Development',
		plural: 'Developments since publication',
		titleField: 'title',
		// `/since/<id>/`, each listed on the /since/ timeline; previous and next walk the timeline by date.
		pages: { folder: 'since', view: 'development', walk: true },
		descriptionField: 'statement',
		basis: 'edition',
	},
	statuses: {
		collection: 'statuses',
		label: 'Status since publication',
		plural: 'Statuses since publication',
		basis: 'edition',
	},
	reviews: {
		collection: 'reviews',
		label: 'Review of the record',
		plural: 'Reviews of the record',
		basis: 'edition',
	},
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;
type KindsWith<P extends string> = { [K in Kind]: (typeof KINDS)[K] extends Record<P, unknown> ? K : never }[Kind];
/** Kinds whose entries have a page of their own (`/themes/<id>/`). */
export type PageKind = KindsWith<'pages'>;
/** Kinds whose entries are anchors on one page (an era on the history page). */
export type AnchoredKind = KindsWith<'anchors'>;
/** Kinds of the edition's own record (after the report). */
export type EditionKind = { [K in Kind]: (typeof KINDS)[K] extends { basis: 'edition' } ? K : never }[Kind];
/** Kinds of the report's argument: every other kind. */
export type ReportKind = Exclude<Kind, EditionKind>;
/** Kinds with codes and short URLs. */
export type CodedKind = KindsWith<'code'>;
/** Kinds with an index page of their own at `/<folder>/`. */
export type IndexKind = { [K in PageKind]: (typeof KINDS)[K]['pages'] extends { index: object } ? K : never }[PageKind];

const keys = <K extends Kind>(test: (k: KindSpec) => boolean) => (Object.keys(KINDS) as Kind[]).filter((k) => test(KINDS[k])) as K[];

// Pure annotations let a browser bundle that imports one helper of this module drop the table.
export const PAGE_KINDS = /* @__PURE__ */ keys<PageKind>((k) => k.pages !== undefined);
export const ANCHORED_KINDS = /* @__PURE__ */ keys<AnchoredKind>((k) => k.anchors !== undefined);
export const CODED_KINDS = /* @__PURE__ */ keys<CodedKind>((k) => k.code !== undefined);
export const INDEX_KINDS = /* @__PURE__ */ keys<IndexKind>((k) => k.pages?.index !== undefined);
/** The report's kinds, in the table's order. */
export const REPORT_KINDS = /* @__PURE__ */ keys<ReportKind>((k) => k.basis !== 'edition');
/** The edition's own record: developments, statuses, reviews. */
export const EDITION_KINDS = /* @__PURE__ */ keys<EditionKind>((k) => k.basis === 'edition');
/** The collections published as `/data/<collection>.json`, in this order. */
export const DATA_KINDS = /* @__PURE__ */ keys<'themes' | 'scenarios' | 'factors' | 'recommendations' | 'eras' | 'actors' | 'glossary' | 'figures'>((k) => k.data === true);
/** The short URLs' folders (`r`, `t`, `s`, `f`): their pages are redirects. */
export const SHORT_PREFIXES = /* @__PURE__ */ CODED_KINDS.map((k) => KINDS[k].code.shortPrefix);

/** The spec of a collection, or undefined for a collection that is no kind (Starlight's `docs`). */
export const kindOf = (collection: string): KindSpec | undefined => (KINDS as Record<string, KindSpec>)[collection];

/** The kind whose codes match `code` (`AP-07` is a recommendation's), or undefined. */
export const kindOfCode = (code: string): CodedKind | undefined => CODED_KINDS.find((k) => KINDS[k].code.pattern.test(code.toUpperCase()));

/** The kind label of narrative pages (Starlight's docs entries) in search and on social images. */
export const NARRATIVE_LABEL = 'Report page';
/** The search kind of the key figures and the glossary. */
export const REFERENCE_LABEL = 'Reference';
/** The search kind of the change log. */
export const ABOUT_EDITION_LABEL = 'About this edition';
