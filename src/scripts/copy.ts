/**
 * Copy buttons: any `[data-copy]` button copies its text; every content heading gets a button
 * that copies its permalink. One delegated listener, announced through a live region.
 */
const liveRegion = () => document.querySelector<HTMLElement>('.copy-status');

async function copy(text: string, button: HTMLElement) {
	try {
		await navigator.clipboard.writeText(text);
		button.dataset.copied = '';
		const s = liveRegion();
		if (s) s.textContent = 'Copied to the clipboard.';
		setTimeout(() => delete button.dataset.copied, 1500);
	} catch {
		const s = liveRegion();
		if (s) s.textContent = 'Copying is not allowed here; select the text instead.';
	}
}

function addHeadingButtons() {
	for (const wrapper of document.querySelectorAll<HTMLElement>('.sl-markdown-content .sl-heading-wrapper')) {
		const heading = wrapper.querySelector<HTMLElement>('h2[id], h3[id], h4[id]');
		if (!heading || wrapper.querySelector('.copy-heading-link')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-heading-link';
		button.dataset.copy = new URL(`#${heading.id}`, location.href).href;
		button.setAttribute('aria-label', `Copy link to section “${heading.textContent?.trim()}”`);
		button.innerHTML =
			'<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16"><path fill="currentColor" d="M10.6 13.4a1 1 0 0 1 0-1.4l3-3a1 1 0 1 1 1.4 1.4l-3 3a1 1 0 0 1-1.4 0Zm-2.8 5.7a4 4 0 0 1-2.9-6.8l2-2a1 1 0 0 1 1.5 1.4l-2 2a2 2 0 0 0 2.8 2.8l2-2a1 1 0 0 1 1.4 1.4l-2 2a4 4 0 0 1-2.8 1.2Zm8-6.3a1 1 0 0 1-.7-1.7l2-2a2 2 0 0 0-2.8-2.8l-2 2a1 1 0 1 1-1.4-1.4l2-2a4 4 0 0 1 5.6 5.6l-2 2a1 1 0 0 1-.7.3Z"/></svg>';
		wrapper.append(button);
	}
}

addHeadingButtons();
document.addEventListener('click', (e) => {
	const button = (e.target as HTMLElement).closest<HTMLElement>('[data-copy]');
	if (button) void copy(button.dataset.copy!, button);
});
