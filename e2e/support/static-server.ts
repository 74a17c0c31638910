/**
 * The tests' own static server for `dist/`: what a plain static host does, and nothing else.
 * - serves the site under its base path (BASE_PATH), and nothing outside it;
 * - a directory serves its `index.html`; a directory asked for without its trailing slash is
 *   redirected (301) to the URL with it, as `trailingSlash: 'always'` publishes them;
 * - a missing file gets the site's `404.html` with status 404;
 * - content types for everything the build writes, Pagefind's index files included.
 * It listens on port 0 (a free port the system picks), so it never collides with `npm start`
 * (`astro preview`, port 4321) nor with another run of the tests; it writes no lock file.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { normaliseBase } from '../../src/lib/urls/base-path.ts';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	// Pagefind's index: its WASM (`wasm.en.pagefind`) and gzipped chunks, fetched as bytes.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export const contentType = (file: string) => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export interface StaticServer {
	/** The site's URL, base path included, with a trailing slash: `http://127.0.0.1:41234/pw175/`. */
	url: string;
	port: number;
	close: () => Promise<void>;
}

const statOf = (path: string): Stats | undefined => {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
};

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, size: number) {
	res.writeHead(status, { 'Content-Type': contentType(file), 'Content-Length': size, 'Cache-Control': 'no-store' });
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
}

/** The request handler: maps a URL to a file of `dir` as a static host would. */
export function handler(dir: string, base = '/') {
	const root = normalize(dir);
	const prefix = normaliseBase(base);
	const notFound = join(root, '404.html');
	return (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://host');
		const fail = () => {
			const page = statOf(notFound);
			if (page?.isFile()) send(req, res, 404, notFound, page.size);
			else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		// The base path without its slash (`/pw175`) is the base's directory: redirect like any other.
		if (`${path}/` === prefix) {
			res.writeHead(301, { Location: prefix + url.search }).end();
			return;
		}
		if (!path.startsWith(prefix)) return fail();
		const file = normalize(join(root, path.slice(prefix.length)));
		if (file !== root && !file.startsWith(root + sep)) return fail();
		const stat = statOf(file);
		if (stat?.isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			const index = join(file, 'index.html');
			const indexStat = statOf(index);
			return indexStat?.isFile() ? send(req, res, 200, index, indexStat.size) : fail();
		}
		if (stat?.isFile() && !path.endsWith('/')) return send(req, res, 200, file, stat.size);
		fail();
	};
}

/** Serves `dir` under `base` on `127.0.0.1` and a free port (or `port`, when given). */
export function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
	const server = createServer(handler(dir, base));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${actual}${normaliseBase(base)}`,
				port: actual,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}
