/**
 * When the edition was first published and last revised, from the git history of `content/`
 * (computed once per build). Where git is unavailable (a tarball, a shallow CI checkout without
 * history), the dates fall back to EDITION_FIRST_PUBLISHED / EDITION_LAST_REVISED, then to the
 * first and last entries of the change log in `content/changes/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitDates } from './git-dates';

export interface EditionDates {
	/** ISO 8601 date-time of the first commit that touched content/. */
	firstPublished: string;
	/** ISO 8601 date-time of the last commit that touched content/. */
	lastRevised: string;
	/** Where the dates come from. */
	from: 'git' | 'environment' | 'change-log';
}

/** The dates in the change log's files (`date: YYYY-MM-DD` lines), oldest and newest. */
export function changeLogDates(texts: string[]): { first: string; last: string } | undefined {
	const dates = texts.flatMap((t) => [...t.matchAll(/^date:\s*['"]?(\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1]!)).sort();
	return dates.length ? { first: dates[0]!, last: dates.at(-1)! } : undefined;
}

function fromGit(root: string): { first: string; last: string } | undefined {
	const dates = commitDates('content', root);
	return dates.length ? { first: dates[0]!, last: dates.at(-1)! } : undefined;
}

function fromChangeLog(root: string): { first: string; last: string } | undefined {
	const dir = join(root, 'content', 'changes');
	if (!existsSync(dir)) return undefined;
	return changeLogDates(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));
}

let cached: EditionDates | undefined;

/** The edition's dates, computed once per build. */
export function editionDates(root: string = process.cwd()): EditionDates {
	if (cached) return cached;
	const git = fromGit(root);
	const env = process.env.EDITION_FIRST_PUBLISHED && process.env.EDITION_LAST_REVISED
		? { first: process.env.EDITION_FIRST_PUBLISHED, last: process.env.EDITION_LAST_REVISED }
		: undefined;
	const log = fromChangeLog(root);
	const today = new Date().toISOString();
	cached = git
		? { firstPublished: git.first, lastRevised: git.last, from: 'git' }
		: env
			? { firstPublished: env.first, lastRevised: env.last, from: 'environment' }
			: { firstPublished: log?.first ?? today, lastRevised: log?.last ?? today, from: 'change-log' };
	return cached;
}
