/**
 * Where the reader's brief is kept: the browser's storage under one key, as a versioned brief
 * (`lib/brief/schema.ts` reads and migrates it). Where storage is off or full the brief lives in
 * memory while the page is open, and `storageProblem` says so. Every tab hears a change through
 * the `storage` event; `onBriefChange` also hears this tab's own saves.
 */
import { emptyBrief, readBrief, type Brief, type Loaded } from '../lib/brief/schema';

export const STORAGE_KEY = 'brief';
export const UNSTORED =
	'Your browser is not keeping this brief (its storage is off or full): it lasts only while this page is open. Copy its share link or export it as a file to keep it.';

let memory: Brief | undefined;
export let storageProblem: string | undefined;
const listeners = new Set<(b: Brief) => void>();

export function loadBrief(): Loaded {
	if (memory) return { brief: memory, dropped: 0, migrated: false };
	try {
		const raw = localStorage.getItem(STORAGE_KEY);
		if (!raw) return { brief: emptyBrief(), dropped: 0, migrated: false };
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return { brief: emptyBrief(), dropped: 0, migrated: false, problem: 'The brief kept in this browser could not be read; it starts empty.' };
		}
		const r = readBrief(parsed);
		if (!r.problem && (r.migrated || r.dropped)) saveBrief(r.brief);
		return r;
	} catch {
		storageProblem = UNSTORED;
		return { brief: (memory = emptyBrief()), dropped: 0, migrated: false };
	}
}

/** Keeps the brief; false (and the brief kept in memory) where the browser would not store it. */
export function saveBrief(brief: Brief): boolean {
	let stored = true;
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(brief));
		memory = undefined;
		storageProblem = undefined;
	} catch {
		memory = brief;
		storageProblem = UNSTORED;
		stored = false;
	}
	for (const l of listeners) l(brief);
	// The page's add buttons and header count (`brief-loader.ts`) repaint from this, storage or not.
	dispatchEvent(new CustomEvent('brief-change', { detail: brief.items.map((i) => i.key) }));
	return stored;
}

/** Calls `f` with the brief whenever it changes, here or in another tab. */
export function onBriefChange(f: (b: Brief) => void): void {
	listeners.add(f);
	addEventListener('storage', (e) => {
		if (e.key === STORAGE_KEY || e.key === null) f(loadBrief().brief);
	});
}
