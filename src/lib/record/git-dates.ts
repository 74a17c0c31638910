/**
 * The one reader of git history at build time: the commit dates of a path, oldest first, read once
 * per path. Empty where git or the history is unavailable (a tarball, a shallow CI checkout that
 * lacks the commits): callers choose their own fallback and say so.
 */
import { execFileSync } from 'node:child_process';

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.+-]+Z?)?$/;
const cache = new Map<string, string[]>();

/** Reads `git log --format=%cI` output: the ISO dates it lists, in its order. */
export function parseGitDates(output: string): string[] {
	return output
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => ISO.test(l));
}

/** Commit dates (ISO 8601 date-times, oldest first) of every commit that touched `path`. */
export function commitDates(path: string, cwd: string = process.cwd()): string[] {
	const key = `${cwd}\0${path}`;
	const hit = cache.get(key);
	if (hit) return hit;
	let dates: string[] = [];
	try {
		dates = parseGitDates(execFileSync('git', ['log', '--reverse', '--format=%cI', '--', path], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	} catch {
		dates = [];
	}
	cache.set(key, dates);
	return dates;
}
