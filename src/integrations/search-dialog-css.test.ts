import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isComponentStyle, searchDialogCss, searchDialogStyle, starlightSearchFile, SEARCH_DIALOG_CSS } from './search-dialog-css';

const file = starlightSearchFile(process.cwd());
const source = readFileSync(file, 'utf8');

describe('searchDialogStyle', () => {
	it("finds the global block of Starlight's installed Search component, after its scoped one", () => {
		const { css, index } = searchDialogStyle(source, file);
		expect(index).toBe(1);
		expect(css.trim().startsWith("@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core);")).toBe(true);
		expect(css).toContain('#starlight__search .pagefind-ui__result-link');
		// The scoped block (the button and the dialog's frame) is not part of it.
		expect(css).not.toContain('.dialog-frame');
	});

	it('counts only the styles Astro bundles (not is:inline ones)', () => {
		const component = `<style is:inline>a{}</style><style>b{}</style><style is:global>@import url('@pagefind/default-ui/css/ui.css');c{}</style>`;
		expect(searchDialogStyle(component, 'X.astro')).toEqual({ css: "@import url('@pagefind/default-ui/css/ui.css');c{}", index: 1 });
	});

	it('fails naming the file when the block is gone', () => {
		const changed = source.replace('@pagefind/default-ui/css/ui.css', '@pagefind/component-ui/css/ui.css');
		expect(() => searchDialogStyle(changed, file)).toThrow(`${file}: Starlight's Search component no longer has a <style is:global> block importing @pagefind/default-ui/css/ui.css`);
		expect(() => searchDialogStyle(source.replace('<style is:global>', '<style>'), file)).toThrow(file);
	});
});

describe('isComponentStyle', () => {
	it("matches Vite's id of that style of that component only", () => {
		expect(isComponentStyle(`${file}?astro&type=style&index=1&lang.css`, file, 1)).toBe(true);
		expect(isComponentStyle(`${file}?astro&type=style&index=0&lang.css`, file, 1)).toBe(false);
		expect(isComponentStyle(`${file}?astro&type=script&index=1&lang.ts`, file, 1)).toBe(false);
		expect(isComponentStyle(`/src/components/Search.astro?astro&type=style&index=1&lang.css`, file, 1)).toBe(false);
		expect(isComponentStyle(file, file, 1)).toBe(false);
	});
});

describe('the plugin', () => {
	const plugin = searchDialogCss({ file });
	const call = <T,>(hook: unknown, ...args: unknown[]): T => (hook as (...a: unknown[]) => T).call({}, ...args);

	it('empties the global block where pages get it, and leaves the scoped one', () => {
		expect(call(plugin.transform, 'css', `${file}?astro&type=style&index=1&lang.css`)).toEqual({ code: '', map: null });
		expect(call(plugin.transform, 'css', `${file}?astro&type=style&index=0&lang.css`)).toBeUndefined();
	});

	it('serves the block as virtual:search-dialog.css, beside the component so its @import resolves as there', () => {
		const id = call<string>(plugin.resolveId, SEARCH_DIALOG_CSS);
		expect(id.startsWith(file.slice(0, file.lastIndexOf('/') + 1))).toBe(true);
		expect(id.endsWith('.css')).toBe(true);
		expect(call(plugin.load, id)).toBe(searchDialogStyle(source, file).css);
		expect(call(plugin.resolveId, 'virtual:other.css')).toBeUndefined();
		// With Vite's query, as search-ui.ts imports it.
		expect(call(plugin.resolveId, `${SEARCH_DIALOG_CSS}?inline`)).toBe(`${id}?inline`);
		expect(call(plugin.load, `${id}?inline`)).toBe(searchDialogStyle(source, file).css);
	});
});

describe('the build', () => {
	it("fails at its start, naming Starlight's file, when that file has no such block", () => {
		const changed = join(mkdtempSync(join(tmpdir(), 'search-dialog-css-')), 'Search.astro');
		writeFileSync(changed, source.replace('<style is:global>', '<style>'));
		const plugin = searchDialogCss({ file: changed });
		expect(() => (plugin.buildStart as () => void).call({})).toThrow(`${changed}: Starlight's Search component no longer has a <style is:global> block`);
	});
});
