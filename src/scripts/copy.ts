/**
 * Copy buttons. `[data-copy]` copies its text; `[data-copy-part="style:index"]` copies one part of a
 * citation, rebuilt with today's access date, as rich text (`text/html`, italics kept) and plain text.
 * Every heading's anchor link (Starlight's) also copies its section's canonical address: the page's
 * canonical URL with the heading's fragment, not wherever the page is read. Every paragraph of the
 * argument gets buttons to copy its link and cite it. One delegated listener,
 * announced through a live region. What copies citations (`copy-citations.ts`, with the formatter)
 * is fetched only when it is needed (a citation's copy button pointed at or focused, a style that
 * shows the access date opened, the page printed), not with every page: it is on every page.
 */
import { STYLE_KEY, isRememberedStyle, rememberedStyle } from '../lib/citation/cite-style';
import { canonical, write } from './clipboard';

let actions: Promise<typeof import('./copy-citations')> | undefined;
const load = () => (actions ??= import('./copy-citations'));
const refreshCitations = () => void load().then((m) => m.refreshCitations());

// A chain link, drawn in two strokes (the page's script carries it to every paragraph).
const LINK_ICON =
	'<svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/></svg>';

/** Each paragraph of the argument gets two small buttons: copy its link, cite it. */
function addParagraphButtons() {
	for (const para of document.querySelectorAll<HTMLElement>('.sl-markdown-content [data-para][id]')) {
		if (para.querySelector(':scope > .para-actions')) continue;
		const actions = document.createElement('span');
		actions.className = 'para-actions';
		const link = document.createElement('button');
		link.type = 'button';
		link.className = 'para-link';
		link.dataset.copy = new URL(`#${para.id}`, canonical()).href;
		link.setAttribute('aria-label', 'Copy link to this paragraph');
		link.innerHTML = LINK_ICON;
		const citeButton = document.createElement('button');
		citeButton.type = 'button';
		citeButton.className = 'para-cite';
		citeButton.dataset.citePassage = para.id;
		const pages = para.dataset.pages;
		const pinpoint = pages ? `report ${pages.includes('-') ? 'pp.' : 'p.'} ${pages.replace('-', '–')}` : '';
		// The name comes from the content, so that the visible pages are part of it (WCAG 2.5.3, axe's
		// label-content-name-mismatch): the mark is hidden, the words for screen readers are visually hidden.
		const mark = document.createElement('span');
		mark.setAttribute('aria-hidden', 'true');
		mark.textContent = '❝';
		// One visually hidden name (spans laid out apart would get spaces in the name); the visible pages are hidden from it.
		const name = Object.assign(document.createElement('span'), { className: 'sr-only', textContent: pinpoint ? `Cite this passage (${pinpoint})` : 'Cite this passage' });
		citeButton.append(mark, name);
		if (pinpoint) {
			const label = document.createElement('span');
			label.className = 'para-pages';
			label.setAttribute('aria-hidden', 'true');
			label.textContent = pinpoint.replace('report ', '');
			citeButton.append(label);
		}
		actions.append(link, citeButton);
		// In a list item, before any nested list; elsewhere at the end of the paragraph.
		const nested = para.querySelector(':scope > ul, :scope > ol');
		if (nested) nested.before(actions);
		else para.append(actions);
	}
}

/**
 * The paragraphs' actions are one tab stop, not two a paragraph (a roving tab stop): only the
 * current paragraph's buttons are in the tab order, the one holding focus, the page's #target, else
 * the first; Up and Down arrows move to the previous or next paragraph's buttons.
 */
function rovingParagraphActions() {
	const paras = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content [data-para][id]')].filter((p) => p.querySelector(':scope > .para-actions'));
	if (paras.length === 0) return;
	const buttons = (p: HTMLElement) => [...p.querySelectorAll<HTMLButtonElement>(':scope > .para-actions button')];
	const hint = document.createElement('span');
	hint.id = 'para-actions-hint';
	hint.className = 'sr-only';
	hint.textContent = 'Up and down arrows: the previous or next paragraph.';
	document.querySelector('.sl-markdown-content')?.append(hint);
	let current: HTMLElement | undefined;
	const makeCurrent = (p: HTMLElement) => {
		if (current === p) return;
		if (current) for (const b of buttons(current)) b.tabIndex = -1;
		current = p;
		for (const b of buttons(p)) b.tabIndex = 0;
	};
	for (const p of paras) {
		for (const b of buttons(p)) {
			b.tabIndex = -1;
			b.setAttribute('aria-describedby', hint.id);
		}
	}
	const targeted = () => {
		const el = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		const p = el?.closest<HTMLElement>('[data-para]');
		return p && paras.includes(p) ? p : undefined;
	};
	makeCurrent(targeted() ?? paras[0]!);
	addEventListener('hashchange', () => {
		const p = targeted();
		if (p) makeCurrent(p);
	});
	document.addEventListener('focusin', (e) => {
		const p = (e.target as HTMLElement).closest?.<HTMLElement>('[data-para]');
		if (p && paras.includes(p)) makeCurrent(p);
	});
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const button = (e.target as HTMLElement).closest?.<HTMLButtonElement>('.para-actions button');
		const p = button?.closest<HTMLElement>('[data-para]');
		if (!button || !p) return;
		const next = paras[paras.indexOf(p) + (e.key === 'ArrowDown' ? 1 : -1)];
		if (!next) return;
		e.preventDefault();
		makeCurrent(next);
		buttons(next)[buttons(p).indexOf(button)]?.focus();
	});
}

/** Printing: absolute addresses after links, and the citation style the reader last chose (Chicago by default). */
function preparePrint() {
	const block = document.querySelector<HTMLElement>('[data-cite]');
	if (block) block.dataset.printStyle = rememberedStyle(localStorage.getItem(STYLE_KEY));
	for (const details of document.querySelectorAll<HTMLDetailsElement>('.cite-style[data-style]')) {
		details.addEventListener('toggle', () => {
			const style = details.dataset.style!;
			if (!details.open || !isRememberedStyle(style) || !block) return;
			localStorage.setItem(STYLE_KEY, style);
			block.dataset.printStyle = style;
		});
	}
	for (const a of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content a[href], .cite a[href]')) {
		const href = a.getAttribute('href')!;
		if (href.startsWith('#')) continue;
		a.dataset.printUrl = new URL(href, canonical()).href;
	}
}

/**
 * Today's access date is written in before the reader can see it: where a style shows it (BibTeX and
 * RIS; every style when the page has no last-modified date), when that style is opened or the block
 * comes on screen, and before printing.
 */
function refreshWhenSeen() {
	const block = document.querySelector<HTMLElement>('[data-cite]');
	if (!block) return;
	addEventListener('beforeprint', () => refreshCitations(), { once: true });
	for (const details of document.querySelectorAll<HTMLDetailsElement>('.cite-style[data-style]')) {
		details.addEventListener('toggle', () => details.open && refreshCitations());
	}
	if ('modified' in (JSON.parse(block.dataset.cite ?? '{}') as object)) return;
	const seen = new IntersectionObserver((entries) => {
		if (!entries.some((e) => e.isIntersecting)) return;
		seen.disconnect();
		refreshCitations();
	});
	seen.observe(block);
}

refreshWhenSeen();
// Pointer over or focus on a citation's copy button fetches the formatter before the click, so the copy runs while the click still counts as the reader's gesture.
for (const type of ['pointerover', 'focusin']) {
	document.addEventListener(type, (e) => {
		if ((e.target as HTMLElement).closest?.('[data-copy-part], [data-cite-passage]')) void load();
	});
}
preparePrint();
for (const a of document.querySelectorAll<HTMLElement>('.sl-markdown-content .sl-anchor-link')) a.title = 'Link to this section (a click also copies its address)';
addParagraphButtons();
rovingParagraphActions();
document.addEventListener('click', (e) => {
	const target = e.target as HTMLElement;
	const part = target.closest<HTMLElement>('[data-copy-part]');
	if (part) return void load().then((m) => m.copyPart(part.dataset.copyPart!, part));
	const passage = target.closest<HTMLElement>('[data-cite-passage]');
	if (passage) return void load().then((m) => m.citePassage(passage.dataset.citePassage!, passage));
	const button = target.closest<HTMLElement>('[data-copy]');
	if (button) return void write(button.dataset.copy!, undefined, button);
	// A heading's link still goes to its section; it copies the section's address as well.
	const anchor = target.closest<HTMLAnchorElement>('.sl-markdown-content .sl-anchor-link');
	if (anchor) void write(new URL(anchor.getAttribute('href')!, canonical()).href, undefined, anchor);
});
