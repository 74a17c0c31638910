/**
 * The downloadable bibliography (`/data/citations.bib`, `/data/citations.ris`): the report's record
 * once, then one web-page record for every page of the edition that restates part of the report.
 */
import { bibtexPage, bibtexReport, risPage, risReport, type Edition } from './citation';
import { pageKey } from './page-citation';
import type { PageRange } from './report-pages';

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
}

interface Options {
	edition: Edition;
	/** The date the file was generated: the access date of its page records. */
	generated: string;
}

const inputs = (pages: BibliographyPage[], { edition, generated }: Options) =>
	pages.map((p) => ({ pageTitle: p.title, code: p.code, url: p.url, pages: p.pages, modified: p.modified, accessed: generated, key: pageKey(p.path), edition }));

export function bibliographyBibtex(pages: BibliographyPage[], options: Options): string {
	const header = `% The report (USIP, 2021) and the pages of this edition that restate it. Generated ${options.generated}; urldate is that date.`;
	return `${[header, bibtexReport(), ...inputs(pages, options).map(bibtexPage)].join('\n\n')}\n`;
}

export function bibliographyRis(pages: BibliographyPage[], options: Options): string {
	return `${[risReport(), ...inputs(pages, options).map(risPage)].join('\n\n')}\n`;
}
