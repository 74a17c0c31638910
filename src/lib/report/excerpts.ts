/**
 * One limit and one way of counting for every quoted excerpt, the report's or a source's: the
 * wording check's (`../shared/tools/wording-check.mjs`), so the schema refuses what it would flag.
 */

/**
 * Words in a text, counted as the wording check counts them (letters and digits between any other
 * characters, so "U.N." is two words and "cross-border" two).
 */
export const wordCount = (text: string): number =>
	text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.split(/[^a-z0-9']+/)
		.map((w) => w.replace(/^'+|'+$/g, ''))
		.filter(Boolean).length;

/** The most words one excerpt may quote. */
export const MAX_EXCERPT_WORDS = 25;
