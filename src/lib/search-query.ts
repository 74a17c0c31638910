/**
 * What the site does to a search before and after Pagefind: the query it passes on, and where each
 * result lands. Pure, shared by the search dialog and the relevance suite.
 */

export interface PreparedQuery {
	/** The query passed to Pagefind; empty when nothing of it can match. */
	query: string;
	/** Words to offer as "Did you mean". */
	suggestions: string[];
	/** For a term the report does not use: the entry on the nearest subject. */
	nearest?: { term: string; label: string; href: string } | undefined;
}

export function prepareQuery(raw: string): PreparedQuery {
	return { query: raw.trim(), suggestions: [] };
}

export interface ResultLike {
	url: string;
	sub_results: Array<{ url: string }>;
}

/** Where a result lands: its best sub-result's anchor when it has one below the page top. */
export function landingUrl(result: ResultLike): string {
	const sub = result.sub_results[0]?.url;
	return sub && !/#_top$/.test(sub) && sub.includes('#') ? sub : result.url;
}
