/**
 * How much the edition's own record counts in search beside the report (pure). Its pages (the
 * /since/ timeline and each development's page) are searchable, but a subject's pages in the report
 * rank above the record that mentions it: their text is weighted `RECORD_TEXT_WEIGHT` and their title
 * `RECORD_TITLE_WEIGHT` (Pagefind weighs an h1 7 unless told otherwise). The relevance suite holds
 * the balance.
 */
import type { PageModel } from '../content/site-model';
import { EDITION_KIND } from '../record/status-vocabulary';

export const RECORD_TEXT_WEIGHT = 0.05;
export const RECORD_TITLE_WEIGHT = 0.05;

/** The search weight of a page's title (its h1), where it is not Pagefind's default. */
export function titleWeight(page: Pick<PageModel, 'kind'>): number | undefined {
	return page.kind === EDITION_KIND ? RECORD_TITLE_WEIGHT : undefined;
}

/** The rendered title (`<h1 …>`) with a search weight on it; fails when there is no h1 to weigh. */
export function weighTitle(html: string, weight: number): string {
	if (!/<h1[\s>]/.test(html)) throw new Error('PageTitle: no <h1> in the rendered title to give a search weight');
	return html.replace(/<h1(?=[\s>])/, `<h1 data-pagefind-weight="${weight}"`);
}
