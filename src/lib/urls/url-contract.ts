/**
 * The URL contract: every URL ever published must keep resolving, to a page or through a redirect
 * to one. The published list lives in `src/published-urls.txt`, one root-relative path a line.
 */

export interface ContractInput {
	/** Paths from the published list. */
	published: string[];
	/** Paths the build produced (root-relative, trailing slash for pages). */
	built: Set<string>;
	/** Configured redirects, old path -> new path. */
	redirects: Record<string, string>;
}

/** Parses the published list: one path a line, `#` comments and blank lines ignored. */
export function parsePublished(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
}

/** Problems with the contract; an empty list means every published URL still resolves. */
export function checkContract({ published, built, redirects }: ContractInput): string[] {
	const problems: string[] = [];
	for (const path of published) {
		const target = redirects[path];
		if (target !== undefined) {
			if (!built.has(target)) problems.push(`${path} redirects to ${target}, which the build does not produce`);
		} else if (!built.has(path)) {
			problems.push(
				`${path} was published and no longer resolves: restore it, or add a redirect for it in src/lib/urls/redirects.mjs`,
			);
		}
	}
	return problems;
}

/** Paths built now that the published list does not yet hold. */
export function newlyBuilt(published: string[], built: Set<string>): string[] {
	const known = new Set(published);
	return [...built].filter((p) => !known.has(p)).sort();
}
