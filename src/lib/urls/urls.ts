/**
 * Every URL of the site is built here, so a permanent URL has exactly one definition.
 * Paths are root-relative and end with a slash; `withBase` adds the configured base path.
 * Where each kind of entry lives is the kinds table's (`kinds.ts`).
 */
import { KINDS, SHORT_PREFIXES, kindOf, kindOfCode, type AnchoredKind, type IndexKind, type PageKind } from '../content/kinds';
import { withBase } from './base-path';

export { normaliseBase, withBase, withoutBase } from './base-path';

/** Other fixed pages that code links to. */
export const PAGES = {
	home: '/',
	explorer: '/recommendations/',
	matrix: '/recommendations/matrix/',
	comparison: '/scenarios/compare/',
	figures: '/figures/',
	glossary: '/glossary/',
	data: '/data/',
	/** The edition's own pages, after the report. */
	since: '/since/',
	/** How the record was searched: its review entries and their searches. */
	sinceReview: '/since/review/',
	changes: '/changes/',
	/** The reader's brief: items gathered from any page, exported in the browser. */
	brief: '/brief/',
} as const;

/** The Atom feed of the whole record since publication. */
export const RECORD_FEED = '/since/feed.xml';

/** The Atom feed of one recommendation: its status and the developments that bear on it. */
export function recommendationFeedPath(id: string): string {
	return `/since/feeds/${id}.xml`;
}

/** The page of one development of the edition's record: `/since/<id>/`, listed on the /since/ timeline. */
export function developmentPath(id: string): string {
	return entryPath('developments', id);
}

/** The element id of a development: its entry on the /since/ timeline, its row in a panel, its article on its page. */
export function developmentAnchor(id: string): string {
	return `dev-${id}`;
}

/** The canonical page of an entry with a page of its own. */
export function entryPath(kind: PageKind, id: string): string {
	return `/${KINDS[kind].pages.folder}/${id}/`;
}

/** The index page of a kind. */
export function indexPath(kind: IndexKind): string {
	return `/${KINDS[kind].pages.folder}/`;
}

/** The anchor of an entry on a one-page kind (an era on the history page, a term in the glossary). */
export function anchorPath(kind: AnchoredKind, id: string): string {
	return `${KINDS[kind].anchors.page}#${anchorId(kind, id)}`;
}

/** The element id used for an anchored entry; prefixed so it cannot collide with heading ids. */
export function anchorId(kind: AnchoredKind, id: string): string {
	return `${KINDS[kind].anchors.prefix}-${id}`;
}

/** Where an entry of any kind is read: its own page, or its anchor on a one-page kind. */
export function hrefOf(e: { collection: string; id: string }): string {
	const kind = kindOf(e.collection);
	if (kind?.pages) return entryPath(e.collection as PageKind, e.id);
	if (kind?.anchors) return anchorPath(e.collection as AnchoredKind, e.id);
	throw new Error(`No URL for collection "${e.collection}"`);
}

export { SHORT_PREFIXES };

/** Whether a root-relative path (without the base) is a redirect page: a short URL or a renamed page. */
export function isRedirectPath(path: string, renamed: Record<string, string>): boolean {
	return SHORT_PREFIXES.some((p) => path.startsWith(`/${p}/`)) || path in renamed;
}

/** Short permanent URL built from a code: `/r/ap-07/`, `/t/t1/`, `/s/s2/`, `/f/f1/`. */
export function shortPath(code: string): string {
	const kind = kindOfCode(code);
	if (!kind) throw new Error(`No kind has codes like "${code}"`);
	return `/${KINDS[kind].code.shortPrefix}/${code.toLowerCase()}/`;
}

/** Anchor of a recommendation's outlook under one condition, for the matrix to link to. */
export function outlookAnchor(condition: string): string {
	return `outlook-${condition}`;
}

/** The page of a narrative (Starlight docs) entry: `index` is the home page. */
export function docsPath(id: string): string {
	return id === 'index' ? '/' : `/${id}/`;
}

/** A chart's place on the key figures page (chart ids are `chart-<group>-<unit>`). */
export function chartPath(chartId: string): string {
	return `${PAGES.figures}#${chartId}`;
}

/** The downloadable image of a chart: `/figures/charts/<group>-<unit>.svg` (or `.png`). */
export function chartFilePath(chartId: string, format: 'svg' | 'png'): string {
	return `${PAGES.figures}charts/${chartId.replace(/^chart-/, '')}.${format}`;
}

/** The absolute URL of a root-relative path on the deployed site. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
	return new URL(withBase(path, base), site).href;
}

/** The social preview image generated for a page: `/themes/x/` -> `/og/themes/x.png`, `/` -> `/og/index.png`. */
export function ogImagePath(pagePath: string): string {
	const trimmed = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
	return `/og/${trimmed || 'index'}.png`;
}
