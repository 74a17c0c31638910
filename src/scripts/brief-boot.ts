/**
 * All `/brief/` loads for a reader with no brief. With a share link in the address or a kept brief
 * that is not plainly empty (`lib/brief/boot.ts`) it fetches the brief's tools (`brief-page.ts`) at
 * once. Otherwise it shows the page's empty state (the controls as the empty brief has them, in the
 * page's HTML) and fetches the tools on intent: another tab or this page's search adds items, a share
 * link is opened, or a control of the empty state gets focus or is used. What the reader did before
 * they arrived is handed to them: a button's click (repeated within the click's user activation),
 * the title or style as typed or chosen, a file chosen to open (the picker stays the browser's own).
 */
import { STORAGE_KEY, briefNeeded, isShareFragment } from '../lib/brief/boot';
import { fingerprintsResponse } from './brief-index-fetch';

const app = document.getElementById('brief-app')!;
/** The title and style as changed before the tools came: their first render shows the kept brief's. */
const edits = new Map<HTMLInputElement | HTMLSelectElement, string>();
/** The tools have run: their own listeners answer from now on. */
let ready = false;
let tools: Promise<void> | undefined;
function load(): Promise<void> {
	// The fingerprints are requested beside the tools, not after them.
	void fingerprintsResponse(app.dataset.index!).catch(() => undefined);
	return (tools ??= import('./brief-page').then(() => {
		ready = true;
		delete app.dataset.static;
		for (const [field, value] of edits) {
			field.value = value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
			field.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}));
}

let stored: string | null | undefined;
try {
	stored = localStorage.getItem(STORAGE_KEY);
} catch {
	stored = undefined;
}

if (briefNeeded(location.hash, stored)) {
	// The empty state keeps its place but is not shown until the brief's tools render the brief.
	app.dataset.loading = '';
	void load();
} else {
	// The empty state is on screen and the tools are not loaded.
	app.dataset.static = '';
	addEventListener('storage', (e) => (e.key === STORAGE_KEY || e.key === null) && void load());
	addEventListener('brief-change', () => void load());
	addEventListener('hashchange', () => isShareFragment(location.hash) && void load());
	app.addEventListener('focusin', () => void load());
	app.addEventListener('click', (e) => {
		const button = (e.target as HTMLElement).closest('button');
		if (!ready && button) void load().then(() => button.click());
	});
	app.addEventListener('input', (e) => {
		const field = e.target as HTMLInputElement | HTMLSelectElement;
		if (!ready && field.type !== 'file') edits.set(field, field.value);
	});
	app.addEventListener('change', (e) => {
		const field = e.target as HTMLInputElement;
		if (!ready && field.type === 'file') void load().then(() => field.dispatchEvent(new Event('change', { bubbles: true })));
	});
}
