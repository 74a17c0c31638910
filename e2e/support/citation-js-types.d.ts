// citation-js ships no types; the tests use this much of it.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: string);
		data: unknown[];
		format(type: 'bibliography', options: { format: 'text'; template: string }): string;
	}
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
