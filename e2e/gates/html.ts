/**
 * Gate: every HTML file of the built site (pages, redirect pages, the 404 page) is valid HTML. Checked by html-validate (runs in Node) with
 * the rule set `html-validate:standard` less the exceptions below, each with its reason; and, where
 * Java is installed, by the W3C Nu checker (`vnu-jar`), errors only, less the one message in
 * `NU_ACCEPTED` (on the one element it names, with its reason).
 * `checkHtml(site)` is the gate; run as a script (`node e2e/gates/html.ts`) it checks `dist/`
 * (or DIST_DIR) and exits non-zero on a problem. Each problem names the file, line and column.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { runGateIfMain, root, type GateResult, type Site } from './dist.ts';

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
		// Starlight and our search override name custom elements (`starlight-theme-select`, `lazy-site-search`) that html-validate
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

/** A W3C Nu checker message, as its JSON output gives it. */
export interface NuMessage {
	url: string;
	lastLine?: number;
	lastColumn?: number;
	message: string;
}

/**
 * The Nu checker's messages the gate accepts: each one message, on one element inside one element of
 * Starlight's, with its reason. Anything else, the same message elsewhere included, is a problem.
 */
const NU_ACCEPTED: Array<{ message: string; inside: string; reason: string }> = [
	{
		message: 'The “aria-hidden” attribute must not be specified on the “script” element.',
		inside: 'sl-sidebar-state-persist',
		reason:
			"Starlight's SidebarPersister marks its two inline scripts aria-hidden on purpose: Safari with VoiceOver reads a script's text aloud inside a `display: contents` element (https://bugs.webkit.org/show_bug.cgi?id=283645, withastro/starlight#2633). We keep Starlight's component rather than fork it to drop the attribute.",
	},
];

/** The reason the gate accepts a Nu message on the page `html`, or nothing when it is a problem. */
export function acceptedNuMessage(m: NuMessage, html: string): string | undefined {
	const rule = NU_ACCEPTED.find((a) => a.message === m.message);
	if (!rule || !m.lastLine || !m.lastColumn) return undefined;
	// Where the flagged start tag ends, and whether it lies inside the element the rule names.
	const lines = html.split('\n');
	const at = lines.slice(0, m.lastLine - 1).reduce((n, line) => n + line.length + 1, 0) + m.lastColumn;
	const opened = html.lastIndexOf(`<${rule.inside}`, at);
	const closed = html.lastIndexOf(`</${rule.inside}>`, at);
	return opened >= 0 && opened > closed ? rule.reason : undefined;
}

/** Validates every HTML file of `site`, redirect pages and the 404 page included; `nu: false` skips the W3C Nu checker even where Java exists. */
export async function checkHtml(site: Site, { nu = true } = {}): Promise<GateResult> {
	const validator = new HtmlValidate(config);
	const problems: string[] = [];
	const checked = [...site.pages.values()];
	for (const page of checked) {
		const report = await validator.validateString(page.html, page.file);
		for (const r of report.results)
			for (const m of r.messages) problems.push(`${relative(root, page.file)}:${m.line}:${m.column} (${page.path}) ${m.ruleId}: ${m.message}`);
	}
	// The W3C Nu checker, where Java is present.
	let nuNote = 'skipped (no Java)';
	const java = nu ? spawnSync('java', ['-version'], { encoding: 'utf8' }) : undefined;
	if (!nu) nuNote = 'W3C Nu checker not asked for';
	else if (java?.status === 0) {
		const jar = String(createRequire(import.meta.url)('vnu-jar'));
		const files = checked.map((p) => p.file);
		// A short run: the JVM's quick compiler only (measured ~25-45% faster here), with the larger
		// thread stack the checker's schema recursion then needs (it overflows at the default).
		// Run asynchronously: a caller's event loop (a test worker waiting on builds) keeps running.
		const stderr = await javaStderr(['-XX:TieredStopAtLevel=1', '-Xss16m', '-jar', jar, '--errors-only', '--format', 'json', ...files]);
		const messages = (JSON.parse(stderr || '{"messages":[]}') as { messages: NuMessage[] }).messages;
		const htmlOf = new Map(checked.map((p) => [resolve(p.file), p.html]));
		for (const m of messages.filter((m) => !acceptedNuMessage(m, htmlOf.get(resolve(m.url.replace(/^file:/, ''))) ?? ''))) problems.push(`${relative(root, m.url.replace(/^file:/, ''))}:${m.lastLine ?? 0} nu: ${m.message}`);
		nuNote = `${files.length} pages checked by the W3C Nu checker`;
	}
	return {
		problems,
		summary: problems.length ? `html: ${problems.length} errors on ${checked.length} pages` : `html: ${checked.length} pages valid (html-validate; ${nuNote})`,
	};
}

/** What `java args` writes to stderr (where the Nu checker writes its JSON), once it has exited. */
function javaStderr(args: string[]): Promise<string> {
	return new Promise((done, fail) => {
		const child = spawn('java', args, { stdio: ['ignore', 'ignore', 'pipe'] });
		const chunks: Buffer[] = [];
		child.stderr.on('data', (c: Buffer) => chunks.push(c));
		child.on('error', fail);
		child.on('close', () => done(Buffer.concat(chunks).toString('utf8')));
	});
}

await runGateIfMain(import.meta.url, checkHtml, 200);
