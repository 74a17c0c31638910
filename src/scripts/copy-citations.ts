/**
 * What the copy buttons do with citations, fetched on intent by `copy.ts` (a citation's copy button
 * pointed at or focused, a style opened, the block in view, printing), not with every page: the cite
 * block's input with today's access date, the block refreshed with that date, one part of a citation
 * copied, and "cite this passage". The formatter (`lib/citation/citation.ts`) comes with it.
 */
import { cite, citationHtml, citationText, type CitationStyle, type CiteInput } from '../lib/citation/citation';
import { parsePagesAttribute } from '../lib/report/paragraph-pages';
import { passageCitation } from '../lib/citation/passage-citation';
import { STYLE_KEY, rememberedStyle } from '../lib/citation/cite-style';
import { canonical, write } from './clipboard';

const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The cite block's input, with today's date as the access date. */
function citeInput(): CiteInput | undefined {
	const json = document.querySelector<HTMLElement>('[data-cite]')?.dataset.cite;
	return json ? { ...(JSON.parse(json) as Omit<CiteInput, 'accessed'>), accessed: today() } : undefined;
}

/** Shows today's access date in the block (the build wrote its own date). */
export function refreshCitations() {
	const input = citeInput();
	if (!input) return;
	for (const details of document.querySelectorAll<HTMLElement>('.cite-style[data-style]')) {
		const parts = cite(details.dataset.style as CitationStyle, input);
		for (const el of details.querySelectorAll<HTMLElement>('[data-part]')) {
			const part = parts[Number(el.dataset.part)];
			if (!part) continue;
			if (el.tagName === 'PRE') el.textContent = part.text;
			else el.innerHTML = citationHtml(part.text);
		}
	}
}

export function copyPart(spec: string, button: HTMLElement) {
	const input = citeInput();
	const [style, index] = spec.split(':');
	const part = input && cite(style as CitationStyle, input)[Number(index)];
	if (!part) return;
	const plain = citationText(part.text);
	const rich = style === 'bibtex' || style === 'biblatex' || style === 'ris' ? undefined : citationHtml(part.text);
	void write(plain, rich, button);
}

/**
 * "Cite this passage": the paragraph's URL, the report pages of the passage it restates (its
 * `data-pages`), and the records in the citation style the reader last chose (`lib/citation/passage-citation.ts`).
 */
export function citePassage(id: string, button: HTMLElement) {
	const input = citeInput();
	if (!input) return;
	const url = new URL(`#${id}`, canonical()).href;
	const para = document.getElementById(id);
	const lines = passageCitation(rememberedStyle(localStorage.getItem(STYLE_KEY)), input, url, parsePagesAttribute(para?.dataset.pages));
	const html = lines.map((l) => (l ? `<p>${citationHtml(l)}</p>` : '')).join('');
	void write(citationText(lines.join('\n')), html, button);
}
