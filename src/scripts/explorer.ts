/** Wires the explorer's form to the list: filter in place, update counts, keep the URL in sync. */
import { countOptions, matches, parseQuery, toQuery, type Facet, type FacetItem, type FilterState } from '../lib/facets';

export function initExplorer(): void {
	const form = document.querySelector<HTMLFormElement>('#explorer-filters');
	const dataEl = document.getElementById('explorer-data');
	const status = document.getElementById('explorer-status');
	if (!form || !dataEl || !status) return;
	const { facets, items } = JSON.parse(dataEl.textContent ?? '{}') as { facets: Facet[]; items: FacetItem[] };
	const cards = new Map([...document.querySelectorAll<HTMLElement>('.rec-card')].map((el) => [el.dataset.id!, el]));
	const q = form.querySelector<HTMLInputElement>('#explorer-q')!;

	const readForm = (): FilterState => {
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
			// A restored choice inside the collapsed outlook facets must be visible.
			const details = input.closest('details');
			if (input.checked && details) details.open = true;
		}
	};

	const apply = (state: FilterState) => {
		let shown = 0;
		for (const item of items) {
			const visible = matches(item, state);
			cards.get(item.id)!.hidden = !visible;
			if (visible) shown++;
		}
		for (const group of document.querySelectorAll<HTMLElement>('.explorer-group')) {
			group.hidden = ![...group.querySelectorAll<HTMLElement>('.rec-card')].some((c) => !c.hidden);
		}
		const counts = countOptions(items, state, facets);
		for (const el of form.querySelectorAll<HTMLElement>('[data-count]')) {
			const [key, value] = el.dataset.count!.split('=');
			el.textContent = `(${counts[key!]?.[value!] ?? 0})`;
		}
		status.textContent = `${shown} of ${items.length} recommendations shown`;
		const query = toQuery(state, facets);
		history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
	};

	form.hidden = false;
	writeForm(parseQuery(location.search, facets));
	apply(readForm());
	form.addEventListener('input', () => apply(readForm()));
	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('reset', () => setTimeout(() => apply(readForm())));
}
