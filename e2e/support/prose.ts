/**
 * What a page's body must show, read from its MDX source: its `##` headings and the opening words of
 * each paragraph and list item, as plain text. Tests compare them with the text of the rendered
 * Markdown content (not the page's chrome), so an empty or truncated body fails.
 */

/** Straight quotes and single spaces, so source and rendered text compare equal. */
export const plain = (text: string) =>
	text
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();

/** The `##` headings of an MDX body, in order. */
export const headings = (body: string): string[] => [...body.matchAll(/^## (.+)$/gm)].map((m) => plain(m[1]!.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')));

/**
 * The first `words` words of each prose paragraph and list item of an MDX body, up to the first
 * component, footnote or HTML tag in it (which render as something other than their source).
 */
export function openings(body: string, words = 6): string[] {
	return body
		.replace(/^import .*$/gm, '')
		.split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.) )/)
		.map((block) => block.trim().replace(/^(?:[-*]|\d+\.) +/, ''))
		.filter((block) => block && !/^(#|<|\||:::|>|```)/.test(block))
		.map((block) =>
			plain(
				block
					.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
					.replace(/[*_`]/g, '')
					.split(/<|\[\^/)[0]!,
			)
				.split(' ')
				.slice(0, words)
				.join(' '),
		)
		.filter((opening) => opening.split(' ').length >= 3);
}
