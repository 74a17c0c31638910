/**
 * The fingerprint of a brief item's text: what the reader captured, and what the build publishes for
 * every published anchor (`/data/brief-fingerprints.json`), so `/brief/` can tell when the edition
 * has since changed a passage. Both sides normalise the text the same way first. Pure.
 */

/** Whitespace collapsed, trimmed, Unicode NFC: the same text however the HTML was laid out. */
export function normaliseText(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** FNV-1a (32 bits) of the normalised text, as 7 base-36 characters. */
export function fingerprint(text: string): string {
	const s = normaliseText(text);
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

/** The text of a page-level item (a recommendation, a development): code, title and one-sentence summary, as the site model holds them. */
export function pageItemText(p: { title: string; code?: string | undefined; description: string }): string {
	return normaliseText(`${p.code ? `${p.code} ` : ''}${p.title}. ${p.description}`);
}

/** Elements inside an item that are controls, not its text. */
export const NOT_ITEM_TEXT = '.para-actions, .brief-add, [data-brief-skip]';
