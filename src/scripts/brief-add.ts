/**
 * Adding to the brief, fetched on first intent by `brief-loader.ts`: captures an item's address,
 * kind and text (with its fingerprint) from the page, keeps it, announces it with an undo. "Add all"
 * captures every visible card of a filtered list, or fetches the pages of search results to
 * capture what each lands on; a row that names an item on another page (`data-brief-ref`, a panel's
 * development) is captured from that page the same way.
 */
import { NOT_ITEM_TEXT, pageItemText } from '../lib/brief/fingerprint';
import { BLOCKS, ITEM_SELECTOR, itemKey, itemKind, itemText } from '../lib/brief/item-dom';
import { addItems, makeItem, type Brief, type BriefItem } from '../lib/brief/schema';
import { loadBrief, saveBrief, storageProblem } from './brief-store';

const base = import.meta.env.BASE_URL;
const pathOf = (pathname: string) => '/' + pathname.slice(base.length);

/** The header's count of items (a link to the brief) and each add button's pressed state. */
export function paint(keys = loadBrief().brief.items.map((i) => i.key)) {
	let link = document.querySelector<HTMLAnchorElement>('.brief-link');
	if (!link && keys.length) {
		link = document.createElement('a');
		link.className = 'brief-link';
		link.href = `${base}brief/`;
		// Styled here, not in every page's stylesheet; it sits in the header's part that print hides.
		Object.assign(link.style, { marginInlineStart: '0.75rem', whiteSpace: 'nowrap' });
		document.querySelector('lazy-site-search')?.after(link);
	}
	if (link) link.innerHTML = `Brief <span class="brief-count">${keys.length}</span><span class="sr-only"> items</span>`;
	for (const b of document.querySelectorAll<HTMLElement>('.brief-add')) {
		const key = keyOf(b);
		const added = !!key && keys.includes(key);
		b.ariaPressed = String(added);
		b.textContent = added ? '✓ Brief' : '+ Brief';
	}
}
/**
 * The address of the item an add button is for: a row's `data-brief-ref` (an item whose page is
 * elsewhere: a panel's development), else the item element around it on this page.
 */
function keyOf(button: HTMLElement): string | undefined {
	const ref = button.closest<HTMLElement>('[data-brief-ref]')?.dataset.briefRef;
	if (ref) return ref;
	const el = button.closest<HTMLElement>(ITEM_SELECTOR);
	return el ? itemKey(el, pathOf(location.pathname)) : undefined;
}
addEventListener('brief-change', (e) => paint((e as CustomEvent<string[]>).detail));

/** The page itself as an item's text: its title and code (its cite record) and its description. */
function pageText(doc: Document): string {
	const cite = doc.querySelector<HTMLElement>('[data-cite]')?.dataset.cite;
	if (!cite) return '';
	const { pageTitle, code } = JSON.parse(cite) as { pageTitle: string; code?: string };
	return pageItemText({ title: pageTitle, code, description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '' });
}

/** The item an element is, on the page at `path`. */
export function capture(el: HTMLElement, path: string): BriefItem | undefined {
	const text = itemText(
		el,
		(e) => {
			const copy = e.cloneNode(true) as HTMLElement;
			for (const n of copy.querySelectorAll(NOT_ITEM_TEXT)) n.remove();
			for (const b of copy.querySelectorAll(BLOCKS)) b.append(' ');
			return copy.textContent ?? '';
		},
		() => pageText(el.ownerDocument),
	);
	if (!text) return undefined;
	return makeItem(itemKey(el, path), itemKind(el), text, el.dataset.pages);
}

/** The page itself as an item: the element that is the page (a recommendation, a development), else its title, code and description. */
function pageItem(doc: Document, path: string): BriefItem | undefined {
	const own = [...doc.querySelectorAll<HTMLElement>(ITEM_SELECTOR)].find((e) => itemKey(e, path) === path);
	if (own) return capture(own, path);
	const text = pageText(doc);
	return text ? makeItem(path, 'page', text) : undefined;
}

/** What a URL of this site lands on: the item at its fragment (or holding it), else the page. */
async function captureUrl(href: string): Promise<BriefItem | undefined> {
	const url = new URL(href, location.href);
	if (url.origin !== location.origin) return undefined;
	const res = await fetch(url.pathname);
	if (!res.ok) return undefined;
	const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
	const path = pathOf(url.pathname);
	const target = url.hash ? doc.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
	const el = target?.closest<HTMLElement>(ITEM_SELECTOR) ?? target?.querySelector<HTMLElement>(ITEM_SELECTOR);
	return (el && capture(el, path)) || pageItem(doc, path);
}

let toast: HTMLElement | undefined;
function announce(message: string, undo?: Brief) {
	if (!toast) {
		toast = document.createElement('div');
		toast.className = 'brief-toast print:hidden';
		toast.setAttribute('role', 'status');
		// Styled here, not in every page's stylesheet: only a reader who adds something needs it.
		Object.assign(toast.style, { position: 'fixed', insetBlockEnd: '1rem', insetInline: '1rem', zIndex: '20', maxInlineSize: '36rem', marginInline: 'auto', padding: '0.75rem 1rem', borderRadius: '0.5rem', background: 'var(--sl-color-gray-6)', color: 'var(--sl-color-white)', boxShadow: 'var(--sl-shadow-md)' });
		document.body.append(toast);
	}
	toast.replaceChildren(message + (storageProblem ? ` ${storageProblem}` : '') + ' ');
	if (undo) {
		const b = document.createElement('button');
		b.type = 'button';
		b.textContent = 'Undo';
		b.addEventListener('click', () => {
			saveBrief(undo);
			announce('Undone.');
		});
		toast.append(b, ' ');
	}
	const open = document.createElement('a');
	open.href = `${base}brief/`;
	open.textContent = 'Open your brief';
	toast.append(open);
	toast.hidden = false;
}

function addAndAnnounce(items: BriefItem[]) {
	const before = loadBrief().brief;
	const { brief, added } = addItems(before, items);
	if (!added.length) return announce(items.length ? 'Already in your brief.' : 'Nothing here to add.');
	saveBrief(brief);
	announce(`${added.length === 1 ? 'Added' : `Added ${added.length} items`} to your brief (${brief.items.length} in all).`, before);
}

const visible = (el: HTMLElement) => !el.closest('[hidden]');

/** A click on an add button (toggles its item) or an "add all" button. */
export async function act(t: HTMLElement) {
	if (t.dataset.briefAll !== undefined) {
		const scope = t.dataset.briefAll ? document.querySelector(t.dataset.briefAll) : document;
		const links = t.dataset.briefLinks ? [...(scope?.querySelectorAll<HTMLAnchorElement>(t.dataset.briefLinks) ?? [])] : [];
		if (links.length) {
			t.ariaBusy = 'true';
			const items = await Promise.all(links.map((a) => captureUrl(a.href).catch(() => undefined)));
			t.ariaBusy = 'false';
			return addAndAnnounce(items.filter((i): i is BriefItem => !!i));
		}
		const cards = [...(scope?.querySelectorAll<HTMLElement>('[data-brief]') ?? [])].filter(visible);
		return addAndAnnounce(cards.map((c) => capture(c, pathOf(location.pathname))).filter((i): i is BriefItem => !!i));
	}
	const key = keyOf(t);
	if (!key) return;
	const before = loadBrief().brief;
	if (before.items.some((i) => i.key === key)) {
		saveBrief({ ...before, items: before.items.filter((i) => i.key !== key) });
		return announce('Removed from your brief.', before);
	}
	// A row naming an item on another page (a panel's development): the item is taken from that page.
	const ref = t.closest<HTMLElement>('[data-brief-ref]')?.dataset.briefRef;
	if (ref) t.ariaBusy = 'true';
	const item = ref ? await captureUrl(`${base}${ref.slice(1)}`).catch(() => undefined) : capture(t.closest<HTMLElement>(ITEM_SELECTOR)!, pathOf(location.pathname));
	if (ref) t.ariaBusy = 'false';
	if (!item) return ref ? announce('This could not be added: its page did not load.') : undefined;
	addAndAnnounce([item]);
}
