/**
 * The brief page: the reader's items in their order, with notes, reordering (drag, or move up/down
 * with announcements), removal, the title and the citation style; a share link carrying the whole
 * brief in its fragment; the exports, each fetched or built only when chosen. Each item is checked
 * against the edition's published fingerprints (moved, changed, no longer published). Fetched by
 * `brief-boot.ts`: at once when there is a brief to show, on intent when there is none.
 */
import { STORAGE_KEY, loadBrief, saveBrief, storageProblem } from './brief-store';
import { fingerprintsResponse } from './brief-index-fetch';
import { decodeBrief, encodeBrief, isShareFragment } from '../lib/brief/share';
import { addItems, isStyle, moveItem, readBrief, emptyBrief, type Brief } from '../lib/brief/schema';
import { itemState, splitKey, type BriefIndex } from '../lib/brief/index-read';
import { WHAT, assemble, parsePages } from '../lib/brief/assemble';
import { formatRange } from '../lib/report/report-pages';
import { briefHtml, briefMarkdown, briefPlain } from '../lib/brief/render';

const app = document.getElementById('brief-app')!;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLOListElement>('brief-items');
const titleInput = $<HTMLInputElement>('brief-title');
const styleSelect = $<HTMLSelectElement>('brief-style');
const base = app.dataset.base ?? '/';

let brief: Brief = emptyBrief();
/** Looking at a shared link's brief, not the reader's own: changes are not kept until adopted. */
let shared = false;
let index: BriefIndex | undefined;
const indexReady: Promise<BriefIndex | undefined> = fingerprintsResponse(app.dataset.index!)
	.then((r) => (r.ok ? (r.json() as Promise<BriefIndex>) : undefined))
	.catch(() => undefined)
	.then((i) => (index = i));

const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const say = (msg: string) => ($('brief-status').textContent = msg);
const announce = (msg: string) => ($('brief-live').textContent = msg);
function problem(msg: string | undefined) {
	const p = $('brief-problem');
	p.hidden = !msg;
	p.textContent = msg ?? '';
}
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function keep() {
	if (!shared) saveBrief(brief);
	if (storageProblem && !shared) problem(storageProblem);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
	const e = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
	e.append(...children);
	return e;
}

/** The address an item's link opens: where it is now, under the base. */
const hrefOf = (key: string) => `${base.replace(/\/$/, '')}${key}`;

function renderItem(i: number): HTMLLIElement {
	const item = brief.items[i]!;
	const state = index ? itemState(index, item) : undefined;
	const now = state && state.state !== 'missing' ? state.key : item.key;
	const [page] = splitKey(now);
	const rec = index?.pages[page];
	const pages = parsePages(item.pages) ?? rec?.pages;
	const li = el('li', { className: 'brief-item', draggable: true });
	li.dataset.i = String(i);
	li.dataset.key = item.key;
	li.dataset.state = state?.state ?? 'unchecked';
	const head = el(
		'div',
		{ className: 'brief-item-head' },
		el('span', { className: 'brief-handle', title: 'Drag to reorder' }, '⠿'),
		el('span', { className: 'brief-kind' }, WHAT[item.kind]),
		el('a', { href: hrefOf(now) }, rec ? `${rec.pageTitle}${rec.code ? ` (${rec.code})` : ''}` : now),
	);
	head.querySelector('.brief-handle')!.ariaHidden = 'true';
	if (pages && item.kind !== 'development') head.append(el('span', { className: 'brief-pages' }, `restates report ${pages.to !== pages.from ? 'pp.' : 'p.'} ${formatRange(pages)}`));
	li.append(head);
	if (state?.state === 'missing') li.append(el('p', { className: 'brief-flag' }, 'No longer published by the edition: shown below as it was when added, with your note.'));
	if (state?.state === 'moved') li.append(el('p', { className: 'brief-flag brief-moved' }, 'Moved: the link goes to its new address.'));
	if (state?.state === 'changed') {
		li.append(
			el(
				'p',
				{ className: 'brief-flag brief-changed' },
				'The edition has changed this since it was added. Below is what it said then; ',
				el('a', { href: hrefOf(now) }, 'see what it says now'),
				' and ',
				el('a', { href: `${base}changes/` }, 'the change log'),
				'.',
			),
		);
	}
	li.append(el('p', { className: 'brief-text' }, item.text));
	const sources = index?.sources[page];
	if (item.kind === 'development' && sources?.length) {
		li.append(el('p', { className: 'brief-sources' }, 'Sources: ', ...sources.flatMap((s, j) => [j ? '; ' : '', el('a', { href: s.url }, `${s.outlet}, “${s.title}”`), ` (${s.date})`])));
	}
	const noteId = `brief-note-${i}`;
	const note = el('textarea', { id: noteId, rows: 2, value: item.note, maxLength: 4000 });
	note.addEventListener('input', () => {
		brief.items[i] = { ...brief.items[i]!, note: note.value };
		keep();
	});
	li.append(el('label', { htmlFor: noteId }, 'Your note'), note);
	const what = short(item.text);
	const controls = el(
		'div',
		{ className: 'brief-controls' },
		el('button', { type: 'button', textContent: 'Move up', disabled: i === 0 }),
		el('button', { type: 'button', textContent: 'Move down', disabled: i === brief.items.length - 1 }),
		el('button', { type: 'button', textContent: 'Remove' }),
	);
	const [up, down, remove] = controls.querySelectorAll('button');
	up!.dataset.move = '-1';
	down!.dataset.move = '1';
	remove!.dataset.remove = '';
	up!.ariaLabel = `Move up: ${what}`;
	down!.ariaLabel = `Move down: ${what}`;
	remove!.ariaLabel = `Remove: ${what}`;
	li.append(controls);
	return li;
}

function render() {
	titleInput.value = brief.title;
	styleSelect.value = brief.style;
	list.replaceChildren(...brief.items.map((_, i) => renderItem(i)));
	$('brief-empty').hidden = brief.items.length > 0;
	const flagged = list.querySelectorAll('[data-state="changed"], [data-state="missing"]').length;
	$('brief-count').textContent = `${brief.items.length} item${brief.items.length === 1 ? '' : 's'}${flagged ? `, ${flagged} flagged` : ''}.`;
	renderBibliography();
}

function renderBibliography() {
	const ul = $('brief-bibliography');
	if (!index) return ul.replaceChildren();
	const a = assemble(brief, index, today());
	$('brief-references-heading').textContent = a.bibliographyTitle;
	ul.replaceChildren(...a.bibliography.map((b) => el('li', {}, b.text.replace(/\*([^*]+)\*/g, '$1'))));
}

function move(from: number, to: number, focus?: 'up' | 'down') {
	if (to < 0 || to >= brief.items.length || from === to) return;
	brief = moveItem(brief, from, to);
	keep();
	render();
	announce(`Moved “${short(brief.items[to]!.text)}” to position ${to + 1} of ${brief.items.length}.`);
	if (focus) {
		const li = list.children[to] as HTMLElement;
		const [up, down] = li.querySelectorAll<HTMLButtonElement>('[data-move]');
		const target = focus === 'up' ? (up!.disabled ? down : up) : down!.disabled ? up : down;
		target?.focus();
	}
}

list.addEventListener('click', (e) => {
	const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button');
	const li = b?.closest<HTMLElement>('.brief-item');
	if (!b || !li) return;
	const i = Number(li.dataset.i);
	if (b.dataset.move) return move(i, i + Number(b.dataset.move), Number(b.dataset.move) < 0 ? 'up' : 'down');
	if (b.dataset.remove !== undefined) {
		const removed = brief.items[i]!;
		brief = { ...brief, items: brief.items.filter((_, j) => j !== i) };
		keep();
		render();
		announce(`Removed “${short(removed.text)}”. ${brief.items.length} items left.`);
		(list.children[Math.min(i, brief.items.length - 1)]?.querySelector('textarea') as HTMLElement | null)?.focus();
	}
});

// Dragging: the item dragged is dropped before the item under the pointer.
let dragged: number | undefined;
list.addEventListener('dragstart', (e) => {
	const li = (e.target as HTMLElement).closest<HTMLElement>('.brief-item');
	if (!li) return;
	dragged = Number(li.dataset.i);
	li.dataset.dragging = '';
	e.dataTransfer?.setData('text/plain', li.dataset.key ?? '');
});
list.addEventListener('dragover', (e) => {
	const li = (e.target as HTMLElement).closest<HTMLElement>('.brief-item');
	if (dragged === undefined || !li) return;
	e.preventDefault();
	for (const x of list.querySelectorAll('[data-drop-target]')) delete (x as HTMLElement).dataset.dropTarget;
	li.dataset.dropTarget = '';
});
list.addEventListener('drop', (e) => {
	const li = (e.target as HTMLElement).closest<HTMLElement>('.brief-item');
	if (dragged === undefined || !li) return;
	e.preventDefault();
	const from = dragged;
	dragged = undefined;
	move(from, Number(li.dataset.i));
});
list.addEventListener('dragend', () => {
	dragged = undefined;
	render();
});

titleInput.addEventListener('input', () => {
	brief = { ...brief, title: titleInput.value };
	keep();
});
styleSelect.addEventListener('change', () => {
	if (!isStyle(styleSelect.value)) return;
	brief = { ...brief, style: styleSelect.value };
	localStorage.setItem('cite-style', styleSelect.value === 'chicago-ad' ? 'chicago' : styleSelect.value);
	keep();
	renderBibliography();
});

function download(name: string, type: string, data: BlobPart) {
	const a = el('a', { href: URL.createObjectURL(new Blob([data], { type })), download: name });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
const fileName = (ext: string) => `${(brief.title || 'brief').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'brief'}.${ext}`;

async function assembled() {
	const i = await indexReady;
	if (!i) throw new Error('The edition’s index of passages could not be loaded; try again when online.');
	return { a: assemble(brief, i, today()), i };
}

async function exportAs(kind: string) {
	if (!brief.items.length && kind !== 'json') return say('The brief is empty: add items first.');
	const { a, i } = kind === 'json' ? { a: undefined, i: undefined } : await assembled();
	switch (kind) {
		case 'docx': {
			const { briefDocx } = await import('../lib/brief/docx');
			download(fileName('docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await briefDocx(a!));
			return say('Word document made.');
		}
		case 'md':
			download(fileName('md'), 'text/markdown', briefMarkdown(a!));
			return say('Markdown file made.');
		case 'rich':
			try {
				await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([briefHtml(a!)], { type: 'text/html' }), 'text/plain': new Blob([briefPlain(a!)], { type: 'text/plain' }) })]);
				return say('Copied as rich text: paste it into an email or a document.');
			} catch {
				return say('Copying is not allowed here; use Markdown or Word instead.');
			}
		case 'bib': {
			const { briefBibtex } = await import('../lib/brief/assemble');
			download(fileName('bib'), 'application/x-bibtex', briefBibtex(a!, i!));
			return say('BibTeX file made.');
		}
		case 'ris': {
			const { briefRis } = await import('../lib/brief/assemble');
			download(fileName('ris'), 'application/x-research-info-systems', briefRis(a!, i!));
			return say('RIS file made.');
		}
		case 'csl': {
			const { briefCsl } = await import('../lib/brief/assemble');
			download(fileName('json').replace(/\.json$/, '.csl.json'), 'application/vnd.citationstyles.csl+json', JSON.stringify(briefCsl(a!, i!), null, 2));
			return say('CSL-JSON file made.');
		}
		case 'json':
			download(fileName('json').replace(/\.json$/, '.brief.json'), 'application/json', JSON.stringify(brief, null, 2));
			return say('Saved as a file: open it here with “Open a brief file”.');
		default:
			return undefined;
	}
}

async function printHandout() {
	const { a } = await assembled();
	$('brief-handout').innerHTML = briefHtml(a);
	print();
}
addEventListener('beforeprint', () => {
	if (index && !$('brief-handout').innerHTML) $('brief-handout').innerHTML = briefHtml(assemble(brief, index, today()));
});

async function shareLink() {
	const url = `${location.origin}${location.pathname}#${await encodeBrief(brief)}`;
	let out = document.getElementById('brief-share-url') as HTMLInputElement | null;
	if (!out) {
		out = el('input', { id: 'brief-share-url', type: 'url', readOnly: true });
		out.ariaLabel = 'Share link';
		app.querySelector('.brief-actions')!.after(out);
	}
	out.value = url;
	try {
		await navigator.clipboard.writeText(url);
		say(`Share link copied (${url.length} characters). Whoever opens it sees this brief; no server sees its contents.`);
	} catch {
		out.select();
		say('Share link below: copy it by hand.');
	}
}

app.addEventListener('click', (e) => {
	const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button');
	if (!b) return;
	if (b.dataset.export) void exportAs(b.dataset.export).catch((err: Error) => say(err.message));
	switch (b.dataset.action) {
		case 'share':
			return void shareLink();
		case 'print':
			return void printHandout().catch((err: Error) => say(err.message));
		case 'clear': {
			const before = brief;
			brief = { ...brief, items: [] };
			keep();
			render();
			const undo = el('button', { type: 'button', textContent: 'Undo' });
			undo.addEventListener('click', () => {
				brief = before;
				keep();
				render();
				say('Restored.');
			});
			$('brief-status').replaceChildren(`Emptied (${before.items.length} items). `, undo);
			return;
		}
		case 'keep-shared':
			shared = false;
			keep();
			history.replaceState(null, '', location.pathname);
			$('brief-shared').hidden = true;
			return say('This is now your brief.');
		case 'merge-shared': {
			const mine = loadBrief().brief;
			const { brief: merged, added } = addItems(mine, brief.items);
			brief = { ...merged, title: mine.title || brief.title };
			shared = false;
			keep();
			history.replaceState(null, '', location.pathname);
			$('brief-shared').hidden = true;
			render();
			return say(`${added.length} items added to your brief.`);
		}
		case 'leave-shared':
			history.replaceState(null, '', location.pathname);
			return void open();
		default:
			return undefined;
	}
});

$<HTMLInputElement>('brief-import').addEventListener('change', async (e) => {
	const input = e.target as HTMLInputElement;
	const file = input.files?.[0];
	if (!file) return;
	let parsed: unknown;
	try {
		parsed = JSON.parse(await file.text());
	} catch {
		input.value = '';
		return problem(`“${file.name}” is not a brief file (it is not JSON). Nothing was added.`);
	}
	const r = readBrief(parsed);
	input.value = '';
	if (r.problem) return problem(`“${file.name}”: ${r.problem} Nothing was added.`);
	const { brief: merged, added } = addItems(brief, r.brief.items);
	brief = { ...merged, title: brief.title || r.brief.title };
	keep();
	render();
	problem(r.dropped ? `“${file.name}”: ${r.dropped} item${r.dropped === 1 ? '' : 's'} could not be read (damaged or edited) and ${r.dropped === 1 ? 'was' : 'were'} left out; the ${r.brief.items.length} valid ones were read.` : undefined);
	say(`Opened “${file.name}”: ${added.length} items added.`);
	return undefined;
});

async function open() {
	problem(undefined);
	if (isShareFragment(location.hash)) {
		const d = await decodeBrief(location.hash);
		brief = d.brief;
		shared = true;
		$('brief-shared').hidden = false;
		if (d.damaged || d.dropped) {
			problem(
				`This share link is ${d.damaged ? 'damaged or cut short' : 'partly unreadable'}: ${d.brief.items.length} item${d.brief.items.length === 1 ? '' : 's'} could be read${d.dropped ? `, ${d.dropped} could not` : ''}${d.damaged ? ', and any after the damage are lost' : ''}. Ask for the link again to see the rest.`,
			);
		}
	} else {
		const r = loadBrief();
		brief = r.brief;
		shared = false;
		$('brief-shared').hidden = true;
		if (r.problem) problem(r.problem);
		else if (r.dropped) problem(`${r.dropped} item${r.dropped === 1 ? '' : 's'} of the kept brief could not be read and ${r.dropped === 1 ? 'was' : 'were'} left out.`);
		else if (storageProblem) problem(storageProblem);
	}
	render();
	delete app.dataset.loading;
	app.dataset.ready = '';
}

addEventListener('hashchange', () => void open());
addEventListener('storage', (e) => {
	if (!shared && (e.key === STORAGE_KEY || e.key === null)) {
		brief = loadBrief().brief;
		render();
	}
});
void Promise.all([open(), indexReady]).then(([, i]) => {
	if (!i) problem('The edition’s index of passages could not be loaded: items cannot be checked for changes, and exports wait until it can.');
	render();
	app.dataset.checked = '';
	// For the benchmark: when the brief is on screen, checked against the edition (`e2e/bench/brief.ts`).
	performance.mark('brief-shown');
});
