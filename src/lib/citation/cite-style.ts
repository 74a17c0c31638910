/**
 * The citation style a reader last chose in a cite block, remembered in the browser: printing shows it
 * and "cite this passage" copies it. Only the prose styles are remembered; Chicago until one is chosen.
 */

/** The prose styles a reader can choose and have remembered. */
export const REMEMBERED_STYLES = ['chicago', 'apa', 'mla'] as const;
export type RememberedStyle = (typeof REMEMBERED_STYLES)[number];

/** The key under which the chosen style is remembered (`localStorage`). */
export const STYLE_KEY = 'cite-style';

/** Whether a style is one that is remembered. */
export const isRememberedStyle = (style: string | null | undefined): style is RememberedStyle => (REMEMBERED_STYLES as readonly string[]).includes(style ?? '');

/** The remembered style, or Chicago where none (or another) is remembered. */
export const rememberedStyle = (stored: string | null | undefined): RememberedStyle => (isRememberedStyle(stored) ? stored : 'chicago');
