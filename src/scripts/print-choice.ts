/**
 * "Print the report's part only": marks the page so the print stylesheet leaves out everything the
 * edition adds after the report (the since panel, editorial notes), prints, and unmarks it after.
 */
export const PRINT_ATTRIBUTE = 'data-print';

export function initPrintChoice(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-report-only]')) {
		if (button.dataset.ready) continue;
		button.dataset.ready = '';
		button.addEventListener('click', () => {
			const root = document.documentElement;
			root.setAttribute(PRINT_ATTRIBUTE, 'report');
			addEventListener('afterprint', () => root.removeAttribute(PRINT_ATTRIBUTE), { once: true });
			window.print();
		});
	}
}
