/** Wires the /since/ page's theme and actor filters to the timeline: narrow in place, keep the URL in sync. */
import { parseQuery, type Facet, type FacetItem, type FilterState } from '../lib/facets';
import { showMatching, writeQuery } from './filtered-list';

export function initSinceFilters(): void {
	const form = document.querySelector<HTMLFormElement>('#since-filters');
	const dataEl = document.getElementById('since-data');
	const status = document.getElementById('since-status');
	if (!form || !dataEl || !status) return;
	const { facets, items } = JSON.parse(dataEl.textContent ?? '{}') as { facets: Facet[]; items: FacetItem[] };
	const entries = new Map([...document.querySelectorAll<HTMLElement>('.development-entry')].map((el) => [el.dataset.id!, el]));
	const selects = facets.map((f) => form.querySelector<HTMLSelectElement>(`select[name="${f.key}"]`)!);

	const readForm = (): FilterState => ({
		q: '',
		selected: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]])),
	});
	const apply = (state: FilterState) => {
		const shown = showMatching(items, entries, state);
		status.textContent = shown === items.length ? `${items.length} developments` : `${shown} of ${items.length} developments shown`;
		writeQuery(state, facets);
	};

	const initial = parseQuery(location.search, facets);
	for (const s of selects) s.value = initial.selected[s.name]?.[0] ?? '';
	form.hidden = false;
	apply(readForm());
	form.addEventListener('change', () => apply(readForm()));
	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('reset', () => {
		for (const s of selects) s.value = '';
		apply(readForm());
	});
}
