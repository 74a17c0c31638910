/**
 * Playwright's global setup: serves the built site (`dist/`, or DIST_DIR) with the tests' own
 * static server on a free port, under BASE_PATH, and hands its URL to the tests as
 * `E2E_BASE_URL` (workers start after this and inherit it; the config reads it as `baseURL`).
 * Returns the teardown that stops the server.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from './static-server';

export default async function globalSetup() {
	const dist = resolve(import.meta.dirname, '..', '..', process.env.DIST_DIR ?? 'dist');
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the site first (npm run build)`);
	const server = await serveStatic(dist, process.env.BASE_PATH ?? '/');
	process.env.E2E_BASE_URL = server.url;
	console.log(`e2e: serving ${dist} at ${server.url}`);
	return () => server.close();
}
