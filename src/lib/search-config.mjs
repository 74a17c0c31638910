// Pagefind's search options, in one place: Starlight's integration passes them to the search UI,
// and the relevance suite (e2e/relevance.spec.ts) runs its queries with the same ones.

/** Options for `pagefind.options()`; see https://pagefind.app/docs/ranking/ */
export const pagefindOptions = {
	ranking: { termFrequency: 0.8, pageLength: 0.5 },
};
