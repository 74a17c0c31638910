/** What the index page of each kind lists, as the kinds table's `pages.index` says. */
import type { Site } from './content';
import { KINDS, type IndexKind, type KindSpec } from './kinds';
import type { EntryLike } from './relations';
import { titleOf } from './related';
import { entryPath } from '../urls/urls';

export interface IndexItem {
	href: string;
	title: string;
	code?: string | undefined;
	note?: string | undefined;
	summary: string;
}

export function indexEntries(site: Site, kind: IndexKind): IndexItem[] {
	const index = (KINDS[kind] as KindSpec).pages!.index!;
	const entries = site[kind] as unknown as EntryLike[];
	const listed = index.byTitle ? [...entries].sort((a, b) => titleOf(a).localeCompare(titleOf(b))) : entries;
	const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
	return listed.map((e) => {
		const noted = index.note ? text(e.data[index.note.field]) : undefined;
		return {
			href: entryPath(kind, e.id),
			title: titleOf(e),
			code: text(e.data.code),
			note: noted && index.note?.labels ? index.note.labels[noted] : noted,
			summary: text(e.data.summary) ?? text(e.data.description) ?? '',
		};
	});
}
