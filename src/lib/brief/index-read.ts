/**
 * Reading the published index (`/data/brief-fingerprints.json`, see `fingerprint-index.ts`): where
 * an item's address now leads (following moved addresses, the URL contract) and whether the text
 * it captured is still the edition's. Pure, and small: `/brief/` loads it.
 */
import type { PageRange } from '../report/report-pages';
import type { BriefItem } from './schema';

/** A page's citation record, as its cite block carries it (`data-cite`), without the edition. */
export interface PageRecord {
	pageTitle: string;
	code?: string;
	url: string;
	pages?: PageRange;
	modified?: string;
	key: string;
}

export interface Source {
	outlet: string;
	title: string;
	date: string;
	url: string;
}

export interface BriefIndex {
	v: 1;
	/** The edition's last revision, `YYYY-MM-DD`. */
	revised: string;
	edition: { siteName: string; author: string };
	/** Page path -> its record. */
	pages: Record<string, PageRecord>;
	/** Page path -> fragment ('' for the page itself) -> fingerprint of the item's current text. */
	fp: Record<string, Record<string, string>>;
	/** Old address -> its successor (`/old/#p-a` -> `/new/#p-b`; a page -> a page). */
	moved: Record<string, string>;
	/** Development page -> its sources. */
	sources: Record<string, Source[]>;
}

export const splitKey = (key: string): [string, string] => {
	const i = key.indexOf('#');
	return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
};

/** The address an item's key leads to now, following moved addresses; undefined when it no longer exists. */
export function currentAddress(index: BriefIndex, key: string): string | undefined {
	let k = key;
	for (let hops = 0; hops < 10; hops++) {
		const [page, frag] = splitKey(k);
		if (index.fp[page]?.[frag] !== undefined) return k;
		const next = index.moved[k] ?? (index.moved[page] ? `${index.moved[page]}${frag ? `#${frag}` : ''}` : undefined);
		if (!next) return undefined;
		k = next;
	}
	return undefined;
}

export type ItemState =
	/** At its address, with the text it captured. */
	| { state: 'current'; key: string }
	/** Moved to `key` (the URL contract), text unchanged. */
	| { state: 'moved'; key: string }
	/** At `key` (perhaps moved), but its text has changed since it was captured. */
	| { state: 'changed'; key: string; moved: boolean }
	/** No longer published. */
	| { state: 'missing' };

export function itemState(index: BriefIndex, item: Pick<BriefItem, 'key' | 'fp'>): ItemState {
	const key = currentAddress(index, item.key);
	if (!key) return { state: 'missing' };
	const [page, frag] = splitKey(key);
	const moved = key !== item.key;
	if (index.fp[page]![frag] !== item.fp) return { state: 'changed', key, moved };
	return moved ? { state: 'moved', key } : { state: 'current', key };
}
