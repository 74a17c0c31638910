/** Wires the explorer's form to the list: filter in place, update counts, keep the URL in sync. */
import { countOptions, exportFileName, matches, parseQuery, toQuery, type Facet, type FacetItem, type FilterState } from '../lib/facets';
import { toCsv } from '../lib/data-export';

interface Table {
	header: string[];
	rows: Record<string, string[]>;
}

/** Saves the recommendations the filters show, as CSV or JSON, named after the filters. */
function download(items: FacetItem[], table: Table, state: FilterState, facets: Facet[], format: 'csv' | 'json') {
	const rows = items.filter((item) => matches(item, state)).map((item) => table.rows[item.id]!);
	const body =
		format === 'csv'
			? toCsv([table.header, ...rows])
			: `${JSON.stringify(rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r[i]]))), null, 2)}\n`;
	const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([body], { type }));
	a.download = exportFileName(state, facets, format);
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

export function initExplorer(): void {
	const form = document.querySelector<HTMLFormElement>('#explorer-filters');
	const dataEl = document.getElementById('explorer-data');
	const status = document.getElementById('explorer-status');
	if (!form || !dataEl || !status) return;
	const { facets, items, table } = JSON.parse(dataEl.textContent ?? '{}') as { facets: Facet[]; items: FacetItem[]; table: Table };
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
			// A restored choice inside folded facets must be visible: open every disclosure around it.
			for (let d = input.closest('details'); input.checked && d; d = d.parentElement?.closest('details') ?? null) d.open = true;
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
	for (const button of form.querySelectorAll<HTMLButtonElement>('[data-download]')) {
		button.addEventListener('click', () => download(items, table, readForm(), facets, button.dataset.download as 'csv' | 'json'));
	}
	form.addEventListener('reset', () => setTimeout(() => apply(readForm())));
}
