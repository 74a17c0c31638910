/**
 * The downloadable bibliography (`/data/citations.bib`, `/data/citations-biblatex.bib`,
 * `/data/citations.ris`): the report's record once, then one web-page record for every page of the
 * edition. Bulk files carry no access date: that is the reader's, added when a record is copied.
 */
import { biblatexPage, biblatexReport, bibtexPage, bibtexReport, risPage, risReport, type CiteInput, type Edition } from './citation';
import { pageKey } from './page-citation';
import type { PageRange } from '../report/report-pages';

export interface BibliographyPage {
	/** Root-relative path, without the base. */
	path: string;
	title: string;
	code?: string | undefined;
	pages?: PageRange | undefined;
	/** Absolute canonical URL. */
	url: string;
	/** Last change, `YYYY-MM-DD`. */
	modified: string;
	/** Whether the page restates the report (its record then notes the report pages). */
	restatesReport: boolean;
}

interface Options {
	edition: Edition;
}

const inputs = (pages: BibliographyPage[], { edition }: Options): CiteInput[] =>
	pages.map((p) => ({ pageTitle: p.title, code: p.code, url: p.url, pages: p.pages, modified: p.modified, key: pageKey(p.path), edition, restatesReport: p.restatesReport }));

const HEADER = (pages: BibliographyPage[], flavour: string) =>
	`% The report (USIP, 2021) and all ${pages.length} pages of this edition, as ${flavour}. No access dates: add the date you consulted a page.`;

/** Classic BibTeX (`@techreport`, `@misc`), which BibTeX itself and classic readers take. */
export function bibliographyBibtex(pages: BibliographyPage[], options: Options): string {
	return `${[HEADER(pages, 'classic BibTeX'), bibtexReport(), ...inputs(pages, options).map(bibtexPage)].join('\n\n')}\n`;
}

/** BibLaTeX (`@report`, `@online` with `date`), for biber. */
export function bibliographyBiblatex(pages: BibliographyPage[], options: Options): string {
	return `${[HEADER(pages, 'BibLaTeX'), biblatexReport(), ...inputs(pages, options).map(biblatexPage)].join('\n\n')}\n`;
}

export function bibliographyRis(pages: BibliographyPage[], options: Options): string {
	return `${[risReport(), ...inputs(pages, options).map(risPage)].join('\n\n')}\n`;
}
