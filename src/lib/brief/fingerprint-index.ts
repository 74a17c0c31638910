/**
 * The file `/brief/` checks a brief against (`/data/brief-fingerprints.json`, written after the
 * build from the built pages): for every item address the site publishes, the fingerprint of its
 * current text; for every page an item sits on, what its citation needs (the cite block's record);
 * moved addresses (renamed pages, reworded paragraphs: the URL contract); each development's
 * sources; the edition's revision date. Built with node-html-parser at build time only.
 */
import { parse } from 'node-html-parser';
import { fingerprint, pageItemText } from './fingerprint';
import { BLOCKS, ITEM_SELECTOR, NOT_ITEM_TEXT, itemKey, itemText } from './item-dom';
import { splitKey, type BriefIndex, type PageRecord, type Source } from './index-read';

export type { BriefIndex, PageRecord, Source };

type Parsed = ReturnType<typeof parse>;

/** The page itself as an item's text: its title and code (its cite record) and its description. */
function pageText(doc: Parsed): string {
	const rec = pageRecordOf(doc);
	return rec ? pageItemText({ title: rec.pageTitle, code: rec.code, description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '' }) : '';
}

/**
 * The items of one built page: address -> fingerprint; the page itself is an item too (a search
 * result adds it). Throws when one address has two texts on the page.
 */
export function itemsOfPage(path: string, html: string): Map<string, string> {
	const out = new Map<string, string>();
	const doc = parse(html);
	for (const el of doc.querySelectorAll(ITEM_SELECTOR)) {
		const text = itemText(
			el,
			(e) => {
				const copy = e.clone() as typeof e;
				for (const n of copy.querySelectorAll(NOT_ITEM_TEXT)) n.remove();
				for (const b of copy.querySelectorAll(BLOCKS)) b.insertAdjacentHTML('beforeend', ' ');
				return copy.textContent;
			},
			() => pageText(doc),
		);
		if (!text) continue;
		const key = itemKey(el, path);
		const fp = fingerprint(text);
		if (out.has(key) && out.get(key) !== fp) throw new Error(`brief fingerprints: ${path} shows ${key} with two different texts; give both the same data-brief-text`);
		out.set(key, fp);
	}
	const own = pageText(doc);
	if (own && !out.has(path)) out.set(path, fingerprint(own));
	return out;
}

/** A page's cite record from its built HTML, if it has a cite block. */
export function pageRecordOf(doc: Parsed): (PageRecord & { edition?: BriefIndex['edition'] }) | undefined {
	const json = doc.querySelector('[data-cite]')?.getAttribute('data-cite');
	return json ? (JSON.parse(json) as PageRecord & { edition?: BriefIndex['edition'] }) : undefined;
}

export interface IndexInput {
	revised: string;
	pages: Array<{ path: string; html: string }>;
	moved: Record<string, string>;
	sources: Record<string, Source[]>;
}

/** The whole index. Throws when two pages give one address different texts (the item would flag as changed at random). */
export function buildBriefIndex(input: IndexInput): BriefIndex {
	const fp: BriefIndex['fp'] = {};
	const seenOn = new Map<string, string>();
	const records = new Map<string, PageRecord & { edition?: BriefIndex['edition'] }>();
	for (const { path, html } of input.pages) {
		const rec = pageRecordOf(parse(html));
		if (rec) records.set(path, rec);
		for (const [key, f] of itemsOfPage(path, html)) {
			const [page, frag] = splitKey(key);
			const had = fp[page]?.[frag];
			if (had !== undefined && had !== f) throw new Error(`brief fingerprints: ${key} has different texts on ${seenOn.get(key)} and ${path}; give both the same data-brief-text`);
			(fp[page] ??= {})[frag] = f;
			seenOn.set(key, path);
		}
	}
	const pages: BriefIndex['pages'] = {};
	let edition: BriefIndex['edition'] = { siteName: '', author: '' };
	for (const page of Object.keys(fp).sort()) {
		const rec = records.get(page);
		if (!rec) continue;
		const { edition: e, ...r } = rec;
		if (e) edition = e;
		pages[page] = r;
	}
	return { v: 1, revised: input.revised, edition, pages, fp, moved: input.moved, sources: input.sources };
}

/**
 * The moved addresses from the URL contract: renamed pages (`redirects`) and reworded paragraphs
 * (`anchorSuccessors`, `'/page/#old'` -> `'new'` on the same page).
 */
export function movedAddresses(redirects: Record<string, string>, successors: Record<string, string>): Record<string, string> {
	const moved: Record<string, string> = { ...redirects };
	for (const [old, to] of Object.entries(successors)) moved[old] = `${splitKey(old)[0]}#${to.replace(/^#/, '')}`;
	return moved;
}
