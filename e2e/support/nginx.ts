/**
 * Debian's nginx (`/usr/sbin/nginx`) serving a built site with the nginx file the build wrote
 * (`<outDir>.nginx.conf`), for the tests of what a host decides (`e2e/nginx.spec.ts`). It runs as a
 * child process in the foreground (`daemon off`, one process), with its own prefix, pid file, logs
 * and temporary folders under a fresh temporary folder, on a free loopback port: as root or not.
 * The generated file's `listen` and `root` lines, the two a self-hoster edits, are the only changes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

export interface NginxServer {
	/** The site's URL, base path included, with a trailing slash. */
	url: string;
	origin: string;
	stop: () => Promise<void>;
}

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

/** The server block the build wrote, listening on `port` and serving `root`. */
export function localServerBlock(conf: string, port: number, root: string): string {
	const out = conf.replace(/^\tlisten [^;]+;$/m, `\tlisten 127.0.0.1:${port};`).replace(/^\troot [^;]+;$/m, `\troot ${root};`);
	if (!out.includes(`listen 127.0.0.1:${port};`) || !out.includes(`root ${root};`)) throw new Error('the nginx file has no `listen` or `root` line to set');
	return out;
}

/** Starts nginx on the build in `dist` (its `<dist>.nginx.conf`), for the base path `base`; resolves once it answers. */
export async function startNginx(dist: string, base: string): Promise<NginxServer> {
	if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install nginx; .ci/run does)`);
	const confFile = `${dist}.nginx.conf`;
	if (!existsSync(confFile)) throw new Error(`${confFile} is missing: build the site first`);
	const prefix = mkdtempSync(join(tmpdir(), 'pw175-nginx-'));
	const port = await freePort();
	// With a base path the file expects the folder that holds `<base>/`: the build's parent, when named so.
	const root = base === '/' ? dist : dirname(dist);
	const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
	writeFileSync(join(prefix, 'site.conf'), localServerBlock(readFileSync(confFile, 'utf8'), port, root));
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			'daemon off;',
			'master_process off;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${join(prefix, 'error.log')} warn;`,
			'events { worker_connections 256; }',
			'http {',
			'	include /etc/nginx/mime.types;',
			'	default_type application/octet-stream;',
			'	access_log off;',
			`	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}`,
			`	include ${join(prefix, 'site.conf')};`,
			'}',
			'',
		].join('\n'),
	);
	const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const origin = `http://127.0.0.1:${port}`;
	const url = `${origin}${base}`;
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`);
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		url,
		origin,
		stop: async () => {
			if (child.exitCode === null) {
				child.kill('SIGQUIT');
				await exited;
			}
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
