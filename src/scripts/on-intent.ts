/**
 * Starts a list's filters when they are wanted, not with the page (the explorer's and the /since/
 * timeline's code is 2-2.5 KB compressed; a page's first load must stay under 30 KB): at once when the
 * address already holds a filter (`?…`), else on the reader's first sign of intent in the form
 * (pointer over it, focus or touch in it, or a change made before any of these). The start function
 * applies the form as it is then, so a choice made while the code was on its way is not lost.
 */
export function startOnIntent(form: HTMLElement | null, start: () => Promise<void>): void {
	if (!form) return;
	let started = false;
	const go = () => {
		if (started) return;
		started = true;
		void start();
	};
	if (location.search) return go();
	for (const type of ['pointerenter', 'focusin', 'touchstart', 'input', 'change']) form.addEventListener(type, go, { once: true, passive: true });
}
