// Pagefind's search options, in one place: Starlight's integration passes them to the search engine,
// and the relevance suite (e2e/relevance.spec.ts) runs its queries with the same ones.

/**
 * Options for `pagefind.options()`; see https://pagefind.app/docs/ranking/. Page length counts for
 * little (0.2, Pagefind's default is 0.75) so that a one-line actor card that names a subject does
 * not rank above the theme that discusses it; the relevance suite holds the balance. Every weight is
 * written out, the others at Starlight's defaults (which are not Pagefind's): Starlight fills in any
 * weight left out, and the relevance suite, which calls Pagefind directly, would then rank with
 * other weights than the site (`search-config.test.ts` checks that Starlight adds nothing).
 * A query word in a result's title adds little to its score (`metaWeights.title` 0.1, was 0.5 until the 2026 record: at 0.5 the record's TAPI and Balochistan headlines outranked the report, suite 57/59; Pagefind's
 * default is 5): each development of the edition's record has a page whose headline names its
 * subject, and at 5 those headlines outranked the report's own pages on the subject ("Torkham",
 * "TTP", "China"; relevance suite 51/58, with the record's text weighted low, `search-weights.ts`).
 */
export const pagefindOptions = {
	ranking: { termFrequency: 0.8, pageLength: 0.2, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8, metaWeights: { title: 0.1 } },
};
