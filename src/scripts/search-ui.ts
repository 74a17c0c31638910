/**
 * The search dialog's contents, loaded when the reader shows intent (see `overrides/Search.astro`):
 * Pagefind's engine and UI fetched in parallel, the query prepared by `lib/search/search-query.ts` (codes
 * however typed, words no page uses left out), "Did you mean" and the nearest subject of a term the
 * report does not use, and results that land on their best-matching anchor. A result's title (code,
 * title, kind) is the one the page gave Pagefind (`components/SearchFilters.astro`).
 */
// Pagefind UI's styles and Starlight's for its results, moved out of every page by
// `integrations/search-dialog-css.ts`: compiled CSS that arrives with this module.
import dialogCss from 'virtual:search-dialog.css?inline';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { withBase } from '../lib/urls/urls';
import { PAGEFIND_BUNDLE_PATH, PAGEFIND_ENGINE_PATH } from '../lib/search/search-markup';
import { bestSubResults, landingUrl, prepareQuery, type PreparedQuery, type SearchContext } from '../lib/search/search-query';

/** Milliseconds Pagefind's UI waits after a keystroke before searching (its default is 300). */
const PAGEFIND_DEBOUNCE_MS = 20;

interface SearchResult {
	url: string;
	sub_results: Array<{ url: string; weighted_locations?: Array<{ balanced_score: number }> }>;
}

/** The part of Pagefind's module that starts the engine. */
interface PagefindModule {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, unknown>>;
}

/** The part of Pagefind's UI we call after mounting it. */
interface PagefindUIInstance {
	triggerFilters: (filters: Record<string, string[]>) => void;
}

/** The filters the reader has ticked in the UI's panel, in the form `triggerFilters` takes. */
function tickedFilters(root: HTMLElement): Record<string, string[]> {
	const ticked: Record<string, string[]> = {};
	for (const box of root.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')) (ticked[box.name] ??= []).push(box.value);
	return ticked;
}

/** The filter groups the UI's panel in `root` shows (none before a query's results have come). */
function filterGroupsShown(root: HTMLElement): Set<string> {
	return new Set([...root.querySelectorAll('.pagefind-ui__filter-name')].map((el) => el.textContent?.trim().toLowerCase() ?? ''));
}

/** The site's search options (`lib/search/search-config.mjs`, through Starlight): the ranking for the engine, given before it starts; the UI gets the rest. */
const { ranking, ...uiOptions } = pagefindUserConfig;
const ENGINE_OPTIONS = { ranking };

const base = import.meta.env.BASE_URL;
const href = (path: string) => withBase(path, base);
const bundlePath = href(PAGEFIND_BUNDLE_PATH);

/** Shows "Did you mean" and the nearest subject under the results, or nothing. */
function showHint(hint: HTMLElement, input: HTMLInputElement | null, prepared: PreparedQuery) {
	// Pagefind prepares the same query more than once (again when the vocabulary arrives): redraw only
	// when the hint changes, so a "Did you mean" button is never replaced while the reader clicks it.
	const key = JSON.stringify([prepared.nearest?.form, prepared.unknown, prepared.suggestions]);
	if (hint.dataset.key === key) return;
	hint.dataset.key = key;
	hint.replaceChildren();
	const line = (...parts: Array<string | Node>) => {
		const p = document.createElement('p');
		p.append(...parts);
		hint.append(p);
	};
	if (prepared.nearest) {
		const a = document.createElement('a');
		a.href = href(prepared.nearest.href);
		a.textContent = prepared.nearest.label;
		line(`The report does not name “${prepared.nearest.form}”. Nearest subject: `, a, '.');
	}
	if (prepared.unknown.length) {
		line(`No page uses ${prepared.unknown.map((w) => `“${w}”`).join(', ')}.`);
		if (prepared.suggestions.length && input) {
			const buttons = prepared.suggestions.map((word, i) => {
				const b = document.createElement('button');
				b.type = 'button';
				b.textContent = word;
				b.addEventListener('click', () => {
					const wrong = prepared.unknown[0]!;
					input.value = input.value.replace(wrong, word);
					input.dispatchEvent(new Event('input', { bubbles: true }));
					input.focus();
				});
				return i ? [' or ', b] : [b];
			});
			line('Did you mean ', ...buttons.flat(), '?');
		}
	}
	hint.hidden = !hint.childElementCount;
}

/**
 * "Add these results to your brief", below the results while there are any: `scripts/brief-add.ts`
 * fetches each result's page and adds what it lands on.
 */
function offerBriefAll(root: HTMLElement) {
	const results = root.querySelector<HTMLElement>('#starlight__search');
	if (!results) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'brief-all';
	button.dataset.briefAll = '#starlight__search';
	button.dataset.briefLinks = '.pagefind-ui__result-link';
	button.textContent = 'Add these results to your brief';
	button.hidden = true;
	(root.querySelector('.search-hint') ?? results).after(button);
	new MutationObserver(() => {
		button.hidden = !results.querySelector('.pagefind-ui__result-link');
	}).observe(results, { childList: true, subtree: true });
}

/** Mounts Pagefind's UI in the dialog of `root` (our `<lazy-site-search>`), with the site's query preparation. */
export async function mountSearch(root: HTMLElement, dialog: HTMLDialogElement): Promise<void> {
	// The dialog's styles (Pagefind UI's and Starlight's for the results), before the UI draws anything.
	// A constructed stylesheet, not a <style> element: the Content-Security-Policy allows only the
	// inline styles the page was built with (by hash), and the CSS object model is not inline markup.
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(dialogCss);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	// The engine (and its WASM and index entry) starts loading now, alongside the UI below; the UI
	// imports the same module URL, so both share one engine. Its filter chunks too, which the filter
	// panel needs (see the end of this function): loading them here, while the UI is still being
	// fetched, takes them off the first query's path (bench: first query median 558 -> 444 ms).
	// Its options (the ranking) are given before it starts, so that it starts with them: Pagefind
	// applies options given later only once it is ready, checking every 50 ms, and the UI waits for
	// that before its first search; the UI is given none of them (`uiOptions`). With the engine's
	// module requested by the page's script at intent (`overrides/Search.astro`), beside this code:
	// first query median 209-217 -> 126-147 ms (bench sessions, alternating A/B runs).
	const allFilters = import(/* @vite-ignore */ href(PAGEFIND_ENGINE_PATH))
		.then(async (pagefind: PagefindModule) => {
			await pagefind.options(ENGINE_OPTIONS);
			await pagefind.init();
			return pagefind.filters();
		})
		.catch(() => undefined);
	let ui: PagefindUIInstance | undefined;
	// Runs the query on screen again, with the filters ticked. (An input event would not: the UI only
	// searches when the query changes; a new filter selection, even the same one, makes it search.)
	const searchAgain = () => {
		if (ui && root.querySelector('input')?.value) ui.triggerFilters(tickedFilters(root));
	};
	const hint = root.querySelector<HTMLElement>('.search-hint');
	let context: SearchContext | undefined;
	// The site's words and codes: when they arrive, a query typed meanwhile is prepared again.
	void fetch(href('/search-vocabulary.json'))
		.then((r) => (r.ok ? r.json() : undefined))
		.then((c: SearchContext | undefined) => {
			context = c;
			if (c) searchAgain();
		})
		.catch(() => undefined);

	let translations = {};
	try {
		translations = JSON.parse(root.dataset.translations || '{}');
	} catch {}
	const shouldStrip = root.dataset.stripTrailingSlash !== undefined;
	const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

	// @ts-expect-error — Missing types for @pagefind/default-ui package.
	const { PagefindUI } = await import('@pagefind/default-ui');
	ui = new PagefindUI({
		...uiOptions,
		element: '#starlight__search',
		baseUrl: base,
		bundlePath,
		showImages: false,
		translations,
		showSubResults: true,
		debounceTimeoutMs: PAGEFIND_DEBOUNCE_MS,
		processTerm: (term: string) => {
			const prepared = prepareQuery(term, context);
			if (hint) showHint(hint, root.querySelector('input'), prepared);
			return prepared.query;
		},
		processResult: (result: SearchResult) => {
			result.sub_results = bestSubResults(result.sub_results);
			result.url = formatURL(landingUrl(result));
			result.sub_results = result.sub_results.map((sub_result) => {
				sub_result.url = formatURL(sub_result.url);
				return sub_result;
			});
		},
	});
	offerBriefAll(root);
	// Pagefind's UI loads its index entry and filters when its input gets focus: on intent that
	// happens now, so the first query only waits for its own index chunk.
	const input = root.querySelector('input');
	if (dialog.open) input?.focus();
	else input?.dispatchEvent(new FocusEvent('focus'));
	// The UI's filter panel shows the groups of each query's results, and the engine counts only the
	// filter chunks it had loaded when it answered: a first query answered before every chunk was in
	// would leave groups out of the panel until the next query. Once every filter is in, the first
	// panel drawn (now, or when a query still running is answered) is checked, and if it lacks a
	// group the query is run once more. A panel drawn after that counts every filter.
	void allFilters.then((all) => {
		if (!all) return;
		const checkPanel = () => {
			const shown = filterGroupsShown(root);
			if (!shown.size) return false;
			if (Object.keys(all).some((name) => !shown.has(name.toLowerCase()))) searchAgain();
			return true;
		};
		if (checkPanel()) return;
		const watch = new MutationObserver(() => {
			if (checkPanel()) watch.disconnect();
		});
		watch.observe(root, { childList: true, subtree: true });
	});
}
