/**
 * When a page last changed: the date of the last git commit that touched its source file (read once
 * per file at build time by `git-dates.ts`). Where git or the history is unavailable (a tarball, a
 * shallow CI checkout that lacks the file's commit), the content's own date stands in: the edition's
 * last revision (`edition-dates.ts`: EDITION_LAST_REVISED, else the newest entry of the change log),
 * never the build day, so a rebuild does not re-date every page.
 */
import { commitDates } from './git-dates';
import { editionDates } from './edition-dates';

/** The commit date of the last change to `file` (`YYYY-MM-DD`), or undefined when git cannot tell. */
export function gitDate(file: string): string | undefined {
	return commitDates(file).at(-1)?.slice(0, 10);
}

/**
 * The page's last-changed date (`YYYY-MM-DD`): the newest git date of `files`, else `fallback` (by
 * default the edition's last revision, from git, the environment or the change log).
 */
export function lastModified(files: string[], fallback: () => string = () => editionDates().lastRevised.slice(0, 10)): string {
	const dates = files.map(gitDate).filter((d): d is string => d !== undefined);
	return dates.length ? dates.sort().at(-1)! : fallback();
}
