/**
 * What `/brief/` must know before its tools load (`scripts/brief-boot.ts`): whether there is a brief
 * to show. Kept tiny and free of imports, since the boot script that uses it is all `/brief/` loads
 * for a reader with no brief; `share.ts` takes its prefix from here.
 */

/** The share fragment's prefix: `b` and the format's version (`share.ts`). */
export const SHARE_PREFIX = 'b1=';

/**
 * The browser-storage key the brief is kept under: `STORAGE_KEY` of `scripts/brief-store.ts`,
 * written out (as `brief-loader.ts` does) since importing it here would add this module to what every
 * page's "add to brief" fetches; `boot.test.ts` holds them equal.
 */
export const STORAGE_KEY = 'brief';

/** Whether a fragment (with or without `#`) holds a shared brief. */
export const isShareFragment = (hash: string) => hash.replace(/^#/, '').startsWith(SHARE_PREFIX);

/**
 * The shape of a kept brief with nothing in it (`emptyBrief()` of `schema.ts`, as stored): its
 * version, no title and the default style. Written out, not imported, to keep the schema out of the
 * boot; `boot.test.ts` holds them equal.
 */
export const EMPTY_BRIEF = { v: 2, title: '', style: 'chicago' } as const;

/**
 * Whether `/brief/` must load its tools now: the fragment is a share link, or the browser keeps a
 * brief that is not plainly empty. `stored` is what storage holds under `STORAGE_KEY` (null: nothing;
 * undefined: storage could not be read). Plainly empty is exactly the empty brief: no items, no
 * title, the default style, this version. Anything else, unreadable or unknown included, loads the
 * tools, which read it properly and say what is wrong with it.
 */
export function briefNeeded(hash: string, stored: string | null | undefined): boolean {
	if (isShareFragment(hash)) return true;
	if (stored === null) return false;
	if (stored === undefined) return true;
	let kept: unknown;
	try {
		kept = JSON.parse(stored);
	} catch {
		return true;
	}
	if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return true;
	const { v, title, style, items } = kept as Record<string, unknown>;
	const empty = v === EMPTY_BRIEF.v && (title ?? '') === EMPTY_BRIEF.title && (style ?? EMPTY_BRIEF.style) === EMPTY_BRIEF.style && Array.isArray(items) && items.length === 0;
	return !empty;
}
