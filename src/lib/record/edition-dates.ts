/**
 * When the edition was first published and last revised, from the git history of `content/`
 * (computed once per build). Where git is unavailable (a tarball, a shallow CI checkout without
 * history), the dates fall back to EDITION_FIRST_PUBLISHED / EDITION_LAST_REVISED, then to the
 * first and last entries of the change log in `content/changes/`: never to the build day, which would
 * re-date the edition (and every page dated by it) on each rebuild.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commitDates } from './git-dates';

export interface EditionDates {
	/** ISO 8601 date-time of the first commit that touched content/. */
	firstPublished: string;
	/** ISO 8601 date-time of the last commit that touched content/. */
	lastRevised: string;
	/** Where the dates come from. */
	from: 'git' | 'environment' | 'change-log';
}

/** The dates of the change log's entries (each file's YAML `date`), oldest and newest. */
export function changeLogDates(texts: string[]): { first: string; last: string } | undefined {
	const dateOf = (text: string): string | undefined => {
		const date = (parse(text) as { date?: unknown } | null)?.date;
		return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
	};
	const dates = texts.flatMap((t) => dateOf(t) ?? []).sort();
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
	cached = git
		? { firstPublished: git.first, lastRevised: git.last, from: 'git' }
		: env
			? { firstPublished: env.first, lastRevised: env.last, from: 'environment' }
			: fromLog(root);
	return cached;
}

function fromLog(root: string): EditionDates {
	const log = fromChangeLog(root);
	if (!log) {
		throw new Error(
			`edition-dates: no git history of content/, no EDITION_FIRST_PUBLISHED/EDITION_LAST_REVISED, and no dated entry in ${join(root, 'content', 'changes')}: the edition has no date of its own (the build day is never used)`,
		);
	}
	return { firstPublished: log.first, lastRevised: log.last, from: 'change-log' };
}

/** Forgets the computed dates (for tests that change the environment or the root). */
export function resetEditionDates(): void {
	cached = undefined;
}
