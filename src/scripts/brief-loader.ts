/**
 * "Add to brief", before first use: a button beside every item (`lib/brief/item-dom.ts`), and
 * nothing else until the reader shows intent or already has a brief. Capturing, storing, the undo,
 * the header count and the buttons' pressed state are `brief-add.ts`, fetched on a click, when a
 * brief is already kept, or when another tab changes it. Kept tiny: it is on every page.
 */
let add: Promise<typeof import('./brief-add')> | undefined;
const load = () => (add ??= import('./brief-add'));
const paint = () => void load().then((m) => m.paint());

// ITEM_SELECTOR of lib/brief/item-dom.ts, written out (importing it would bring that module into every
// page), and the rows that name an item on another page (`data-brief-ref`: a panel's developments).
for (const el of document.querySelectorAll<HTMLElement>('.sl-markdown-content [data-para][id], [data-brief], article[data-development], [data-brief-ref]')) {
	// No type: outside a form a button submits nothing.
	const b = document.createElement('button');
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
	// Where the paragraph's actions are one roving tab stop (scripts/copy.ts), this button follows them.
	const sibling = box.querySelector('button');
	if (sibling) b.tabIndex = sibling.tabIndex;
	box.append(b);
}
try {
	if (localStorage.brief) paint();
} catch {
	/* no storage: nothing kept to show */
}
addEventListener('storage', (e) => e.key === 'brief' && paint());
document.addEventListener('click', (e) => {
	const t = (e.target as HTMLElement).closest?.<HTMLElement>('.brief-add, [data-brief-all]');
	if (t) void load().then((m) => m.act(t));
});
