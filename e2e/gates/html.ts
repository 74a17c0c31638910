/**
 * Gate: every page of the built site is valid HTML. Checked by html-validate (runs in Node) with
 * the rule set `html-validate:standard` less the exceptions below, each with its reason; and, where
 * Java is installed, by the W3C Nu checker (`vnu-jar`), errors only, with no exceptions.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
// The W3C Nu checker, where Java is present.
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
let nu = 'skipped (no Java)';
if (java.status === 0) {
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	const files = [...pages().values()].filter((p) => !redirectTarget(p)).map((p) => p.file);
	const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: Array<{ url: string; lastLine?: number; message: string }> }).messages;
	for (const m of messages) problems.push(`${m.url.replace(/^file:/, '')}:${m.lastLine ?? 0} nu: ${m.message}`);
	nu = `${files.length} pages checked by the W3C Nu checker`;
}

if (problems.length) {
	console.error(`html: ${problems.length} errors on ${checked} pages\n${problems.slice(0, 200).join('\n')}`);
	process.exit(1);
}
console.log(`html: ${checked} pages valid (html-validate; ${nu})`);
