/**
 * The tests' static server (`e2e/support/static-server.ts`) with what a production static host adds:
 * brotli (or gzip) for text responses when the browser accepts it, as `serve` and CDNs do. The
 * benchmark serves our site and the bare Starlight site through it, so page weights and Lighthouse
 * see the same compressed transfers for both. Files that are already compressed (Pagefind's index
 * chunks, images, fonts) pass through unchanged. Compressed bodies are cached per file and mtime.
 */
import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { handler, type StaticServer } from '../support/static-server.ts';
import { normaliseBase } from '../../src/lib/urls/base-path.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg\+xml)/;

type Encoding = 'br' | 'gzip';

/** The encoding a static host would pick for `accept` (brotli first), or none. */
export function pickEncoding(accept: string | string[] | undefined): Encoding | undefined {
	const list = String(accept ?? '').toLowerCase();
	if (/\bbr\b/.test(list)) return 'br';
	if (/\bgzip\b/.test(list)) return 'gzip';
	return undefined;
}

export const compress = (body: Buffer, encoding: Encoding): Buffer =>
	encoding === 'br'
		? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
		: gzipSync(body, { level: 9 });

/** Wraps the static handler: buffers each compressible response and sends it compressed. */
export function compressingHandler(dir: string, base = '/') {
	const inner = handler(dir, base);
	const cache = new Map<string, Buffer>();
	return (req: IncomingMessage, res: ServerResponse) => {
		const encoding = pickEncoding(req.headers['accept-encoding']);
		if (!encoding || req.method !== 'GET') return inner(req, res);
		let status = 200;
		let headers: OutgoingHttpHeaders = {};
		const chunks: Buffer[] = [];
		const writeHead = res.writeHead.bind(res);
		const end = res.end.bind(res);
		// The static handler calls writeHead(status, headers) once, then pipes the file or ends.
		res.writeHead = ((s: number, h?: OutgoingHttpHeaders) => {
			status = s;
			headers = { ...(h ?? {}) };
			return res;
		}) as typeof res.writeHead;
		res.write = ((chunk: Buffer | string) => {
			chunks.push(Buffer.from(chunk));
			return true;
		}) as typeof res.write;
		res.end = ((chunk?: Buffer | string | (() => void)) => {
			if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
			let body: Buffer = Buffer.concat(chunks);
			const type = String(headers['Content-Type'] ?? '');
			if (COMPRESSIBLE.test(type) && body.length > 0) {
				const key = `${encoding} ${req.url} ${body.length} ${mtimeOf(dir, req.url)}`;
				const packed = cache.get(key) ?? compress(body, encoding);
				cache.set(key, packed);
				body = packed;
				headers['Content-Encoding'] = encoding;
				headers['Vary'] = 'Accept-Encoding';
			}
			if (headers['Content-Length'] !== undefined || body.length) headers['Content-Length'] = body.length;
			writeHead(status, headers);
			return end(body);
		}) as typeof res.end;
		inner(req, res);
	};
}

/** Modification time of what a URL maps to, for the cache key; 0 when it cannot be told. */
function mtimeOf(dir: string, url = '/'): number {
	try {
		return statSync(`${dir}/${decodeURIComponent(new URL(url, 'http://h').pathname)}`).mtimeMs;
	} catch {
		return 0;
	}
}

/** Serves `dir` like `serveStatic`, compressed, on 127.0.0.1 and a free port. */
export function serveCompressed(dir: string, base = '/'): Promise<StaticServer> {
	const server = createServer(compressingHandler(dir, base));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${port}${normaliseBase(base)}`,
				port,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}
