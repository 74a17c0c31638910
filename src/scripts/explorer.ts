/** Wires the explorer's form to the list: filter in place, update counts, keep the URL in sync. */
import { codeList, countOptions, describeFilters, exportFileName, matches, parseQuery, rankByText, type Facet, type FacetItem, type FilterState } from '../lib/search/facets';
import type { FilterIndex } from '../lib/search/filter-index';
import { filterIndexOf, showMatching, writeQuery } from './filtered-list';

type ExplorerItem = FacetItem & { code: string };

/**
 * Saves the recommendations the filters show, as CSV or JSON, named after the filters: the rows of
 * the site's own data file for each format, so the download holds exactly what `/data/` publishes.
 */
async function download(items: ExplorerItem[], file: string, state: FilterState, facets: Facet[], format: 'csv' | 'json') {
	const shown = items.filter((item) => matches(item, state));
	const text = await (await fetch(file)).text();
	let body: string;
	if (format === 'csv') {
		// The CSV reader comes with the download (it brings the data module's page formatting), not with the page.
		const { parseCsv, toCsv } = await import('../lib/content/data-export');
		const [header, ...rows] = parseCsv(text);
		const codes = new Set(shown.map((i) => i.code));
		const col = header!.indexOf('code');
		body = toCsv([header!, ...rows.filter((r) => codes.has(r[col]!))]);
	} else {
		const ids = new Set(shown.map((i) => i.id));
		body = `${JSON.stringify((JSON.parse(text) as Array<{ id: string }>).filter((r) => ids.has(r.id)), null, 2)}\n`;
	}
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8' }));
	a.download = exportFileName(state, facets, format);
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

export function initExplorer(): void {
	const form = document.querySelector<HTMLFormElement>('#explorer-filters');
	const status = document.getElementById('explorer-status');
	if (!form || !status) return;
	const index = filterIndexOf(form);
	const cards = new Map([...document.querySelectorAll<HTMLElement>('.rec-card')].map((el) => [el.dataset.id!, el]));
	const q = form.querySelector<HTMLInputElement>('#explorer-q')!;

	const readForm = (facets: Facet[]): FilterState => {
		const selected: Record<string, string[]> = {};
		for (const f of facets) {
			const chosen = [...form.querySelectorAll<HTMLInputElement>(`input[name="${f.key}"]:checked`)].map((i) => i.value);
			if (chosen.length) selected[f.key] = chosen;
		}
		return { q: q.value, selected };
	};

	const writeForm = (state: FilterState) => {
		q.value = state.q;
		for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			input.checked = (state.selected[input.name] ?? []).includes(input.value);
			// A restored choice inside folded facets must be visible: open every disclosure around it.
			for (let d = input.closest('details'); input.checked && d; d = d.parentElement?.closest('details') ?? null) d.open = true;
		}
	};

	/** Shows what the form selects, updates the counts and the address. */
	const apply = ({ facets, items }: FilterIndex) => {
		const state = readForm(facets);
		const shown = showMatching(items, cards, state);
		// The best matches of the words first, within each audience's list; without words, the report's order.
		const order = rankByText(items, state.q);
		for (const list of document.querySelectorAll<HTMLElement>('.rec-list')) {
			const inList = [...list.querySelectorAll<HTMLElement>(':scope > .rec-card')];
			const sorted = [...inList].sort((a, b) => order.indexOf(a.dataset.id!) - order.indexOf(b.dataset.id!));
			if (sorted.some((el, i) => el !== inList[i])) list.append(...sorted);
		}
		for (const group of document.querySelectorAll<HTMLElement>('.explorer-group')) {
			group.hidden = ![...group.querySelectorAll<HTMLElement>('.rec-card')].some((c) => !c.hidden);
		}
		const counts = countOptions(items, state, facets);
		for (const el of form.querySelectorAll<HTMLElement>('[data-count]')) {
			const [key, value] = el.dataset.count!.split('=');
			el.textContent = `(${counts[key!]?.[value!] ?? 0})`;
		}
		status.textContent = `${shown} of ${items.length} recommendations shown${state.q.trim() && !codeList(state.q) ? ', best match first' : ''}`;
		writeQuery(state, facets);
		const printView = document.querySelector<HTMLElement>('[data-print-view]');
		if (printView) printView.textContent = `This view: ${describeFilters(state, facets)}; ${shown} of ${items.length} recommendations. Address: ${location.href}`;
	};
	/** Says so when the index cannot be fetched: the list stays whole. */
	const failed = () => {
		status.textContent = 'The filters could not load their data; every recommendation is shown.';
	};
	/** Applies the form as it is once the index is here (each change in turn, so the last one wins). */
	const update = () => void index().then(apply, failed);

	form.hidden = false;
	if (location.search)
		void index().then((data) => {
			writeForm(parseQuery(location.search, data.facets));
			apply(data);
		}, failed);
	form.addEventListener('input', update);
	form.addEventListener('submit', (e) => e.preventDefault());
	for (const button of form.querySelectorAll<HTMLButtonElement>('[data-download]')) {
		const format = button.dataset.download as 'csv' | 'json';
		button.addEventListener('click', () =>
			void index().then(({ facets, items }) => download(items as ExplorerItem[], button.dataset.file!, readForm(facets), facets, format), failed),
		);
	}
	form.addEventListener('reset', () => setTimeout(update));
	// Started on intent (scripts/on-intent.ts): words typed or boxes ticked before the code arrived are applied now; else the index is fetched for the first change.
	if (!location.search) void (q.value || form.querySelector('input[type="checkbox"]:checked') ? update() : index().catch(() => undefined));
}
