/** Wires the /since/ page's filters (theme, scenario, factor, actor, recommendation) to the timeline: narrow in place, keep the URL in sync. */
import { parseQuery, type FilterState } from '../lib/search/facets';
import type { FilterIndex } from '../lib/search/filter-index';
import { filterIndexOf, showMatching, writeQuery } from './filtered-list';
import { developmentAnchor } from '../lib/urls/urls';

export function initSinceFilters(): void {
	const form = document.querySelector<HTMLFormElement>('#since-filters');
	const status = document.getElementById('since-status');
	if (!form || !status) return;
	const index = filterIndexOf(form);
	// Each entry's element id is its development's anchor (`dev-<id>`).
	const prefix = developmentAnchor('').length;
	const entries = new Map([...document.querySelectorAll<HTMLElement>('.development-entry')].map((el) => [el.id.slice(prefix), el]));
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

	const readForm = (): FilterState => ({
		q: '',
		selected: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]])),
	});
	const apply = ({ facets, items }: FilterIndex) => {
		const state = readForm();
		const shown = showMatching(items, entries, state);
		status.textContent = shown === items.length ? `${items.length} developments` : `${shown} of ${items.length} developments shown`;
		writeQuery(state, facets);
	};
	/** Says so when the index cannot be fetched: the list stays whole. */
	const failed = () => {
		status.textContent = 'The filters could not load their data; every development is shown.';
	};
	/** Applies the form as it is once the index is here (each change in turn, so the last one wins). */
	const update = () => void index().then(apply, failed);

	form.hidden = false;
	if (location.search)
		void index().then((data) => {
			const initial = parseQuery(location.search, data.facets);
			for (const s of selects) s.value = initial.selected[s.name]?.[0] ?? '';
			apply(data);
		}, failed);
	form.addEventListener('change', update);
	form.addEventListener('submit', (e) => e.preventDefault());
	// Started on intent (scripts/on-intent.ts): a choice made before the code arrived is applied now; else the index is fetched for the first one.
	if (!location.search) void (selects.some((s) => s.value) ? update() : index().catch(() => undefined));
	form.addEventListener('reset', () => {
		for (const s of selects) s.value = '';
		update();
	});
}
