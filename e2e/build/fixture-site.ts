/**
 * Builds a copy of the site with the small fixture content of `e2e/build/fixture/`, after one
 * change, and returns what the build said. Copies live under `.tmp/` inside the project so that
 * packages resolve from its node_modules.
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const fixture = join(import.meta.dirname, 'fixture');

export interface BuildResult {
	ok: boolean;
	output: string;
	dir: string;
}

/** Copies the site's code and the fixture content into `.tmp/fixtures/<name>`. */
export function makeFixture(name: string): string {
	const dir = join(root, '.tmp', 'fixtures', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(root, f), join(dir, f), { recursive: true });
	cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
	cpSync(join(fixture, 'published-urls.txt'), join(dir, 'src', 'published-urls.txt'));
	cpSync(join(fixture, 'published-anchors.txt'), join(dir, 'src', 'published-anchors.txt'));
	return dir;
}

/** Edits a file of a fixture in place. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const ansi = /\u001b\[[0-9;]*m/g;

/** The environment of a build: ours, less what Vitest injects (MODE, BASE_URL...), which Astro would read. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const injected = /^(VITEST.*|MODE|BASE_URL|DEV|PROD|SSR|NODE_ENV|TEST)$/;
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !injected.test(k)));
	return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * How long one fixture build may take. A build of the fixture takes 10-20 s on an idle machine;
 * on a loaded 2-core machine (other builds, a browser) it has taken over 120 s. The build finishing
 * is the state being waited for, so this is a ceiling against a hung build, not a wait.
 */
export const BUILD_TIMEOUT = 300_000;

/**
 * How many fixture builds of one test file run at once: each is one busy process, and the machines
 * the tests run on have two cores. A test file starts all its builds when it is collected, and they
 * queue here, so both cores stay busy while Vitest runs the file's blocks one after another.
 */
const AT_ONCE = 2;
let running = 0;
const queue: Array<() => void> = [];

async function inTurn<T>(run: () => Promise<T>): Promise<T> {
	while (running >= AT_ONCE) await new Promise<void>((go) => queue.push(go));
	running++;
	try {
		return await run();
	} finally {
		running--;
		queue.shift()?.();
	}
}

/** Builds the fixture copy in `dir` (asynchronously, two at a time: `inTurn`) and returns what the build said. */
export function build(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
	return inTurn(() => spawnBuild(dir, env));
}

/**
 * One build, its output (stdout and stderr, in the order written) going to `<dir>/build.log` rather
 * than a pipe: a pipe is drained only while the test worker's event loop runs, and while a test
 * blocked it (the Nu checker is a synchronous Java run) a build that ended lost the end of its
 * output (seen: exit status 0, the last 2 KB missing). A file loses nothing.
 */
function spawnBuild(dir: string, env: Record<string, string>): Promise<BuildResult> {
	const log = join(dir, 'build.log');
	const fd = openSync(log, 'w');
	return new Promise<BuildResult>((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: dir,
			env: buildEnv(env),
			timeout: BUILD_TIMEOUT,
			stdio: ['ignore', fd, fd],
		});
		child.on('error', reject);
		child.on('close', (status) => resolve({ ok: status === 0, output: readFileSync(log, 'utf8').replace(ansi, ''), dir }));
	}).finally(() => closeSync(fd));
}
