/**
 * Copy buttons. `[data-copy]` copies its text; `[data-copy-part="style:index"]` copies one part of a
 * citation, rebuilt here with today's access date, as rich text (`text/html`, italics kept) and plain
 * text. Every content heading gets a button that copies its permalink. One delegated listener,
 * announced through a live region. The citation formatter is fetched only when it is needed (a style
 * that shows the access date is opened, a citation is copied, the page is printed), not with every page.
 */
import type { CitationStyle, CiteInput } from '../lib/citation';
import { STYLE_KEY, isRememberedStyle, rememberedStyle } from '../lib/cite-style';

let formatter: Promise<[typeof import('../lib/citation'), typeof import('../lib/paragraph-pages'), typeof import('../lib/passage-citation')]> | undefined;
const load = () => (formatter ??= Promise.all([import('../lib/citation'), import('../lib/paragraph-pages'), import('../lib/passage-citation')]));

const liveRegion = () => document.querySelector<HTMLElement>('.copy-status');
const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function write(plain: string, html: string | undefined, button: HTMLElement) {
	try {
		if (html !== undefined && typeof ClipboardItem !== 'undefined') {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([plain], { type: 'text/plain' }),
					'text/html': new Blob([html], { type: 'text/html' }),
				}),
			]);
		} else {
			await navigator.clipboard.writeText(plain);
		}
		button.dataset.copied = '';
		const s = liveRegion();
		if (s) s.textContent = 'Copied to the clipboard.';
		setTimeout(() => delete button.dataset.copied, 1500);
	} catch {
		const s = liveRegion();
		if (s) s.textContent = 'Copying is not allowed here; select the text instead.';
	}
}

/** The cite block's input, with today's date as the access date. */
function citeInput(): CiteInput | undefined {
	const json = document.querySelector<HTMLElement>('[data-cite]')?.dataset.cite;
	return json ? { ...(JSON.parse(json) as Omit<CiteInput, 'accessed'>), accessed: today() } : undefined;
}

/** Shows today's access date in the block (the build wrote its own date). */
async function refreshCitations() {
	const input = citeInput();
	if (!input) return;
	const [{ cite, citationHtml }] = await load();
	for (const details of document.querySelectorAll<HTMLElement>('.cite-style[data-style]')) {
		const parts = cite(details.dataset.style as CitationStyle, input);
		for (const el of details.querySelectorAll<HTMLElement>('[data-part]')) {
			const part = parts[Number(el.dataset.part)];
			if (!part) continue;
			if (el.tagName === 'PRE') el.textContent = part.text;
			else el.innerHTML = citationHtml(part.text);
		}
	}
}

async function copyPart(spec: string, button: HTMLElement) {
	const [{ cite, citationHtml, citationText }] = await load();
	const input = citeInput();
	const [style, index] = spec.split(':');
	const part = input && cite(style as CitationStyle, input)[Number(index)];
	if (!part) return;
	const plain = citationText(part.text);
	const rich = style === 'bibtex' || style === 'biblatex' || style === 'ris' ? undefined : citationHtml(part.text);
	void write(plain, rich, button);
}

/** The page's deployed address (its canonical URL), not wherever this copy is being read. */
const canonical = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;

/**
 * "Cite this passage": the paragraph's URL, the report pages of the passage it restates (its
 * `data-pages`), and the records in the citation style the reader last chose (`lib/passage-citation.ts`).
 */
async function citePassage(id: string, button: HTMLElement) {
	const [{ citationHtml, citationText }, { parsePagesAttribute }, { passageCitation }] = await load();
	const input = citeInput();
	if (!input) return;
	const url = new URL(`#${id}`, canonical()).href;
	const para = document.getElementById(id);
	const lines = passageCitation(rememberedStyle(localStorage.getItem(STYLE_KEY)), input, url, parsePagesAttribute(para?.dataset.pages));
	const html = lines.map((l) => (l ? `<p>${citationHtml(l)}</p>` : '')).join('');
	void write(citationText(lines.join('\n')), html, button);
}

const LINK_ICON =
	'<svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14"><path fill="currentColor" d="M10.6 13.4a1 1 0 0 1 0-1.4l3-3a1 1 0 1 1 1.4 1.4l-3 3a1 1 0 0 1-1.4 0Zm-2.8 5.7a4 4 0 0 1-2.9-6.8l2-2a1 1 0 0 1 1.5 1.4l-2 2a2 2 0 0 0 2.8 2.8l2-2a1 1 0 0 1 1.4 1.4l-2 2a4 4 0 0 1-2.8 1.2Zm8-6.3a1 1 0 0 1-.7-1.7l2-2a2 2 0 0 0-2.8-2.8l-2 2a1 1 0 1 1-1.4-1.4l2-2a4 4 0 0 1 5.6 5.6l-2 2a1 1 0 0 1-.7.3Z"/></svg>';

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
	addEventListener('beforeprint', () => void refreshCitations(), { once: true });
	for (const details of document.querySelectorAll<HTMLDetailsElement>('.cite-style[data-style]')) {
		details.addEventListener('toggle', () => details.open && void refreshCitations());
	}
	if ('modified' in (JSON.parse(block.dataset.cite ?? '{}') as object)) return;
	const seen = new IntersectionObserver((entries) => {
		if (!entries.some((e) => e.isIntersecting)) return;
		seen.disconnect();
		void refreshCitations();
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
addParagraphButtons();
rovingParagraphActions();
document.addEventListener('click', (e) => {
	const target = e.target as HTMLElement;
	const part = target.closest<HTMLElement>('[data-copy-part]');
	if (part) return void copyPart(part.dataset.copyPart!, part);
	const passage = target.closest<HTMLElement>('[data-cite-passage]');
	if (passage) return void citePassage(passage.dataset.citePassage!, passage);
	const button = target.closest<HTMLElement>('[data-copy]');
	if (button) void write(button.dataset.copy!, undefined, button);
});
