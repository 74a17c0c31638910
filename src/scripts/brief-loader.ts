/**
 * "Add to brief", before first use: a button beside every item (`lib/brief/item-dom.ts`) and the
 * count in the header. Everything else (capturing, storing, the undo) is fetched on intent
 * (`brief-add.ts`). Kept tiny: it is on every page.
 */
const base = import.meta.env.BASE_URL;
const path = '/' + location.pathname.slice(base.length);
let add: Promise<typeof import('./brief-add')> | undefined;
const load = () => (add ??= import('./brief-add'));

/** The addresses in the kept brief (empty where storage is unreadable). */
const stored = (): string[] => {
	try {
		return (JSON.parse(localStorage.getItem('brief') ?? '{}').items ?? []).map((i: { key: string }) => i.key);
	} catch {
		return [];
	}
};
const keyOf = (el: HTMLElement) => el.dataset.briefHref || path + (el.dataset.briefId ?? el.id ? `#${el.dataset.briefId ?? el.id}` : '');

export function paint(keys = stored()) {
	let link = document.querySelector<HTMLAnchorElement>('.brief-link');
	if (!link && keys.length) {
		link = document.createElement('a');
		link.className = 'brief-link';
		link.href = `${base}brief/`;
		document.querySelector('lazy-site-search')?.after(link);
	}
	if (link) link.innerHTML = `Brief <span class="brief-count">${keys.length}</span><span class="sr-only"> items</span>`;
	for (const b of document.querySelectorAll<HTMLElement>('.brief-add')) b.ariaPressed = String(keys.includes(keyOf(b.closest<HTMLElement>('[data-para],[data-brief]')!)));
}

for (const el of document.querySelectorAll<HTMLElement>('.sl-markdown-content [data-para][id], [data-brief]')) {
	const b = document.createElement('button');
	b.type = 'button';
	b.className = 'brief-add';
	b.ariaLabel = 'Add to brief';
	b.textContent = '+ Brief';
	// Beside a paragraph's own actions; elsewhere in a box of the same look.
	let box = el.querySelector(':scope > .para-actions');
	if (!box) {
		box = document.createElement('span');
		box.className = 'para-actions';
		(el.querySelector(':scope > figcaption, :scope > td:last-child, [data-brief-slot]') ?? el).append(box);
	}
	box.append(b);
}
paint();
addEventListener('storage', () => paint());
addEventListener('brief-change', (e) => paint((e as CustomEvent<string[]>).detail));
document.addEventListener('click', (e) => {
	const t = (e.target as HTMLElement).closest?.<HTMLElement>('.brief-add, [data-brief-all]');
	if (t) void load().then((m) => m.act(t));
});
for (const type of ['pointerover', 'focusin']) document.addEventListener(type, (e) => (e.target as HTMLElement).closest?.('.brief-add, [data-brief-all]') && void load());
