import { describe, expect, it } from 'vitest';
import { mentionedScopes, pruneInlineStyles, pruneScopedCss, renderedScopes } from './unused-scoped-css';

const css = [
	'@layer starlight.core{.hero:where(.astro-aaaaaaaa){display:grid}.title:where(.astro-bbbbbbbb){color:red}}',
	'@media (width>=50rem){.hero:where(.astro-aaaaaaaa) h1{font-size:2rem}}',
	':is(.a,.b) .x:where(.astro-aaaaaaaa),.plain{margin:0}',
	'.sl-markdown-content p{margin:1rem}',
	'@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}',
].join('');

describe('pruning scoped styles a page does not render', () => {
	it('finds the scope classes in class attributes only, not in styles or scripts', () => {
		const html = '<style>.x:where(.astro-cccccccc){}</style><div class="title astro-bbbbbbbb"></div><script>"astro-dddddddd"</script>';
		expect([...renderedScopes(html)]).toEqual(['astro-bbbbbbbb']);
		expect(mentionedScopes('e.className=`x astro-dddddddd`')).toEqual(['astro-dddddddd']);
	});

	it('drops the selectors and rules of components the page does not render, and the blocks left empty', () => {
		const out = pruneScopedCss(css, new Set(['astro-bbbbbbbb']));
		expect(out).toBe(
			'@layer starlight.core{.title:where(.astro-bbbbbbbb){color:red}}.plain{margin:0}.sl-markdown-content p{margin:1rem}@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}',
		);
	});

	it('keeps everything when the page renders every component', () => {
		expect(pruneScopedCss(css, new Set(['astro-aaaaaaaa', 'astro-bbbbbbbb']))).toBe(css);
	});

	it('prunes each inline style of a page, keeping the scopes scripts mention', () => {
		const page = `<html><head><style>${css}</style></head><body><p class="title astro-bbbbbbbb">x</p></body></html>`;
		expect(pruneInlineStyles(page)).not.toContain('.hero');
		expect(pruneInlineStyles(page, ['astro-aaaaaaaa'])).toContain('.hero:where(.astro-aaaaaaaa) h1');
		const scripted = page.replace('</body>', '<script>document.body.append(Object.assign(document.createElement("div"), { className: "hero astro-aaaaaaaa" }))</script></body>');
		expect(pruneInlineStyles(scripted)).toContain('.hero:where(.astro-aaaaaaaa) h1');
	});
});
