/**
 * A brief made ready to export: each item with what it is, its address, the reader's note and its
 * citation in the chosen style (a Chicago note, or an in-text citation in the author-date styles),
 * and one bibliography: the report once, with the pages the brief cites; each page of the edition
 * used, once; each development's own sources. Reuses the site's citation forms (`lib/citation/citation.ts`).
 * Pure: the exports (Word, rich text, Markdown, print, BibTeX, RIS, CSL-JSON) render this.
 */
import { apa, chicago, mla, REPORT_BIBTEX_KEY, bibtexPage, bibtexReport, risPage, risReport, type CiteInput } from '../citation/citation';
import { REPORT } from '../report/report';
import { formatRange, type PageRange } from '../report/report-pages';
import { itemState, splitKey, type BriefIndex, type ItemState, type Source } from './index-read';
import { ITEM_KINDS, type Brief, type BriefItem, type BriefStyle } from './schema';

export interface AssembledItem {
	n: number;
	item: BriefItem;
	/** What the item is, in words ("Passage, the edition's words"). */
	what: string;
	/** The item's absolute URL with its fragment, where it now is (after a move). */
	url: string | undefined;
	/** Title of the page it is on (with its code). */
	pageTitle: string | undefined;
	/** Report pages it restates. */
	pages: PageRange | undefined;
	state: ItemState;
	/** The citation: a footnote's text (Chicago notes) or an in-text citation; `*italics*`. */
	citation: string | undefined;
	/** A development's sources. */
	sources: Source[];
}

export interface AssembledBrief {
	title: string;
	style: BriefStyle;
	/** Footnotes (Chicago notes) or in-text citations. */
	notes: boolean;
	made: string;
	revised: string;
	items: AssembledItem[];
	/** Bibliography / reference list / works cited, sorted, `*italics*`; each with the URL to link. */
	bibliography: Array<{ text: string; url: string }>;
	bibliographyTitle: string;
}

/** What each kind is, for the reader and in exports: whose words they are. */
export const WHAT: Record<BriefItem['kind'], string> = {
	passage: 'Passage: the edition’s words',
	recommendation: 'Recommendation: the edition’s summary',
	measure: 'Sub-measure of a recommendation',
	outlook: 'Outlook statement, with the report’s words as evidence',
	figure: 'Key figure from the report, with its qualifier',
	chart: 'Chart of the report’s figures',
	term: 'Glossary entry',
	development: 'Development: the edition’s record since publication, not the report',
	page: 'Page of the edition',
};

export function parsePages(s: string | undefined): PageRange | undefined {
	const m = s ? /^(\d+)(?:-(\d+))?$/.exec(s) : null;
	return m ? { from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
}

const year = (iso: string | undefined) => (iso ? iso.slice(0, 4) : 'n.d.');
const [first, second] = REPORT.authors;

/** The edition-page part of a Chicago note ("Editors, “Title,” *Site*, last modified …, URL."). */
const chicagoEditionNote = (c: CiteInput) => chicago({ ...c, pages: undefined, restatesReport: false })[0]!.text;
/** The page's records as a page that restates the report: the report's record, then this page's (citation.ts gives both). */
const rep = (c: CiteInput): CiteInput => ({ ...c, restatesReport: true });

function sourceEntry(s: Source, style: BriefStyle): string {
	const d = new Date(`${s.date}T00:00:00Z`);
	const long = d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
	if (style === 'apa') return `${s.outlet}. (${s.date.slice(0, 4)}, ${long.replace(/, \d{4}$/, '')}). *${s.title}*. ${s.url}`;
	if (style === 'mla') return `“${s.title}.” *${s.outlet}*, ${d.getUTCDate()} ${d.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' })}. ${d.getUTCFullYear()}, ${s.url.replace(/^https?:\/\//, '')}.`;
	if (style === 'chicago-ad') return `${s.outlet}. ${s.date.slice(0, 4)}. “${s.title}.” ${long}. ${s.url}.`;
	return `${s.outlet}. “${s.title}.” ${long}. ${s.url}.`;
}

/** Chicago author-date (17th ed., ch. 15) reference-list entries and in-text forms. */
function chicagoAD(c: CiteInput) {
	const when = c.modified ? `Last modified ${new Date(`${c.modified}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}` : `Accessed ${c.accessed}`;
	return {
		report: `${first.family}, ${first.given}, and ${second.given} ${second.family}. ${REPORT.year}. *${REPORT.title}*. ${REPORT.series} No. ${REPORT.number}. ${REPORT.place}: ${REPORT.publisher}. ${REPORT.url}.`,
		page: `${c.edition.author}. ${year(c.modified)}. “${c.pageTitle}${c.code ? ` (${c.code})` : ''}.” *${c.edition.siteName}*. ${when}. ${c.url}.`,
	};
}

/** The citation of one item in a style: a note (Chicago) or an in-text citation. */
export function itemCitation(style: BriefStyle, c: CiteInput, sources: Source[]): string {
	const p = c.pages;
	const author = c.edition.author;
	const srcNote = sources.length ? ` Source${sources.length > 1 ? 's' : ''}: ${sources.map((s) => sourceEntry(s, 'chicago')).join(' ')}` : '';
	switch (style) {
		case 'chicago':
			return (p ? chicago(rep(c))[1]!.text : chicagoEditionNote(c)) + srcNote;
		case 'chicago-ad':
			return p ? `(${first.family} and ${second.family} ${REPORT.year}, ${formatRange(p)}; summarized in ${author} ${year(c.modified)})` : `(${author} ${year(c.modified)}${sources.length ? `; ${sources.map((s) => `${s.outlet} ${s.date.slice(0, 4)}`).join('; ')}` : ''})`;
		case 'apa':
			return p ? apa(rep(c))[3]!.text : `(${author}, ${year(c.modified)}${sources.length ? `; ${sources.map((s) => `${s.outlet}, ${s.date.slice(0, 4)}`).join('; ')}` : ''})`;
		case 'mla':
			return p ? mla(rep(c))[3]!.text : `(${author}${sources.length ? `; ${sources.map((s) => `“${s.title}”`).join('; ')}` : ''})`;
	}
}

/** Merges page ranges for "pages cited": sorted, duplicates dropped. */
export function pagesCited(ranges: PageRange[]): string {
	const uniq = [...new Map(ranges.map((r) => [formatRange(r), r])).values()].sort((a, b) => a.from - b.from || (a.to ?? 999) - (b.to ?? 999));
	return uniq.map(formatRange).join(', ');
}

const sortKey = (s: string) => s.replace(/^[“"*]+/, '').toLowerCase();

export function assemble(brief: Brief, index: BriefIndex, accessed: string): AssembledBrief {
	const style = brief.style;
	const inputFor = (page: string, frag: string): CiteInput | undefined => {
		const rec = index.pages[page];
		if (!rec) return undefined;
		return { pageTitle: rec.pageTitle, code: rec.code, url: rec.url + (frag ? `#${frag}` : ''), pages: rec.pages, modified: rec.modified, accessed, key: rec.key, edition: index.edition, restatesReport: !!rec.pages };
	};
	const cited: PageRange[] = [];
	const pagesUsed = new Map<string, CiteInput>();
	const sourcesUsed = new Map<string, Source>();
	const items = brief.items.map((item, i): AssembledItem => {
		const state = itemState(index, item);
		// An item no longer published is shown as captured, and cited nowhere: its address leads to nothing now.
		const [page, frag] = state.state === 'missing' ? splitKey(item.key) : splitKey(state.key);
		const base = state.state === 'missing' ? undefined : inputFor(page, frag);
		const pages = parsePages(item.pages) ?? base?.pages;
		const sources = index.sources[page] ?? [];
		if (base) {
			const c = { ...base, pages };
			if (pages) cited.push(pages);
			pagesUsed.set(page, { ...base, url: index.pages[page]!.url });
			for (const s of sources) sourcesUsed.set(s.url, s);
			return { n: i + 1, item, what: WHAT[item.kind] ?? ITEM_KINDS[item.kind], url: c.url, pageTitle: `${base.pageTitle}${base.code ? ` (${base.code})` : ''}`, pages, state, citation: itemCitation(style, c, sources), sources };
		}
		return { n: i + 1, item, what: WHAT[item.kind], url: undefined, pageTitle: undefined, pages, state, citation: undefined, sources: [] };
	});
	const bibliography: AssembledBrief['bibliography'] = [];
	const anyInput = [...pagesUsed.values()][0];
	if (cited.length && anyInput) {
		const reportEntry = style === 'chicago' ? chicago(rep(anyInput))[2]!.text : style === 'chicago-ad' ? chicagoAD(anyInput).report : style === 'apa' ? apa(rep(anyInput))[0]!.text : mla(rep(anyInput))[0]!.text;
		bibliography.push({ text: `${reportEntry} (This brief cites pp. ${pagesCited(cited)}.)`, url: REPORT.url });
	}
	for (const c of pagesUsed.values()) {
		const entry = style === 'chicago' ? chicago(rep(c))[3]!.text : style === 'chicago-ad' ? chicagoAD(c).page : style === 'apa' ? apa(rep(c))[1]!.text : mla(rep(c))[1]!.text;
		bibliography.push({ text: entry, url: c.url });
	}
	for (const s of sourcesUsed.values()) bibliography.push({ text: sourceEntry(s, style), url: s.url });
	bibliography.sort((a, b) => sortKey(a.text).localeCompare(sortKey(b.text)));
	return {
		title: brief.title || 'Brief',
		style,
		notes: style === 'chicago',
		made: accessed,
		revised: index.revised,
		items,
		bibliography,
		bibliographyTitle: style === 'apa' ? 'References' : style === 'mla' ? 'Works Cited' : style === 'chicago-ad' ? 'References' : 'Bibliography',
	};
}

/** The references of a brief as BibTeX: the report once, then each edition page used. */
export function briefBibtex(a: AssembledBrief, index: BriefIndex): string {
	return [bibtexReport(), ...pageInputs(a, index).map(bibtexPage)].join('\n\n') + '\n';
}
export function briefRis(a: AssembledBrief, index: BriefIndex): string {
	return [risReport(), ...pageInputs(a, index).map(risPage)].join('\n\n') + '\n';
}

function pageInputs(a: AssembledBrief, index: BriefIndex): CiteInput[] {
	const seen = new Map<string, CiteInput>();
	for (const it of a.items) {
		if (!it.url) continue;
		const [page] = splitKey(it.state.state === 'missing' ? it.item.key : it.state.key);
		const rec = index.pages[page];
		if (rec && !seen.has(page)) seen.set(page, { pageTitle: rec.pageTitle, code: rec.code, url: rec.url, pages: rec.pages, modified: rec.modified, accessed: a.made, key: rec.key, edition: index.edition, restatesReport: !!rec.pages });
	}
	return [...seen.values()];
}

/** CSL-JSON: the report (`report`) and each edition page used (`webpage`). */
export function briefCsl(a: AssembledBrief, index: BriefIndex): object[] {
	const date = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });
	return [
		{
			id: REPORT_BIBTEX_KEY,
			type: 'report',
			title: REPORT.title,
			author: REPORT.authors.map((p) => ({ family: p.family, given: p.given })),
			publisher: REPORT.publisher,
			'publisher-place': REPORT.place,
			'collection-title': REPORT.series,
			number: REPORT.number,
			ISBN: REPORT.isbn,
			issued: { 'date-parts': [[REPORT.year, REPORT.month]] },
			URL: REPORT.url,
		},
		...pageInputs(a, index).map((c) => ({
			id: c.key,
			type: 'webpage',
			title: `${c.pageTitle}${c.code ? ` (${c.code})` : ''}`,
			author: [{ literal: c.edition.author }],
			'container-title': c.edition.siteName,
			publisher: c.edition.author,
			...(c.modified ? { issued: date(c.modified) } : {}),
			accessed: date(c.accessed ?? a.made),
			URL: c.url,
			...(c.pages ? { note: `Restates pp. ${formatRange(c.pages)} of ${REPORT.series} No. ${REPORT.number}` } : {}),
		})),
	];
}
