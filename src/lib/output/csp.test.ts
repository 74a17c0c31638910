import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, headerPolicy, inlineContent, pagePolicy, withPolicyMeta } from './csp';

const sha = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('inlineContent', () => {
	it('finds the scripts a browser runs, not external ones nor data blocks', () => {
		const html = page('<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"x":1}</script>');
		expect(inlineContent(html).scripts).toEqual(['a()', 'b()']);
	});
	it('finds style elements and style attribute values as the browser reads them', () => {
		const html = page('<style>p{color:red}</style>', '<p style="--x: &quot;a&quot;;">x</p><svg style="display: none;"></svg>');
		const c = inlineContent(html);
		expect(c.styles).toEqual(['p{color:red}']);
		expect(c.styleAttributes).toEqual(['--x: "a";', 'display: none;']);
	});
});

describe('pagePolicy', () => {
	it('allows exactly the page’s inline content by hash, with no unsafe-inline', () => {
		const html = page('<script>a()</script><script>a()</script><style>p{}</style>', '<i style="--d: 0;"></i>');
		const policy = pagePolicy(html);
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')};`);
		expect(policy).toContain(`style-src 'self' ${sha('p{}')};`);
		expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha('--d: 0;')}`);
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toContain('unsafe-inline');
	});
	it('allows no style attribute on a page that has none', () => {
		expect(pagePolicy(page(''))).toContain("style-src-attr 'none'");
	});
	it('hashes with SHA-256 in base64, as CSP defines', () => {
		expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});
});

describe('withPolicyMeta', () => {
	it('puts the policy right after <meta charset>, before any script', () => {
		const html = withPolicyMeta(page('<script>a()</script>'));
		expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('<script>'));
		expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('http-equiv="content-security-policy"'));
	});
	it('refuses a page that has a policy already (it would be hashed twice)', () => {
		expect(() => withPolicyMeta(withPolicyMeta(page('')))).toThrow(/already/);
	});
});

describe('headerPolicy', () => {
	it('lists every script hash once, sorted, and forbids framing', () => {
		expect(headerPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"])).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
	});
});
