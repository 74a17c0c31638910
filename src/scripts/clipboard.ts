/** Writing to the clipboard (plain text, and rich text when given), announced in the page's live region. */

const liveRegion = () => document.querySelector<HTMLElement>('.copy-status');

export async function write(plain: string, html: string | undefined, button: HTMLElement) {
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

/** The page's deployed address (its canonical URL), not wherever this copy is being read. */
export const canonical = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
