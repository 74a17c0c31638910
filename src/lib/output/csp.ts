/**
 * The site's Content-Security-Policy. No `'unsafe-inline'`: each page allows exactly the inline
 * scripts, `<style>` elements and `style` attributes it has, by their SHA-256 hashes (`'unsafe-hashes'`
 * only for those attribute values: Starlight sets custom properties such as `--sl-icon-size` in
 * `style` attributes). Scripts and styles otherwise come from the site itself; Pagefind compiles its
 * WebAssembly (`'wasm-unsafe-eval'`). Pure: `src/integrations/host-files.ts` adds it to every built
 * page as a `<meta>` and sends `headerPolicy` with every response through `_headers` and nginx.
 */
import { createHash } from 'node:crypto';

/** The directives every page's policy has, besides its own hashes (in the page's `<meta>`). */
export const PAGE_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/**
 * The policy the host sends with every response (`_headers`, nginx), from the hashes of every inline
 * script of the site. Both it and the page's `<meta>` apply: the page is held to its own hashes by
 * its `<meta>` and to these by the header. The header adds what a `<meta>` cannot set
 * (`frame-ancestors`); styles it leaves to each page's `<meta>`, since every page's inline styles
 * differ (a header listing them all would be too long for hosts' limits).
 */
export function headerPolicy(scriptSources: Iterable<string>): string {
	return [["script-src 'self' 'wasm-unsafe-eval'", ...[...new Set(scriptSources)].sort()].join(' '), "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');
}

/** `'sha256-…'` of a text, as a CSP source. */
export const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs (a JSON-LD block is data, not a script, and needs no hash). */
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;

export interface InlineContent {
	/** Texts of inline scripts the browser runs. */
	scripts: string[];
	/** Texts of `<style>` elements. */
	styles: string[];
	/** Values of `style` attributes. */
	styleAttributes: string[];
}

/**
 * The inline scripts, styles and style attributes of a built page. Read with patterns: the pages come
 * from Astro's renderer, which escapes attribute values and never writes `</script>` inside a script.
 */
export function inlineContent(html: string): InlineContent {
	const scripts: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = m[1]!;
		if (/\ssrc=/i.test(attrs)) continue;
		const type = /\stype="([^"]*)"/i.exec(attrs)?.[1] ?? '';
		if (RUNS.test(type.trim())) scripts.push(m[2]!);
	}
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
	// Attribute values as the browser reads them: Astro escapes `&`, `"` and `<` in them.
	const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
	const styleAttributes = [...body.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => unescapeAttribute(m[1]!));
	return { scripts, styles, styleAttributes };
}

const unescapeAttribute = (value: string) =>
	value.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e]!);

/** The distinct hash sources of some texts. */
export const sources = (texts: string[]): string[] => [...new Set(texts.map(hashSource))];

/** The page's policy: the common directives, and its own inline content by hash. */
export function pagePolicy(html: string): string {
	const { scripts, styles, styleAttributes } = inlineContent(html);
	const attrs = sources(styleAttributes);
	return [
		...PAGE_DIRECTIVES,
		["script-src 'self' 'wasm-unsafe-eval'", ...sources(scripts)].join(' '),
		["style-src 'self'", ...sources(styles)].join(' '),
		attrs.length ? ["style-src-attr 'unsafe-hashes'", ...attrs].join(' ') : "style-src-attr 'none'",
	].join('; ');
}

/** The page with its policy as the first element of its `<head>` after `<meta charset>`, so that it covers every script. */
export function withPolicyMeta(html: string, policy = pagePolicy(html)): string {
	if (/<meta\s+http-equiv="content-security-policy"/i.test(html)) throw new Error('the page already has a Content-Security-Policy <meta>');
	const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
	const charset = /<meta\s+charset="[^"]*"\s*\/?>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	const head = /<head\b[^>]*>/i.exec(html);
	if (!head) throw new Error('the page has no <head> for its Content-Security-Policy');
	return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
