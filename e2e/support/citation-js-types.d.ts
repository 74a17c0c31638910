// citation-js ships no types; the tests use this much of it.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: string | object | object[], options?: { forceType?: string });
		data: unknown[];
		format(type: 'bibliography' | 'citation', options: { format: 'text'; template: string; entry?: Array<{ id: string; locator?: string; label?: string }> }): string;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): { styles: { add(name: string, xml: string): void } };
			get(name: '@bibtex'): {
				parse: { strict: boolean; biblatex: boolean };
				constants: { required: { bibtex: Record<string, Array<string | string[]>>; biblatex: Record<string, Array<string | string[]>> } };
			};
		};
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
