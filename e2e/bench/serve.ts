/** A minimal static file server over a built `dist/`, on loopback, for the benchmark. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};

export function serve(dist: string): Promise<{ url: string; close: () => void }> {
	const server: Server = createServer((req, res) => {
		let path = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
		createReadStream(path).pipe(res);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
		}),
	);
}
