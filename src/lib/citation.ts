/**
 * "Cite this" in five styles. Each cites the original report (authors, series, number, publisher,
 * year, and the report's page where known) and the page of this edition with its permanent URL.
 * Pure: the strings are unit-tested against each style's rules.
 *
 * Italics are marked `*like this*`; `citationHtml` turns them into <i>, `citationText` drops them.
 */
import { REPORT } from './report';

export interface CiteInput {
	/** Title of this edition's page, in sentence case as the site prints it. */
	pageTitle: string;
	/** The page's code (T2, AP-07...), if it has one. */
	code?: string | undefined;
	/** Absolute permanent URL of the page. */
	url: string;
	/** Page of the printed report where this part is found. */
	reportPage?: number | undefined;
}

export type CitationStyle = 'chicago' | 'apa' | 'mla' | 'bibtex' | 'ris';
export const CITATION_STYLES: Array<{ id: CitationStyle; label: string }> = [
	{ id: 'chicago', label: 'Chicago' },
	{ id: 'apa', label: 'APA' },
	{ id: 'mla', label: 'MLA' },
	{ id: 'bibtex', label: 'BibTeX' },
	{ id: 'ris', label: 'RIS' },
];

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'to', 'at', 'by', 'as', 'vs', 'with', 'from', 'into', 'under', 'without', 'within', 'between', 'through', 'among', 'against', 'via', 'per', 'after', 'before', 'over', 'upon']);

/** Headline-style capitalisation (Chicago, MLA): major words capitalised, short function words not, except first and last. */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((w, i) => {
			if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
			return w.replace(/^(\p{Ll})/u, (c) => c.toUpperCase()).replace(/-(\p{Ll})/gu, (_, c: string) => `-${c.toUpperCase()}`);
		})
		.join(' ');
}

const [first, second] = REPORT.authors;
const withCode = (c: CiteInput, title: string) => (c.code ? `${title} (${c.code})` : title);
const MONTHS_MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Chicago notes-bibliography: the note, then the bibliography entry. */
export function chicago(c: CiteInput): string {
	const page = c.reportPage ? `, ${c.reportPage}` : '';
	const title = `“${titleCase(c.pageTitle)}”`;
	const note = `${first.given} ${first.family} and ${second.given} ${second.family}, *${REPORT.title}*, ${REPORT.series} No. ${REPORT.number} (${REPORT.place}: ${REPORT.publisher}, ${REPORT.year})${page}; online edition, ${withCode(c, title)}, ${c.url}.`;
	const bibliography = `${first.family}, ${first.given}, and ${second.given} ${second.family}. *${REPORT.title}*. ${REPORT.series} No. ${REPORT.number}. ${REPORT.place}: ${REPORT.publisher}, ${REPORT.year}. Online edition, ${withCode(c, title)}. ${c.url}.`;
	return `Note: ${note}\nBibliography: ${bibliography}`;
}

/** APA 7: the reference entry, and the in-text citation with the report's page. */
export function apa(c: CiteInput): string {
	const sentenceTitle = 'Afghanistan-Pakistan ties and future stability in Afghanistan';
	const reference = `${first.family}, ${first.given[0]}., & ${second.family}, ${second.given[0]}. (${REPORT.year}). *${sentenceTitle}* (${REPORT.series} No. ${REPORT.number}). ${REPORT.publisher}. Online edition, ${withCode(c, c.pageTitle)}. ${c.url}`;
	const inText = `(${first.family} & ${second.family}, ${REPORT.year}${c.reportPage ? `, p. ${c.reportPage}` : ''})`;
	return `${reference}\nIn text: ${inText}`;
}

/** MLA 9: works-cited entry. */
export function mla(c: CiteInput): string {
	const page = c.reportPage ? `, p. ${c.reportPage}` : '';
	return `${first.family}, ${first.given}, and ${second.given} ${second.family}. *${REPORT.title}*. ${REPORT.series} no. ${REPORT.number}, ${REPORT.publisher}, ${MONTHS_MLA[REPORT.month - 1]} ${REPORT.year}${page}. Online edition, “${titleCase(c.pageTitle)},” ${c.url.replace(/^https?:\/\//, '')}.`;
}

/** BibTeX: a @techreport entry for the report, with this page as note and URL. */
export function bibtex(c: CiteInput): string {
	const key = `${first.family.toLowerCase()}${REPORT.year}${c.code ? `-${c.code.toLowerCase()}` : ''}`;
	const fields: Array<[string, string]> = [
		['author', `${first.family}, ${first.given} and ${second.family}, ${second.given}`],
		['title', `{${REPORT.title}}`],
		['institution', REPORT.publisher],
		['address', REPORT.place],
		['type', REPORT.series],
		['number', REPORT.number],
		['year', String(REPORT.year)],
		['month', 'aug'],
		['isbn', REPORT.isbn],
		...(c.reportPage ? ([['pages', String(c.reportPage)]] as Array<[string, string]>) : []),
		['url', c.url],
		['note', `Online edition: ${withCode(c, c.pageTitle)}`],
	];
	const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
	return `@techreport{${key},\n${body}\n}`;
}

/** RIS (for Zotero, EndNote, Mendeley): a report record. */
export function ris(c: CiteInput): string {
	const lines: Array<[string, string]> = [
		['TY', 'RPRT'],
		['AU', `${first.family}, ${first.given}`],
		['AU', `${second.family}, ${second.given}`],
		['TI', REPORT.title],
		['T3', REPORT.series],
		['VL', REPORT.number],
		['PB', REPORT.publisher],
		['CY', REPORT.place],
		['PY', String(REPORT.year)],
		['DA', `${REPORT.year}/${String(REPORT.month).padStart(2, '0')}`],
		['SN', REPORT.isbn],
		...(c.reportPage ? ([['SP', String(c.reportPage)]] as Array<[string, string]>) : []),
		['UR', c.url],
		['N1', `Online edition: ${withCode(c, c.pageTitle)}`],
		['ER', ''],
	];
	return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\n');
}

const FORMATTERS: Record<CitationStyle, (c: CiteInput) => string> = { chicago, apa, mla, bibtex, ris };

export function cite(style: CitationStyle, c: CiteInput): string {
	return FORMATTERS[style](c);
}

/** The citation as plain text for the clipboard. */
export function citationText(s: string): string {
	return s.replace(/\*([^*]+)\*/g, '$1');
}

/** The citation as HTML: escaped, italics as <i>. */
export function citationHtml(s: string): string {
	const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return escaped.replace(/\*([^*]+)\*/g, '<i>$1</i>');
}
