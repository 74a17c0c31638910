/**
 * citation-js with its BibTeX, RIS and CSL plugins: a real reader of the records the site exports,
 * and the CSL styles a reference manager would format them with: Chicago notes and bibliography,
 * Chicago author-date, APA 7 and MLA 9, read from Debian's package `citation-style-language-styles`
 * (`CSL_DIR`; `.ci/run` installs it). Debian's Chicago styles are the 17th edition; the site follows
 * the 18th (see `chicago18`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

/** A CSL-JSON item as citation-js reads it (the fields the tests look at). */
export interface CslItem {
	id: string;
	'citation-key'?: string;
	type: string;
	title?: string;
	author?: Array<{ family?: string; given?: string; literal?: string }>;
	publisher?: string;
	'publisher-place'?: string;
	genre?: string;
	'collection-title'?: string;
	'container-title'?: string;
	number?: string;
	ISBN?: string;
	note?: string;
	URL?: string;
	issued?: { 'date-parts': number[][] };
	accessed?: { 'date-parts': number[][] };
}

export const CSL_STYLES = ['chicago-notes-bibliography', 'chicago-author-date', 'apa', 'modern-language-association'] as const;
export type CslStyle = (typeof CSL_STYLES)[number];
/** Where Debian's `citation-style-language-styles` puts the styles. */
export const CSL_DIR = process.env.CSL_DIR ?? '/usr/share/citation-style-language/styles';
/** Each style's file there (Debian names the notes style `chicago-note-bibliography`). */
const CSL_FILES: Record<CslStyle, string> = {
	// The full-note variant: the site's Chicago notes are full notes; Debian's `chicago-note-bibliography`
	// writes short notes ("Threlkeld and Easterly, “Title,” 6–8."). Both give the same bibliography.
	'chicago-notes-bibliography': 'chicago-fullnote-bibliography.csl',
	'chicago-author-date': 'chicago-author-date.csl',
	apa: 'apa.csl',
	'modern-language-association': 'modern-language-association.csl',
};
for (const style of CSL_STYLES) {
	const file = join(CSL_DIR, CSL_FILES[style]);
	if (!existsSync(file)) throw new Error(`${file} is missing: install Debian's citation-style-language-styles (apt-get install citation-style-language-styles), or set CSL_DIR`);
	plugins.config.get('@csl').styles.add(style, readFileSync(file, 'utf8'));
}


const bibtexConfig = plugins.config.get('@bibtex');

export function readRecords(text: string): CslItem[] {
	return new Cite(text).data as CslItem[];
}

/**
 * Reads BibTeX as a classic BibTeX reader does: citation-js in strict mode, without BibLaTeX, which
 * rejects (throws on) any entry whose type btxdoc does not define or that lacks a field its type
 * requires. citation-js's list leaves out `misc`, which btxdoc defines with no required fields;
 * it is added here as btxdoc has it.
 */
export function readClassicBibtex(text: string): CslItem[] {
	const { parse, constants } = bibtexConfig;
	const saved = { strict: parse.strict, biblatex: parse.biblatex };
	constants.required.bibtex.misc ??= [];
	parse.strict = true;
	parse.biblatex = false;
	try {
		return new Cite(text, { forceType: '@bibtex/text' }).data as CslItem[];
	} finally {
		Object.assign(parse, saved);
	}
}

/** Reads BibLaTeX strictly: every entry must be a BibLaTeX type with its required fields. */
export function readStrictBiblatex(text: string): CslItem[] {
	const { parse } = bibtexConfig;
	const saved = { strict: parse.strict, biblatex: parse.biblatex };
	parse.strict = true;
	parse.biblatex = true;
	try {
		return new Cite(text, { forceType: '@biblatex/text' }).data as CslItem[];
	} finally {
		Object.assign(parse, saved);
	}
}

/** The bibliography entries of `items` in a CSL style, as plain text, one per record (in the style's order). */
export function bibliographyOf(items: CslItem[], style: CslStyle): string[] {
	return (new Cite(items).format('bibliography', { format: 'text', template: style }) as string).trim().split('\n');
}

/** The citation (a note in Chicago's notes style, a parenthesis in the others) of one item, with a page locator. */
export function citationOf(item: CslItem, style: CslStyle, pages?: string): string {
	return new Cite([item]).format('citation', { format: 'text', template: style, entry: [{ id: item.id, ...(pages ? { locator: pages, label: 'page' } : {}) }] });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Debian's Chicago styles are the 17th edition (2017); the site follows the 18th. Formatting the
 * report's record (`item`), Debian's style differs from the site, and from the 18th-edition CSL style
 * the tests used before, in exactly these places, which this puts in the 18th edition's form, touching
 * nothing else (authors, publisher, year, pinpoint, URL and punctuation are compared as the style
 * writes them):
 * 1. place of publication: CMOS 18 drops it (14.30), so "Washington, DC: " is removed;
 * 2. date: the 17th-edition style prints the record's month ("August 2021"), the site the year ("2021");
 * 3. title: the 17th-edition style puts a report's title in quotation marks (“Title,” / “Title.”);
 *    the site italicises it, which plain text does not show;
 * 4. series: the 17th-edition style prints the series without its number ("Peaceworks"); the site
 *    gives it ("Peaceworks no. 175" in a note, "Peaceworks No. 175." in a bibliography).
 */
export function chicago18(text: string, item: CslItem & { genre?: string }, part: 'note' | 'bibliography'): string {
	const [year, month] = item.issued!['date-parts'][0]!;
	const series = part === 'note' ? [`${item.genre} (`, `${item.genre} no. ${item.number} (`] : [`${item.genre}. `, `${item.genre} No. ${item.number}. `];
	return text
		.replace(`${item['publisher-place']}: `, '')
		.replace(`${MONTHS[month! - 1]} ${year}`, String(year))
		.replace(new RegExp(`“(${item.title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})([,.])”`), '$1$2')
		.replace(series[0]!, series[1]!);
}

/** citation-js's built-in APA template, as plain text. */
export function apaOf(text: string): string {
	return (new Cite(text).format('bibliography', { format: 'text', template: 'apa' }) as string).trim();
}
