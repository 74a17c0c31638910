/**
 * The search dialog's styles load with the dialog, not with every page. Starlight's Search component
 * has a global style block (Pagefind UI's stylesheet and Starlight's rules for the results) that
 * Astro inlines into every page; the results only exist once the reader opens search. This Vite
 * plugin empties that block where pages get it and serves the same CSS, read from Starlight's own
 * component at build time, as `virtual:search-dialog.css`. `scripts/search-ui.ts` imports it with
 * `?inline` (Vite's compiled CSS as a string, Pagefind's stylesheet inlined into it) and adds it to
 * the page before the UI mounts: it arrives inside the lazily loaded search code, with no request of
 * its own. (A plain CSS import would not do: Astro adds the CSS that a page's scripts import, even
 * dynamically, to the page's own styles.) The component's scoped block (the button, the dialog's
 * frame) is left where it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The id `scripts/search-ui.ts` imports. */
export const SEARCH_DIALOG_CSS = 'virtual:search-dialog.css';
/** What marks Starlight's block of search dialog styles: it imports Pagefind UI's stylesheet. */
const PAGEFIND_UI_CSS = '@pagefind/default-ui/css/ui.css';

export interface SearchDialogStyle {
	/** The block's CSS, as written in the component. */
	css: string;
	/** Its index among the component's styles that Astro bundles (`?astro&type=style&index=N`). */
	index: number;
}

/**
 * The `<style is:global>` block of Starlight's Search component (`source`, read from `file`) that
 * imports Pagefind UI's stylesheet; throws, naming `file`, when there is none (Starlight changed it).
 */
export function searchDialogStyle(source: string, file: string): SearchDialogStyle {
	// Astro numbers the styles it bundles in order; `is:inline` styles stay in the markup, unnumbered.
	const bundled = [...source.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)].filter((m) => !/\bis:inline\b/.test(m[1]!));
	const index = bundled.findIndex((m) => /\bis:global\b/.test(m[1]!) && m[2]!.includes(PAGEFIND_UI_CSS));
	if (index < 0)
		throw new Error(
			`${file}: Starlight's Search component no longer has a <style is:global> block importing ${PAGEFIND_UI_CSS}, which src/integrations/search-dialog-css.ts moves out of every page into the search dialog's stylesheet; update it to Starlight's new styles`,
		);
	return { css: bundled[index]![2]!, index };
}

/** Whether `id` is Vite's module for style `index` of the component `file` (`...Search.astro?astro&type=style&index=1&lang.css`). */
export function isComponentStyle(id: string, file: string, index: number): boolean {
	const [path, query = ''] = id.split('?');
	if (path !== file) return false;
	const params = new URLSearchParams(query);
	return params.has('astro') && params.get('type') === 'style' && params.get('index') === String(index);
}

/** The path of Starlight's Search component, as Vite names it. */
export function starlightSearchFile(root: string): string {
	return createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components/Search.astro');
}

/** The Vite plugin: pages get an empty block; `virtual:search-dialog.css` gets its CSS. */
export function searchDialogCss({ file }: { file: string }): Plugin {
	let style: SearchDialogStyle | undefined;
	const read = () => (style ??= searchDialogStyle(readFileSync(file, 'utf8'), file));
	// A path beside the component, so that the block's `@import` of Pagefind's stylesheet resolves as it does there.
	const resolved = join(dirname(file), 'search-dialog.css');
	return {
		name: 'search-dialog-css',
		enforce: 'pre',
		buildStart() {
			read(); // fails the build, naming the file, when Starlight's block is gone
		},
		resolveId(id) {
			// Vite's queries (`?inline`) stay on the id, for its CSS plugin to read.
			const [path, query] = id.split('?');
			return path === SEARCH_DIALOG_CSS ? resolved + (query === undefined ? '' : `?${query}`) : undefined;
		},
		load(id) {
			return id.split('?')[0] === resolved ? read().css : undefined;
		},
		transform(_code, id) {
			return isComponentStyle(id, file, read().index) ? { code: '', map: null } : undefined;
		},
	};
}
