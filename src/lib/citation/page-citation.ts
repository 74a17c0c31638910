/** What the cite block and the metadata of a page are built from: its model, with absolute URLs and its date. */
import { absoluteUrl } from '../urls/urls';
import { lastModified } from '../record/last-modified';
import type { PageRange } from '../report/report-pages';
import { pageKey, type PageModel } from '../content/site-model';

export { pageKey };

export interface PageCitation {
	title: string;
	code?: string | undefined;
	/** The short permanent URL where the page has a code, else its canonical URL. */
	url: string;
	/** The page's canonical URL: the URL of its citation record. */
	canonical: string;
	/** Root-relative path of the page, without the base. */
	path: string;
	/** Report pages the page restates. */
	pages?: PageRange | undefined;
	/** When the page last changed (`YYYY-MM-DD`): git, else the content's own dates, never the build day. */
	modified: string;
	/** BibTeX key of the page record: built from its path, so unique to the page. */
	key: string;
	/** Whether the page restates the report (and so offers the report's record), or is the edition's own matter. */
	restatesReport: boolean;
}

/** The cite block's heading and its anchor, linked from "On this page" and from an entry's facts. */
export const CITE_ANCHOR = 'cite-this';
export const CITE_HEADING = 'Cite this page';

export function pageCitation(page: PageModel, site: URL | undefined, base: string): PageCitation {
	const origin = site ?? new URL('http://localhost/');
	const canonical = absoluteUrl(page.path, origin, base);
	return {
		title: (page.citation && page.citation.title) || page.title,
		code: page.code,
		url: page.shortPath ? absoluteUrl(page.shortPath, origin, base) : canonical,
		canonical,
		path: page.path,
		pages: page.pages,
		modified: lastModified([page.citation ? page.citation.sourceFile : 'content']),
		key: page.citation ? page.citation.key : pageKey(page.path),
		restatesReport: page.citation ? page.citation.basis === 'report' : false,
	};
}
