/** citation-js with its BibTeX, RIS and CSL plugins: a real reader of the records the site exports. */
import { Cite } from '@citation-js/core';
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

export function readRecords(text: string): CslItem[] {
	return new Cite(text).data as CslItem[];
}

/** citation-js's built-in APA template, as plain text. */
export function apaOf(text: string): string {
	return (new Cite(text).format('bibliography', { format: 'text', template: 'apa' }) as string).trim();
}
