/**
 * What a host decides, on a real server: Debian's nginx serving the build with the nginx file the
 * build wrote (`e2e/support/nginx.ts`). Short links in any case, with and without the trailing
 * slash, answer 301 to their page, and a browser keeps the `#fragment` across it (with JavaScript
 * off, so no redirect page helps); a missing page gets the 404 page with status 404; every response
 * carries the security headers; text is gzipped; `/_astro/` is cached for good and pages revalidate.
 */
import { request as httpRequest } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist } from './gates/dist';
import { basePath } from './support/pages';
import { siteModel } from './support/content';
import { startNginx, type NginxServer } from './support/nginx';
import { PAGE_KINDS } from './support/page-kinds';
import { settled } from './support/watch';

let nginx: NginxServer;
test.beforeAll(async () => {
	nginx = await startNginx(dist, basePath);
});
test.afterAll(async () => {
	await nginx?.stop();
});

/** One GET, as sent (no redirect followed, nothing decompressed): status, headers, body length. */
function get(path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
		const req = httpRequest(new URL(path.replace(/^\//, ''), nginx.url), { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

const coded = () => siteModel().pages.filter((p) => p.shortPath);

test('every short link, in lower, upper and mixed case, with and without the trailing slash, answers 301 to its page', async () => {
	const links = coded();
	expect(links.length).toBeGreaterThan(20);
	for (const p of links) {
		const short = p.shortPath!;
		const mixed = short.replace(/[a-z]/g, (c, i) => (i % 2 ? c.toUpperCase() : c));
		for (const spelling of [short, short.toUpperCase(), mixed, short.replace(/\/$/, ''), mixed.replace(/\/$/, '')]) {
			const res = await get(spelling);
			expect(res.status, spelling).toBe(301);
			expect(res.headers.location, spelling).toBe(`${basePath}${p.path.slice(1)}`);
		}
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('a short link followed in the browser lands on its page and keeps the #fragment', async ({ page }) => {
		const tp = coded().find((p) => p.code === 'TP-04')!;
		await page.goto(new URL(`r/Tp-04/#${'sources'}`, nginx.url).href);
		await expect(page).toHaveURL(`${nginx.origin}${basePath}${tp.path.slice(1)}#sources`);
	});
});

test('a missing page gets the 404 page with status 404, and the host files are not served', async () => {
	for (const path of ['no-such-page/', 'themes/no-such-theme/', '_redirects', '_headers']) {
		const res = await get(path);
		expect(res.status, path).toBe(404);
		expect(res.body.toString('utf8'), path).toContain('<title>404 |');
	}
});

test('pages carry the security headers and revalidate; /_astro/ files are cached for good', async () => {
	const home = await get('');
	expect(home.status).toBe(200);
	expect(home.headers['content-security-policy']).toMatch(/^script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'$/);
	expect(home.headers['content-security-policy']).not.toContain('unsafe-inline');
	expect(home.headers['x-content-type-options']).toBe('nosniff');
	expect(home.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(home.headers['permissions-policy']).toMatch(/camera=\(\)/);
	expect(home.headers['cache-control']).toBe('no-cache');
	expect(home.headers.etag).toBeTruthy();
	// Revalidation answers 304 while the page is unchanged.
	expect((await get('', { 'If-None-Match': String(home.headers.etag) })).status).toBe(304);
	// The 404 page and a redirect carry the headers too.
	expect((await get('no-such-page/')).headers['x-content-type-options']).toBe('nosniff');
	expect((await get('r/ap-07/')).headers['content-security-policy']).toBe(home.headers['content-security-policy']);
	const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
	const cached = await get(`_astro/${asset}`);
	expect(cached.status).toBe(200);
	expect(cached.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(cached.headers['x-content-type-options']).toBe('nosniff');
});

test('text is gzipped for clients that accept it', async () => {
	const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
	for (const path of ['', `_astro/${asset}`, 'data/recommendations.json']) {
		const plain = await get(path);
		const gz = await get(path, { 'Accept-Encoding': 'gzip' });
		expect(gz.headers['content-encoding'], path).toBe('gzip');
		expect(gz.body.length, path).toBeLessThan(plain.body.length);
		expect(plain.headers['content-encoding'], path).toBeUndefined();
	}
});

test('pages are served with a trailing slash: without it, a 301 adds it', async () => {
	const res = await get('themes');
	expect(res.status).toBe(301);
	expect(res.headers.location).toBe(`${basePath}themes/`);
});

test.describe('with the header policy and each page’s own policy both in force, no CSP violation', () => {
	for (const { kind, path } of [...PAGE_KINDS, { kind: '404', path: '/no-such-page/' }]) {
		test(`on a ${kind} page (${path})`, async ({ page }) => {
			const seen: string[] = [];
			await page.exposeFunction('reportViolation', (v: string) => seen.push(v));
			await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
			const res = await page.goto(new URL(path.slice(1), nginx.url).href);
			expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
			await settled(page);
			expect(seen).toEqual([]);
		});
	}
});
