/**
 * "Cite this passage": a paragraph's own citation, in the style the reader last chose in a cite block
 * (remembered in the browser as `cite-style`; Chicago until one is chosen): the paragraph's URL, the
 * report pages of the passage it restates, then every part of that style's citation with the
 * paragraph's URL and pages as its pinpoint. Pure: `scripts/copy.ts` reads the page and the storage.
 */
import { cite, type CiteInput } from './citation';
import type { RememberedStyle } from './cite-style';
import { rangeLabel, type PageRange } from '../report/report-pages';

/** The lines to copy: URL, the passage's report pages, then each part of the style's citation (blank lines between). */
export function passageCitation(style: RememberedStyle, input: CiteInput, url: string, pages: PageRange | undefined): string[] {
	const at = pages ?? input.pages;
	const parts = cite(style, { ...input, url, pages: at });
	return [url, ...(at ? [rangeLabel(at)] : []), ...parts.flatMap((p) => ['', p.text])];
}
