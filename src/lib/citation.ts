/**
 * "Cite this": two records, never one mixed.
 *
 * - The report as USIP published it (`@techreport` / `TY - RPRT`): its URL is USIP's own page, its
 *   ISBN, series and number sit in the fields reference managers read, and it holds no page range.
 * - This page of the edition as a web page (`@online` / `TY - ELEC`): the page's title, the site as
 *   container, the edition's editors as author and publisher, the date the page last changed, its
 *   canonical URL and the date the reader accessed it.
 *
 * The prose styles (Chicago notes-bibliography, APA 7, MLA 9) cite the report with a pinpoint (the
 * report pages the page restates) and, for a reader who used this site, the edition as the
 * secondary source. Pure: every string is unit-tested against its manual's rule.
 *
 * Italics are marked `*like this*`; `citationHtml` turns them into <i>, `citationText` drops them.
 */
import { REPORT } from './report';
import { formatPages, formatRange, type PageRange } from './report-pages';

export type { PageRange };

/** Who makes the edition, as the page record names it (see `edition` in `site-config.mjs`). */
export interface Edition {
	/** The site's name: the container of every page. */
	siteName: string;
	/** The edition's author and publisher (a corporate name). */
	author: string;
}

export interface CiteInput {
	/** Title of this edition's page, in sentence case as the site prints it. */
	pageTitle: string;
	/** The page's code (T2, AP-07...), if it has one. */
	code?: string | undefined;
	/** The page's canonical URL (absolute). */
	url: string;
	/** Report pages the page restates: the range that certainly contains it. */
	pages?: PageRange | undefined;
	/** When the page last changed, `YYYY-MM-DD`; undefined where unknown (the styles then use n.d. / an access date). */
	modified?: string | undefined;
	/** When the reader accessed the page, `YYYY-MM-DD` (filled in by the browser when copying). */
	accessed: string;
	/** BibTeX key of the page record, unique to the page. */
	key: string;
	edition: Edition;
}

export type CitationStyle = 'chicago' | 'apa' | 'mla' | 'bibtex' | 'ris';
export const CITATION_STYLES: Array<{ id: CitationStyle; label: string }> = [
	{ id: 'chicago', label: 'Chicago' },
	{ id: 'apa', label: 'APA' },
	{ id: 'mla', label: 'MLA' },
	{ id: 'bibtex', label: 'BibTeX' },
	{ id: 'ris', label: 'RIS' },
];

/** One style's citation: its parts, each copyable on its own (a Chicago note, its bibliography entry...). */
export interface CitationPart {
	/** What the part is, shown as a label beside it (never copied). */
	label: string;
	/** The text, with `*italics*`. */
	text: string;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'to', 'at', 'by', 'as', 'vs', 'with', 'from', 'into', 'under', 'without', 'within', 'between', 'through', 'among', 'against', 'via', 'per', 'after', 'before', 'over', 'upon']);

/**
 * Headline-style capitalisation (Chicago 8.159, MLA 1.2): major words capitalised, short function
 * words not, except first and last. Hyphenated words and names are kept as written after the first
 * letter ("Military-to-military" stays as the site writes it, "Lashkar-e-Taiba" is not turned into
 * "Lashkar-E-Taiba").
 */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((w, i) => {
			if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
			return w.replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
		})
		.join(' ');
}

/** APA 7 (6.17): sentence case; words with a capital after the first letter (proper nouns, acronyms) kept. */
export function sentenceCase(title: string): string {
	return title
		.split(' ')
		.map((w, i) => (i === 0 || PROPER.has(w) || /\p{Lu}/u.test(w.slice(1)) ? w : w.toLowerCase()))
		.join(' ');
}
/** Capitalised words that stay capitalised in sentence case. */
const PROPER = new Set(['Afghanistan', 'Pakistan', 'Afghanistan-Pakistan', 'India', 'China', 'Taliban', 'Durand', 'Line', 'Kabul', 'Islamabad', 'Peaceworks', 'USIP']);

const [first, second] = REPORT.authors;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function ymd(iso: string): [number, number, number] {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) throw new Error(`citation: "${iso}" is not a YYYY-MM-DD date`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}
/** "November 27, 2026" (Chicago 14.233, APA 9.14). */
export function usDate(iso: string): string {
	const [y, m, d] = ymd(iso);
	return `${MONTHS[m - 1]} ${d}, ${y}`;
}
/** "27 Nov. 2026" (MLA 9, 5.71: day month year, months abbreviated except May, June, July). */
export function mlaDate(iso: string): string {
	const [y, m, d] = ymd(iso);
	return `${d} ${MONTHS_MLA[m - 1]} ${y}`;
}
const bare = (url: string) => url.replace(/^https?:\/\//, '');
const pageTitleWithCode = (c: CiteInput, title: string) => (c.code ? `${title} (${c.code})` : title);

/** Chicago 17 notes-bibliography (14.260 for a source known through another: "summarized in"). */
export function chicago(c: CiteInput): CitationPart[] {
	const pin = c.pages ? `, ${formatRange(c.pages)}` : '';
	const title = titleCase(c.pageTitle);
	// 14.233: a web page with a revision date gives "last modified"; an undated one gives an access date.
	const when = (capital: boolean) => {
		const phrase = c.modified ? `last modified ${usDate(c.modified)}` : `accessed ${usDate(c.accessed)}`;
		return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
	};
	const noteReport = `${first.given} ${first.family} and ${second.given} ${second.family}, *${REPORT.title}*, ${REPORT.series} No. ${REPORT.number} (${REPORT.place}: ${REPORT.publisher}, ${REPORT.year})${pin}`;
	// 6.9: periods and commas go inside the closing quotation mark.
	const noteEdition = `${c.edition.author}, “${pageTitleWithCode(c, title)},” *${c.edition.siteName}*, ${when(false)}, ${c.url}.`;
	const bibReport = `${first.family}, ${first.given}, and ${second.given} ${second.family}. *${REPORT.title}*. ${REPORT.series} No. ${REPORT.number}. ${REPORT.place}: ${REPORT.publisher}, ${REPORT.year}. ${REPORT.url}.`;
	const bibEdition = `${c.edition.author}. “${pageTitleWithCode(c, title)}.” *${c.edition.siteName}*. ${when(true)}. ${c.url}.`;
	return [
		{ label: 'Note, citing the report', text: `${noteReport}, ${REPORT.url}.` },
		{ label: 'Note, when you used this edition', text: `${noteReport}, summarized in ${noteEdition}` },
		{ label: 'Bibliography: the report', text: bibReport },
		{ label: 'Bibliography: this page', text: bibEdition },
	];
}

/** APA 7: reference entries for the report (10.4) and the web page (10.16), and the in-text forms (8.13, 8.6). */
export function apa(c: CiteInput): CitationPart[] {
	const report = `${first.family}, ${first.given[0]}., & ${second.family}, ${second.given[0]}. (${REPORT.year}). *${sentenceCase(REPORT.title)}* (${REPORT.series} No. ${REPORT.number}). ${REPORT.publisher}. ${REPORT.url}`;
	// 9.17: a dated page gives (year, month day); an undated one "n.d." and a retrieval date, since its content may change.
	const date = c.modified ? (([y]) => `${y}, ${usDate(c.modified!).replace(/, \d{4}$/, '')}`)(ymd(c.modified)) : 'n.d.';
	const retrieved = c.modified ? '' : `Retrieved ${usDate(c.accessed)}, from `;
	const page = `${c.edition.author}. (${date}). *${pageTitleWithCode(c, c.pageTitle)}*. ${c.edition.siteName}. ${retrieved}${c.url}`;
	const year = c.modified ? ymd(c.modified)[0] : 'n.d.';
	const pin = c.pages ? `, ${c.pages.to && c.pages.to !== c.pages.from ? 'pp.' : 'p.'} ${formatRange(c.pages)}` : '';
	return [
		{ label: 'Reference: the report', text: report },
		{ label: 'Reference: this page', text: page },
		{ label: 'In text, citing the report', text: `(${first.family} & ${second.family}, ${REPORT.year}${pin})` },
		{ label: 'In text, when you used this edition', text: `(${first.family} & ${second.family}, ${REPORT.year}, as cited in ${c.edition.author}, ${year})` },
	];
}

/** MLA 9: works-cited entries (report with its series, 5.x; web page in a website container) and the in-text pinpoint (6.x). */
export function mla(c: CiteInput): CitationPart[] {
	const report = `${first.family}, ${first.given}, and ${second.given} ${second.family}. *${REPORT.title}*. ${REPORT.publisher}, ${MONTHS_MLA[REPORT.month - 1]} ${REPORT.year}, ${bare(REPORT.url)}. ${REPORT.series} ${REPORT.number}.`;
	// An undated page gets an access date (5.111); a dated one gives its date as the publication date.
	const date = c.modified ? `, ${mlaDate(c.modified)}` : '';
	const accessed = c.modified ? '' : ` Accessed ${mlaDate(c.accessed)}.`;
	const page = `${c.edition.author}. “${pageTitleWithCode(c, titleCase(c.pageTitle))}.” *${c.edition.siteName}*${date}, ${bare(c.url)}.${accessed}`;
	const pin = c.pages ? ` ${formatRange(c.pages)}` : '';
	return [
		{ label: 'Works cited: the report', text: report },
		{ label: 'Works cited: this page', text: page },
		{ label: 'In text, citing the report', text: `(${first.family} and ${second.family}${pin})` },
		{ label: 'In text, when you used this edition', text: `(${first.family} and ${second.family}${pin}; summarized in ${c.edition.author})` },
	];
}

/** BibTeX key of the report record: the same work on every page, so one key. */
export const REPORT_BIBTEX_KEY = `${first.family.toLowerCase()}${REPORT.year}peaceworks${REPORT.number}`;

/**
 * Braces around the proper nouns and acronyms of a title, so styles that recase titles keep them,
 * and nothing else (a fully braced title could not be sentence-cased). In a sentence-case title
 * every capitalised word after the first is a proper noun; in a title-case one only known names
 * and acronyms are.
 */
export function protectCapitals(title: string, { sentenceCased }: { sentenceCased: boolean }): string {
	let index = 0;
	return title.replace(/[\p{L}\p{N}]+/gu, (part) => {
		const i = index++;
		const acronym = /\p{Lu}.*\p{Lu}/u.test(part);
		const proper = PROPER.has(part) || (sentenceCased && i > 0 && /^\p{Lu}/u.test(part));
		return acronym || proper ? `{${part}}` : part;
	});
}

function bibEntry(type: string, key: string, fields: Array<[string, string]>): string {
	const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
	return `@${type}{${key},\n${body}\n}`;
}
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The report as a BibTeX `@techreport` (biblatex `@report`): type/number for the series, no pages. */
export function bibtexReport(): string {
	return bibEntry('techreport', REPORT_BIBTEX_KEY, [
		['author', `${first.family}, ${first.given} and ${second.family}, ${second.given}`],
		['title', protectCapitals(REPORT.title, { sentenceCased: false })],
		['institution', REPORT.publisher],
		['address', REPORT.place],
		['type', REPORT.series],
		['number', REPORT.number],
		['year', String(REPORT.year)],
		['month', MONTH_MACROS[REPORT.month - 1]!],
		['isbn', REPORT.isbn],
		['url', REPORT.url],
	]);
}

/** This page as a biblatex `@online` record. */
export function bibtexPage(c: CiteInput): string {
	return bibEntry('online', c.key, [
		['author', `{${c.edition.author}}`],
		['title', protectCapitals(pageTitleWithCode(c, c.pageTitle), { sentenceCased: true })],
		['maintitle', protectCapitals(c.edition.siteName, { sentenceCased: false })],
		['organization', c.edition.author],
		...(c.modified ? ([['date', c.modified]] as Array<[string, string]>) : []),
		['urldate', c.accessed],
		['url', c.url],
		...(c.pages ? ([['note', `Restates ${formatPages(c.pages)} of ${REPORT.series} No. ${REPORT.number}`]] as Array<[string, string]>) : []),
	]);
}

/** Both records, the report first. */
export function bibtex(c: CiteInput): string {
	return `${bibtexReport()}\n\n${bibtexPage(c)}`;
}

function risRecord(lines: Array<[string, string]>): string {
	return [...lines, ['ER', '']].map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\n');
}
const risDate = (iso: string) => iso.replace(/-/g, '/');

/**
 * The report as a RIS `RPRT` record. For RPRT, readers take `T2` as the series and `SN` as the
 * report number (Zotero, citation-js), so the ISBN cannot go in `SN`: it goes in a note.
 */
export function risReport(): string {
	return risRecord([
		['TY', 'RPRT'],
		['AU', `${first.family}, ${first.given}`],
		['AU', `${second.family}, ${second.given}`],
		['TI', REPORT.title],
		['T2', REPORT.series],
		['SN', REPORT.number],
		['PB', REPORT.publisher],
		['CY', REPORT.place],
		['PY', String(REPORT.year)],
		['DA', `${REPORT.year}/${String(REPORT.month).padStart(2, '0')}`],
		['N1', `ISBN ${REPORT.isbn}`],
		['UR', REPORT.url],
	]);
}

/** This page as a RIS `ELEC` record (`Y2` is the access date, as Zotero reads it). */
export function risPage(c: CiteInput): string {
	return risRecord([
		['TY', 'ELEC'],
		['AU', c.edition.author],
		['TI', pageTitleWithCode(c, c.pageTitle)],
		['T2', c.edition.siteName],
		['PB', c.edition.author],
		...(c.modified ? ([['DA', risDate(c.modified)]] as Array<[string, string]>) : []),
		['Y2', risDate(c.accessed)],
		['UR', c.url],
		...(c.pages ? ([['N1', `Restates ${formatPages(c.pages)} of ${REPORT.series} No. ${REPORT.number}`]] as Array<[string, string]>) : []),
	]);
}

export function ris(c: CiteInput): string {
	return `${risReport()}\n\n${risPage(c)}`;
}

/** The parts of one style: the prose styles give labelled parts; BibTeX and RIS give one block each. */
export function cite(style: CitationStyle, c: CiteInput): CitationPart[] {
	switch (style) {
		case 'chicago':
			return chicago(c);
		case 'apa':
			return apa(c);
		case 'mla':
			return mla(c);
		case 'bibtex':
			return [{ label: 'BibTeX: the report and this page', text: bibtex(c) }];
		case 'ris':
			return [{ label: 'RIS: the report and this page', text: ris(c) }];
	}
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
