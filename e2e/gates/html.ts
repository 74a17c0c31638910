/**
 * Gate: every page of the built site is valid HTML, checked by html-validate (it runs in Node;
 * the W3C Nu checker needs Java). The rule set is `html-validate:standard`, which reports HTML
 * conformance errors, with the exceptions below, each with its reason.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { pages, redirectTarget } from './dist.ts';

const config: ConfigData = {
	extends: ['html-validate:standard'],
	rules: {
		// Astro and Starlight emit `<meta ...>` / `<br>` etc. without the self-closing slash and
		// sometimes with it; both are valid HTML, so the style rule is off.
		'void-style': 'off',
		// Starlight's own markup uses inline `style` attributes (the search shortcut's initial
		// display); inline styles are valid HTML.
		'no-inline-style': 'off',
		// Long-standing HTML allows any attribute order and boolean attribute style; these are
		// formatting preferences, not conformance errors.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		// Starlight names custom elements (`starlight-theme-select`, `site-search`) that html-validate
		// does not know; they are valid autonomous custom elements.
		'no-unknown-elements': 'off',
		// Redundant roles (e.g. role="list" on <ul> restores list semantics that `list-style: none`
		// removes in Safari) are deliberate and valid.
		'no-redundant-role': 'off',
		// Starlight's copy of Expressive Code and our SVG charts set `preserveAspectRatio`, `viewBox`:
		// camelCase SVG attributes are valid.
		'attribute-case': 'off',
		// html-validate's rule asks for `type="button"` on every button; a button's default type is
		// valid HTML. Ours outside forms are typed anyway.
		'no-implicit-button-type': 'off',
	},
};

const validator = new HtmlValidate(config);
const problems: string[] = [];
let checked = 0;
for (const page of pages().values()) {
	if (redirectTarget(page)) continue; // meta-refresh stubs, checked by the URL contract
	checked++;
	const report = await validator.validateString(page.html, page.file);
	for (const r of report.results)
		for (const m of r.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}
if (problems.length) {
	console.error(`html: ${problems.length} errors on ${checked} pages\n${problems.slice(0, 200).join('\n')}`);
	process.exit(1);
}
console.log(`html: ${checked} pages valid`);
