/**
 * "Cite this": two records, never one mixed.
 *
 * - The report as USIP published it (BibTeX `@techreport`, BibLaTeX `@report`, RIS `RPRT`): its URL
 *   is USIP's own page, its series and number in the fields reference managers render as "Peaceworks
 *   No. 175", its ISBN, and no page range.
 * - This page of the edition as a web page (BibTeX `@misc`, BibLaTeX `@online`, RIS `ELEC`): the
 *   page's title, the site as container, the edition's editors as author (not again as publisher),
 *   the date the page last changed, its canonical URL and, where a reader copies it, the access date.
 *
 * A page that restates part of the report offers both; a page of the edition's own matter (the record
 * since publication, the change log, the data and citation help) offers only its own record.
 *
 * The prose styles follow Chicago 18th edition (notes and bibliography), APA 7 and MLA 9. They cite
 * the report with a pinpoint (the report pages the page restates, always exact: no "ff.") and, for a
 * reader who used this site, the edition as the secondary source. Pure: every string is unit-tested
 * against its manual's rule and read back with citation-js and the CSL styles (e2e/cite.spec.ts).
 *
 * Italics are marked `*like this*`; `citationHtml` turns them into <i>, `citationText` drops them.
 */
import { REPORT } from '../report/report';
import type { PageRange } from '../report/report-pages';

export type { PageRange };

/** Who makes the edition, as the page record names it (see `edition` in `site-config.mjs`). */
export interface Edition {
	/** The site's name: the container of every page (and `og:site_name`). */
	siteName: string;
	/** The edition's author (a corporate name). */
	author: string;
}

export interface CiteInput {
	/** Title of this edition's page, in sentence case as the site prints it. */
	pageTitle: string;
	/** The page's code (T2, AP-07...), if it has one. */
	code?: string | undefined;
	/** The page's canonical URL (absolute). */
	url: string;
	/** Report pages the page restates. */
	pages?: PageRange | undefined;
	/** When the page last changed, `YYYY-MM-DD`; undefined where unknown (the styles then use n.d. / an access date). */
	modified?: string | undefined;
	/** When the reader accessed the page, `YYYY-MM-DD` (filled in by the browser when copying); left out of bulk files. */
	accessed?: string | undefined;
	/** BibTeX key of the page record, unique to the page. */
	key: string;
	edition: Edition;
	/** The page restates part of the report: offer the report's record with the page's. False for the edition's own pages. */
	restatesReport: boolean;
}

export type CitationStyle = 'chicago' | 'apa' | 'mla' | 'bibtex' | 'biblatex' | 'ris';
export const CITATION_STYLES: Array<{ id: CitationStyle; label: string }> = [
	{ id: 'chicago', label: 'Chicago' },
	{ id: 'apa', label: 'APA' },
	{ id: 'mla', label: 'MLA' },
	{ id: 'bibtex', label: 'BibTeX' },
	{ id: 'biblatex', label: 'BibLaTeX' },
	{ id: 'ris', label: 'RIS' },
];
/** The styles given as records for reference managers (one block each), not as prose. */
export const RECORD_STYLES: ReadonlySet<CitationStyle> = new Set(['bibtex', 'biblatex', 'ris']);

/** One style's citation: its parts, each copyable on its own (a Chicago note, its bibliography entry...). */
export interface CitationPart {
	/** What the part is, shown as a label beside it (never copied). */
	label: string;
	/** The text, with `*italics*`. */
	text: string;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'to', 'at', 'by', 'as', 'vs', 'with', 'from', 'into', 'under', 'without', 'within', 'between', 'through', 'among', 'against', 'via', 'per', 'after', 'before', 'over', 'upon']);
/** Lower-case connecting particles of names ("Lashkar-e-Taiba", "Hezb-e Islami"): never capitalised. */
const NAME_PARTICLES = new Set(['e', 'i', 'ul', 'ud', 'al']);

const capitalise = (w: string) => w.replace(/^(\p{Ll})/u, (c) => c.toUpperCase());

/**
 * Headline-style capitalisation (Chicago 18, 8.160; MLA 9, 1.2): major words capitalised, short
 * function words not, except first and last. In a hyphenated compound every element is capitalised
 * except articles, prepositions and conjunctions (Chicago 8.161: "Cross-Border Ties",
 * "Confidence-Building Measures", "Military-to-Military"), and names keep their particles
 * ("Lashkar-e-Taiba", not "Lashkar-E-Taiba").
 */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((w, i) => {
			if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
			return w
				.split('-')
				.map((part, j) => (j === 0 ? capitalise(part) : SMALL_WORDS.has(part) || NAME_PARTICLES.has(part) ? part : capitalise(part)))
				.join('-');
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

/**
 * The exact pages of a pinpoint: "6–14", "30". A range open to the end of the report's text is
 * closed at its last page (none of the three manuals wants "ff." where the pages are known).
 */
export function pinpoint(r: PageRange): string {
	const to = r.to ?? REPORT.lastPage;
	return to === r.from ? String(r.from) : `${r.from}–${to}`;
}
const single = (r: PageRange) => (r.to ?? REPORT.lastPage) === r.from;

/** The access date where a style needs one, else undefined (a dated page, or a bulk file without access dates). */
const accessedOf = (c: CiteInput) => (c.modified ? undefined : c.accessed);

/**
 * Chicago 18th edition, notes and bibliography: no place of publication (14.30), the series and its
 * number ("Peaceworks no. 175" in a note, "Peaceworks No. 175." opening a bibliography element), a
 * web page with its revision date ("last modified", 14.233), and a source known through another
 * ("summarized in", 14.260).
 */
export function chicago(c: CiteInput): CitationPart[] {
	const pin = c.pages ? `, ${pinpoint(c.pages)}` : '';
	const title = pageTitleWithCode(c, titleCase(c.pageTitle));
	const accessed = accessedOf(c);
	const when = (capital: boolean) => {
		const phrase = c.modified ? `last modified ${usDate(c.modified)}` : accessed ? `accessed ${usDate(accessed)}` : '';
		return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
	};
	const noteWhen = when(false) ? `, ${when(false)}` : '';
	const bibWhen = when(true) ? ` ${when(true)}.` : '';
	// 6.9: periods and commas go inside the closing quotation mark.
	const noteEdition = `${c.edition.author}, “${title},” *${c.edition.siteName}*${noteWhen}, ${c.url}.`;
	const bibEdition = `${c.edition.author}. “${title}.” *${c.edition.siteName}*.${bibWhen} ${c.url}.`;
	if (!c.restatesReport) {
		return [
			{ label: 'Note', text: noteEdition },
			{ label: 'Bibliography', text: bibEdition },
		];
	}
	const noteReport = `${first.given} ${first.family} and ${second.given} ${second.family}, *${REPORT.title}*, ${REPORT.series} no. ${REPORT.number} (${REPORT.publisher}, ${REPORT.year})${pin}`;
	const bibReport = `${first.family}, ${first.given}, and ${second.given} ${second.family}. *${REPORT.title}*. ${REPORT.series} No. ${REPORT.number}. ${REPORT.publisher}, ${REPORT.year}. ${REPORT.url}.`;
	return [
		{ label: 'Note, citing the report', text: `${noteReport}, ${REPORT.url}.` },
		{ label: 'Note, when you used this edition', text: `${noteReport}, summarized in ${noteEdition}` },
		{ label: 'Bibliography: the report', text: bibReport },
		{ label: 'Bibliography: this page', text: bibEdition },
	];
}

/**
 * APA 7: reference entries for the report (10.4) and the web page (10.16), and the in-text forms
 * (8.13). A reader who used this edition cites the report "as cited in" it and lists only this page,
 * the source they read, in the reference list (8.6).
 */
export function apa(c: CiteInput): CitationPart[] {
	const report = `${first.family}, ${first.given[0]}., & ${second.family}, ${second.given[0]}. (${REPORT.year}). *${sentenceCase(REPORT.title)}* (${REPORT.series} No. ${REPORT.number}). ${REPORT.publisher}. ${REPORT.url}`;
	// 9.17: a dated page gives (year, month day); an undated one "n.d." and a retrieval date, since its content may change.
	const date = c.modified ? (([y]) => `${y}, ${usDate(c.modified!).replace(/, \d{4}$/, '')}`)(ymd(c.modified)) : 'n.d.';
	const accessed = accessedOf(c);
	const retrieved = accessed ? `Retrieved ${usDate(accessed)}, from ` : '';
	const page = `${c.edition.author}. (${date}). *${pageTitleWithCode(c, c.pageTitle)}*. ${c.edition.siteName}. ${retrieved}${c.url}`;
	const year = c.modified ? ymd(c.modified)[0] : 'n.d.';
	if (!c.restatesReport) {
		return [
			{ label: 'Reference', text: page },
			{ label: 'In text', text: `(${c.edition.author}, ${year})` },
		];
	}
	const pin = c.pages ? `, ${single(c.pages) ? 'p.' : 'pp.'} ${pinpoint(c.pages)}` : '';
	return [
		{ label: 'Reference: the report, if you read it', text: report },
		{ label: 'Reference: this page, if you used this edition (list only this one)', text: page },
		{ label: 'In text, citing the report', text: `(${first.family} & ${second.family}, ${REPORT.year}${pin})` },
		{ label: 'In text, when you used this edition', text: `(${first.family} & ${second.family}, ${REPORT.year}, as cited in ${c.edition.author}, ${year})` },
	];
}

/** MLA 9: works-cited entries (report with its series, 5.x; web page in a website container) and the in-text pinpoint (6.x). */
export function mla(c: CiteInput): CitationPart[] {
	const report = `${first.family}, ${first.given}, and ${second.given} ${second.family}. *${REPORT.title}*. ${REPORT.publisher}, ${MONTHS_MLA[REPORT.month - 1]} ${REPORT.year}, ${bare(REPORT.url)}. ${REPORT.series} ${REPORT.number}.`;
	// An undated page gets an access date (5.111); a dated one gives its date as the publication date.
	const date = c.modified ? `, ${mlaDate(c.modified)}` : '';
	const accessed = accessedOf(c);
	const accessedText = accessed ? ` Accessed ${mlaDate(accessed)}.` : '';
	const page = `${c.edition.author}. “${pageTitleWithCode(c, titleCase(c.pageTitle))}.” *${c.edition.siteName}*${date}, ${bare(c.url)}.${accessedText}`;
	if (!c.restatesReport) {
		return [
			{ label: 'Works cited', text: page },
			{ label: 'In text', text: `(${c.edition.author})` },
		];
	}
	const pin = c.pages ? ` ${pinpoint(c.pages)}` : '';
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

/** A page range as (Bib)TeX writes it: "6--14" (TeX's en dash). */
const texRange = (r: PageRange) => pinpoint(r).replace('–', '--');

function bibEntry(type: string, key: string, fields: Array<[string, string | undefined]>): string {
	const body = fields
		.filter((f): f is [string, string] => f[1] !== undefined)
		.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`))
		.join(',\n');
	return `@${type}{${key},\n${body}\n}`;
}
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const authors = `${first.family}, ${first.given} and ${second.family}, ${second.given}`;
/** The page record's note on the report pages it restates: "Restates p. 24" for one page, "pp. 6--14" for a range. */
const restates = (c: CiteInput, dash: (r: PageRange) => string) =>
	c.pages ? `Restates ${single(c.pages) ? 'p.' : 'pp.'} ${dash(c.pages)} of ${REPORT.series} No. ${REPORT.number}` : undefined;

/**
 * The report as a classic BibTeX `@techreport` (the fields btxdoc defines, plus `isbn` and `url`,
 * which classic styles skip and reference managers read): `type` and `number` render as "Peaceworks
 * No. 175"; no pages.
 */
export function bibtexReport(): string {
	return bibEntry('techreport', REPORT_BIBTEX_KEY, [
		['author', authors],
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

/**
 * This page as a classic BibTeX `@misc` (btxdoc: no required fields; `howpublished`, `year`,
 * `month`, `note` are the ones classic styles print): the site in `howpublished`, the revision date
 * and, when a reader copies it, the access date in `note`.
 */
export function bibtexPage(c: CiteInput): string {
	const [year, month] = c.modified ? ymd(c.modified) : [undefined, undefined];
	const note = [c.modified ? `Last modified ${c.modified}` : undefined, c.accessed ? `accessed ${c.accessed}` : undefined].filter(Boolean).join('; ');
	return bibEntry('misc', c.key, [
		['author', `{${c.edition.author}}`],
		['title', protectCapitals(pageTitleWithCode(c, c.pageTitle), { sentenceCased: true })],
		['howpublished', protectCapitals(c.edition.siteName, { sentenceCased: false })],
		['year', year === undefined ? undefined : String(year)],
		['month', month === undefined ? undefined : MONTH_MACROS[month - 1]],
		['note', [note, restates(c, texRange)].filter(Boolean).join('. ') || undefined],
		['url', c.url],
	]);
}

/** The report as a BibLaTeX `@report`: `type` and `number` for the series, full date, ISBN; no pages. */
export function biblatexReport(): string {
	return bibEntry('report', REPORT_BIBTEX_KEY, [
		['author', authors],
		['title', protectCapitals(REPORT.title, { sentenceCased: false })],
		['type', REPORT.series],
		['institution', REPORT.publisher],
		['location', REPORT.place],
		['number', REPORT.number],
		['date', `${REPORT.year}-${String(REPORT.month).padStart(2, '0')}`],
		['isbn', REPORT.isbn],
		['url', REPORT.url],
	]);
}

/**
 * This page as a BibLaTeX `@online`: the site in `organization` (the field biblatex's @online driver
 * prints after the title), `date`, and `urldate` where a reader copies it (never in bulk files).
 */
export function biblatexPage(c: CiteInput): string {
	return bibEntry('online', c.key, [
		['author', `{${c.edition.author}}`],
		['title', protectCapitals(pageTitleWithCode(c, c.pageTitle), { sentenceCased: true })],
		['organization', protectCapitals(c.edition.siteName, { sentenceCased: false })],
		['date', c.modified],
		['urldate', c.accessed],
		['url', c.url],
		['note', restates(c, texRange)],
	]);
}

/** The page's records: the report first where the page restates it. */
export function bibtex(c: CiteInput): string {
	return c.restatesReport ? `${bibtexReport()}\n\n${bibtexPage(c)}` : bibtexPage(c);
}
export function biblatex(c: CiteInput): string {
	return c.restatesReport ? `${biblatexReport()}\n\n${biblatexPage(c)}` : biblatexPage(c);
}

function risRecord(lines: Array<[string, string | undefined]>): string {
	return [...lines, ['ER', '']]
		.filter((l): l is [string, string] => l[1] !== undefined)
		.map(([k, v]) => `${k}  - ${v}`.trimEnd())
		.join('\n');
}
const risDate = (iso: string) => iso.replace(/-/g, '/');

/**
 * The report as a RIS `RPRT` record. The RIS specification gives a report `SN` (report number, read
 * by Zotero and citation-js as the number) and `M3` (type of work: Zotero's report type, CSL's
 * genre), which render "Peaceworks No. 175"; `T2` would be read as a series and render
 * "(No. 175; Peaceworks)". A report has no ISBN tag in RIS, so the ISBN is written as `ISBN: ...`
 * in the note (`N1`: the CSL note, from which citeproc reads the ISBN variable) and in `M2`
 * (Zotero's Extra field, which Zotero reads the same way).
 */
export function risReport(): string {
	return risRecord([
		['TY', 'RPRT'],
		['AU', `${first.family}, ${first.given}`],
		['AU', `${second.family}, ${second.given}`],
		['TI', REPORT.title],
		['M3', REPORT.series],
		['SN', REPORT.number],
		['PB', REPORT.publisher],
		['CY', REPORT.place],
		['PY', String(REPORT.year)],
		['DA', `${REPORT.year}/${String(REPORT.month).padStart(2, '0')}`],
		['N1', `ISBN: ${REPORT.isbn}`],
		['M2', `ISBN: ${REPORT.isbn}`],
		['UR', REPORT.url],
	]);
}

/** This page as a RIS `ELEC` record: the site in `T2` (Zotero's website title), `Y2` the access date where a reader copies it. */
export function risPage(c: CiteInput): string {
	return risRecord([
		['TY', 'ELEC'],
		['AU', c.edition.author],
		['TI', pageTitleWithCode(c, c.pageTitle)],
		['T2', c.edition.siteName],
		['DA', c.modified ? risDate(c.modified) : undefined],
		['Y2', c.accessed ? risDate(c.accessed) : undefined],
		['UR', c.url],
		['N1', restates(c, pinpoint)],
	]);
}

export function ris(c: CiteInput): string {
	return c.restatesReport ? `${risReport()}\n\n${risPage(c)}` : risPage(c);
}

/** The parts of one style: the prose styles give labelled parts; BibTeX, BibLaTeX and RIS give one block each. */
export function cite(style: CitationStyle, c: CiteInput): CitationPart[] {
	switch (style) {
		case 'chicago':
			return chicago(c);
		case 'apa':
			return apa(c);
		case 'mla':
			return mla(c);
		case 'bibtex':
			return [{ label: c.restatesReport ? 'BibTeX: the report and this page' : 'BibTeX: this page', text: bibtex(c) }];
		case 'biblatex':
			return [{ label: c.restatesReport ? 'BibLaTeX: the report and this page' : 'BibLaTeX: this page', text: biblatex(c) }];
		case 'ris':
			return [{ label: c.restatesReport ? 'RIS: the report and this page' : 'RIS: this page', text: ris(c) }];
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
