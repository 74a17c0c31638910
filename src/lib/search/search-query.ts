/**
 * What the site does to a search before and after Pagefind: the query it passes on, the "Did you
 * mean" words, the nearest subject of a term the report does not use, and where each result lands.
 * Pure, shared by the search dialog and the relevance suite.
 */
import { isKnown, suggest, type Vocabulary } from './vocabulary';
import { words } from './normalise';

/** A term the report does not use and the entry on its nearest subject. */
export interface NearestSubject {
	/** The term as a reader may type it, e.g. "CPEC". */
	form: string;
	/** The entry's own name, e.g. "Belt and Road Initiative". */
	label: string;
	href: string;
}

/** What search knows about the site's words, fetched as one small file when search is first used. */
export interface SearchContext {
	vocabulary: Vocabulary;
	/** Every code the site gives an entry (AP-07, T1...). */
	codes: string[];
	nearest: NearestSubject[];
}

export interface PreparedQuery {
	/** The query passed to Pagefind; empty when nothing of it can match. */
	query: string;
	/** Words of the query no page uses. */
	unknown: string[];
	/** Words to offer as "Did you mean", closest first. */
	suggestions: string[];
	/** For a term the report does not use: the entry on the nearest subject. */
	nearest?: NearestSubject | undefined;
}

const codeKey = (letters: string, digits: string) => `${letters.toUpperCase()}${Number(digits)}`;

/** "ap7", "AP 07", "ap-07" -> "AP-07" when the site has that code. */
export function normaliseCode(raw: string, codes: string[]): string | undefined {
	const m = raw.trim().match(/^([a-z]{1,2})[\s-]*(\d{1,3})$/i);
	if (!m) return undefined;
	const key = codeKey(m[1]!, m[2]!);
	return codes.find((c) => {
		const k = c.match(/^([A-Z]{1,2})-?(\d+)$/);
		return k && codeKey(k[1]!, k[2]!) === key;
	});
}

/** Whole words shorter than this are passed to Pagefind as typed (acronyms, prefixes while typing). */
const MIN_CHECKED_LENGTH = 5;

export function prepareQuery(raw: string, context?: SearchContext): PreparedQuery {
	const trimmed = raw.trim().replace(/\s+/g, ' ');
	const prepared: PreparedQuery = { query: trimmed, unknown: [], suggestions: [] };
	if (!context || !trimmed) return prepared;
	const code = normaliseCode(trimmed, context.codes);
	if (code) return { ...prepared, query: code };
	const lower = trimmed.toLowerCase();
	prepared.nearest = context.nearest.find((n) => n.form.toLowerCase() === lower);
	const kept: string[] = [];
	for (const token of trimmed.split(' ')) {
		const parts = words(token).filter((w) => !/\d/.test(w));
		const unknown = parts.length > 0 && parts.every((w) => w.length >= MIN_CHECKED_LENGTH) && !parts.some((w) => isKnown(w, context.vocabulary));
		if (unknown) prepared.unknown.push(token);
		else kept.push(token);
	}
	prepared.query = kept.join(' ');
	prepared.suggestions = [...new Set(prepared.unknown.flatMap((w) => suggest(w, context.vocabulary)))];
	return prepared;
}

export interface SubResultLike {
	url: string;
	weighted_locations?: Array<{ balanced_score: number }> | undefined;
}

export interface ResultLike {
	url: string;
	sub_results: SubResultLike[];
}

/** How strongly a sub-result matches: Pagefind's scores of the words it matched there. */
const subScore = (s: SubResultLike) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** A result's sub-results, best match first (Pagefind gives them in page order). */
export function bestSubResults<S extends SubResultLike>(subs: S[]): S[] {
	return subs
		.map((s, i) => ({ s, i, score: subScore(s) }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.map(({ s }) => s);
}

/** Where a result lands: its best-matching sub-result's anchor, unless that is the page top. */
export function landingUrl(result: ResultLike): string {
	const best = bestSubResults(result.sub_results)[0]?.url;
	return best && best.includes('#') && !/#_top$/.test(best) ? best : result.url;
}

/** What a search result is titled: its code before the page's title and its kind after ("AP-07 … · Recommendation"). */
export function resultTitle({ title, code, kind }: { title: string; code?: string | undefined; kind?: string | undefined }): string {
	const coded = code && !title.startsWith(code) ? `${code} ${title}` : title;
	return kind ? `${coded} · ${kind}` : coded;
}
