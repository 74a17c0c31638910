/**
 * The site's own vocabulary, for "Did you mean": every word its pages use with how often, built at
 * build time, and the edit-distance ranking that picks the closest words to an unknown one. Pure.
 */
import { stem, words } from './normalise';

/** word -> how many times the site uses it. */
export type Vocabulary = Record<string, number>;

export function buildVocabulary(texts: string[]): Vocabulary {
	const counts: Vocabulary = {};
	for (const t of texts) for (const w of words(t)) if (w.length >= 3 && !/^\d+$/.test(w)) counts[w] = (counts[w] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps); stops counting past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			cur.push(d);
			rowMin = Math.min(rowMin, d);
		}
		if (rowMin > max) return max + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[b.length]!;
}

/** How many edits a word of this length may be away from a suggestion. */
const allowance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/** The closest words the site uses: fewest edits first, then the most used. */
export function suggest(word: string, vocabulary: Vocabulary, limit = 3): string[] {
	const w = word.toLowerCase();
	const max = allowance(w.length);
	return Object.entries(vocabulary)
		.filter(([v]) => v !== w)
		.map(([v, n]) => ({ v, n, d: editDistance(w, v, max) }))
		.filter((c) => c.d <= max)
		.sort((a, b) => a.d - b.d || b.n - a.n || a.v.localeCompare(b.v))
		.slice(0, limit)
		.map((c) => c.v);
}

/**
 * Is the word (or a form of it) one the site uses? Pagefind, given a word it does not have, falls
 * back to the longest prefix it has ("deportation" matches "de facto"); a word this says is
 * unknown must not be passed to it.
 */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
	const w = word.toLowerCase();
	if (w in vocabulary) return true;
	const s = stem(w);
	return Object.keys(vocabulary).some((v) => v.startsWith(s) || (v.length >= 4 && stem(v) === s));
}
