/** The tests' static server behaves like a static host: index files, trailing slashes, base path, 404, types. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
const files: Record<string, string> = {
	'index.html': '<h1>home</h1>',
	'404.html': '<h1>not here</h1>',
	'themes/alpha/index.html': '<h1>alpha</h1>',
	'pagefind/wasm.en.pagefind': 'wasm',
	'pagefind/index/en_1.pf_index': 'idx',
	'pagefind/pagefind-entry.json': '{}',
	'data/recommendations.csv': 'code\n',
	'sitemap-index.xml': '<x/>',
	'favicon.svg': '<svg/>',
	'og/a.png': 'png',
	'_astro/x.wasm': 'wasm',
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['/', '/pw175/'])('serving a build under the base path %s', (base) => {
	let server: StaticServer;
	const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });
	beforeAll(async () => {
		for (const [name, text] of Object.entries(files)) {
			mkdirSync(join(dir, name, '..'), { recursive: true });
			writeFileSync(join(dir, name), text);
		}
		server = await serveStatic(dir, base);
	});
	afterAll(() => server.close());

	it('listens on a free port and gives the URL with the base path', () => {
		expect(server.port).toBeGreaterThan(0);
		expect(server.url).toBe(`http://127.0.0.1:${server.port}${base}`);
	});

	it('serves a directory’s index.html', async () => {
		const res = await get('themes/alpha/');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await res.text()).toBe('<h1>alpha</h1>');
		expect(await (await get('./')).text()).toBe('<h1>home</h1>');
	});

	it('redirects a directory without its trailing slash to the URL with it', async () => {
		const res = await get('themes/alpha?x=1');
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe(`${base}themes/alpha/?x=1`);
	});

	it('answers a missing file with the 404 page and status 404', async () => {
		for (const path of ['nowhere/', 'themes/beta', 'favicon.svg/', '../../etc/passwd']) {
			const res = await get(path);
			expect(res.status, path).toBe(404);
			expect(await res.text()).toBe('<h1>not here</h1>');
		}
	});

	it('gives each kind of file its content type', async () => {
		const types: Record<string, string> = {
			'pagefind/wasm.en.pagefind': 'application/octet-stream',
			'pagefind/index/en_1.pf_index': 'application/octet-stream',
			'pagefind/pagefind-entry.json': 'application/json',
			'data/recommendations.csv': 'text/csv; charset=utf-8',
			'sitemap-index.xml': 'application/xml',
			'favicon.svg': 'image/svg+xml',
			'og/a.png': 'image/png',
			'_astro/x.wasm': 'application/wasm',
		};
		for (const [path, type] of Object.entries(types)) {
			const res = await get(path);
			expect(res.status, path).toBe(200);
			expect(res.headers.get('content-type'), path).toBe(type);
		}
	});

	it('answers HEAD without a body', async () => {
		const res = await get('favicon.svg', { method: 'HEAD' });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-length')).toBe('6');
		expect(await res.text()).toBe('');
	});
});

describe('two servers over the same folder', () => {
	it('run side by side on different ports', async () => {
		const [a, b] = await Promise.all([serveStatic(dir), serveStatic(dir)]);
		expect(a.port).not.toBe(b.port);
		expect((await fetch(a.url)).status).toBe(200);
		expect((await fetch(b.url)).status).toBe(200);
		await Promise.all([a.close(), b.close()]);
	});
});

describe('a base path asked for without its trailing slash', () => {
	it('redirects to the base with it', async () => {
		const server = await serveStatic(dir, '/pw175/');
		const res = await fetch(`http://127.0.0.1:${server.port}/pw175`, { redirect: 'manual' });
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/pw175/');
		expect((await fetch(`http://127.0.0.1:${server.port}/elsewhere/`)).status).toBe(404);
		await server.close();
	});
});
