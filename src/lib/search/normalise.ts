/**
 * How words are compared, by search and by the explorer's text filter alike: lower case, no
 * diacritics, and a light stem (plurals and common endings), so "borders" meets "border" and
 * "negotiating" meets "negotiated". Pure.
 */

/** Lower-case words of a text, without diacritics; hyphenated words are kept whole and in parts. */
export function words(text: string): string[] {
	const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
	const out: string[] = [];
	for (const w of plain.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []) {
		const parts = w.split(/[-'’.]/).filter(Boolean);
		if (parts.length > 1) out.push(parts.join(''));
		out.push(...parts);
	}
	return out;
}

const ENDINGS = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's'];

/**
 * A light stem: the word without its commonest ending and any final "e" ("trade", "trades" and
 * "trading" all give "trad"), never shorter than four letters.
 */
export function stem(word: string): string {
	if (/\d/.test(word)) return word;
	let s = word;
	const end = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
	if (end) s = word.slice(0, -end.length);
	while (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
	return s;
}

/** The text as a space-separated string of its distinct stems, for matching with `matchesWords`. */
export function normaliseText(text: string): string {
	return ` ${[...new Set(words(text).map(stem))].join(' ')} `;
}

/** Does a normalised text contain every word of the phrase (each as a whole stem or a word start)? */
export function matchesWords(normalisedText: string, phrase: string): boolean {
	const stems = words(phrase).map(stem);
	return stems.length > 0 && stems.every((s) => normalisedText.includes(` ${s}`));
}
