/**
 * When a page last changed: the date of the last git commit that touched its source file
 * (read once per file at build time by `git-dates.ts`). Where git or the history
 * is unavailable (a tarball, a shallow CI checkout that lacks the file's commit), the build date is
 * used instead and the build says so once.
 */
import { commitDates } from './git-dates';

let warned = false;

/** The commit date of the last change to `file` (`YYYY-MM-DD`), or undefined when git cannot tell. */
export function gitDate(file: string): string | undefined {
	return commitDates(file).at(-1)?.slice(0, 10);
}

/** The page's last-changed date: from git, else the build date (`today`, `YYYY-MM-DD`). */
export function lastModified(files: string[], today: string): string {
	const dates = files.map(gitDate).filter((d): d is string => d !== undefined);
	if (dates.length) return dates.sort().at(-1)!;
	if (!warned) {
		warned = true;
		console.warn(`[last-modified] git history unavailable for ${files.join(', ')}: pages are dated with the build date (${today})`);
	}
	return today;
}
