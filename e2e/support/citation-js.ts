/**
 * citation-js with its BibTeX, RIS and CSL plugins: a real reader of the records the site exports,
 * and the CSL styles a reference manager would format them with (`csl/`: Chicago 18 notes and
 * bibliography, Chicago 18 author-date, APA 7, MLA 9, from the CSL styles repository, CC BY-SA 3.0).
 */
import { readFileSync } from 'node:fs';
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
for (const style of CSL_STYLES) plugins.config.get('@csl').styles.add(style, readFileSync(join(import.meta.dirname, 'csl', `${style}.csl`), 'utf8'));

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

/** citation-js's built-in APA template, as plain text. */
export function apaOf(text: string): string {
	return (new Cite(text).format('bibliography', { format: 'text', template: 'apa' }) as string).trim();
}
