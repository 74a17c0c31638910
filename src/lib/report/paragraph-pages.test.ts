import { describe, expect, it } from 'vitest';
import { pagesAttribute, paragraphPages, parsePagesAttribute, scopesOf, type PassageScope } from './paragraph-pages';
import { reportLines } from './passage-pages';

// A report of 400 lines whose pages follow the real page table: lines 289-351 are p. 6, 352-390 p. 7, 391+ p. 8.
const raw = Array.from({ length: 400 }, (_, i) => {
	const line = i + 1;
	if (line === 300) return 'Zulfiqar Bhutto met Daoud Khan in Kabul in 1976 about the Durand frontier.';
	if (line === 360) return 'The Tahafuz movement and Khyber Pakhtunkhwa protests over Balochistan.';
	if (line === 395) return 'Interviewees weary of conflict see an opening for dialogue on sovereignty.';
	return '';
}).join('\n');
const report = reportLines(raw);
const scope: PassageScope = { lines: [[289, 400]], pages: { from: 6, to: 8 } };

describe('paragraphPages', () => {
	it('places each paragraph on the page of the passage it shares words with', () => {
		const pages = paragraphPages(report, [
			{ text: 'In 1976 Bhutto and Daoud nearly settled the Durand question; Kissinger heard of it in Kabul.', scope },
			{ text: 'Kabul spoke up for the Tahafuz movement of Khyber Pakhtunkhwa and Balochistan.', scope },
			{ text: 'Weary of conflict, interviewees see an opening for dialogue.', scope },
		]);
		expect(pages).toEqual([{ from: 6, to: 6 }, { from: 7, to: 7 }, { from: 8, to: 8 }]);
	});
	it('gives a paragraph too short to match a placed neighbour’s pages: a lead-in the next one’s, any other the previous one’s', () => {
		const pages = paragraphPages(report, [
			{ text: 'In 1976 Bhutto and Daoud nearly settled the Durand question in Kabul.', scope },
			{ text: 'It did not last.', scope },
			{ text: 'Two things followed:', scope },
			{ text: 'Kabul spoke up for the Tahafuz movement of Khyber Pakhtunkhwa and Balochistan.', scope },
		]);
		expect(pages.slice(1, 3)).toEqual([{ from: 6, to: 6 }, { from: 7, to: 7 }]);
		expect(paragraphPages(report, [{ text: 'First of all:', scope }, { text: 'Kabul spoke up for the Tahafuz movement of Khyber Pakhtunkhwa.', scope }])[0]).toEqual({ from: 7, to: 7 });
		expect(paragraphPages(report, [{ text: 'In short.', scope }, { text: 'Kabul spoke up for the Tahafuz movement of Khyber Pakhtunkhwa.', scope }])[0]).toEqual({ from: 7, to: 7 });
	});
	it('gives the pages of its scope’s own section (its first lines) where nothing in the scope is placed, or where the report’s text is absent', () => {
		expect(paragraphPages(report, [{ text: 'Nothing here.', scope }])).toEqual([{ from: 6, to: 8 }]);
		expect(paragraphPages(undefined, [{ text: 'In 1976 Bhutto and Daoud met in Kabul.', scope }])).toEqual([{ from: 6, to: 8 }]);
		// An era: its paragraph of the sidebar (pp. 4-5) first, then the chapters' history it restates.
		const era: PassageScope = { lines: [[164, 183], [289, 400]], pages: { from: 4, to: 8 } };
		expect(paragraphPages(report, [{ text: 'The sidebar tells it briefly.', scope: era }])).toEqual([{ from: 4, to: 5 }]);
	});
	it('never borrows pages across scopes, and gives none without a scope', () => {
		const other: PassageScope = { lines: [[391, 400]], pages: { from: 8, to: 8 } };
		const pages = paragraphPages(report, [
			{ text: 'In 1976 Bhutto and Daoud nearly settled the Durand question in Kabul.', scope },
			{ text: 'Two things followed:', scope: other },
			{ text: 'No scope at all.', scope: undefined },
		]);
		expect(pages.slice(1)).toEqual([{ from: 8, to: 8 }, undefined]);
	});
});

describe('the data-pages attribute', () => {
	it('writes one page or two and reads them back', () => {
		expect(pagesAttribute({ from: 7, to: 7 })).toBe('7');
		expect(pagesAttribute({ from: 25, to: 26 })).toBe('25-26');
		expect(parsePagesAttribute('25-26')).toEqual({ from: 25, to: 26 });
		expect(parsePagesAttribute('7')).toEqual({ from: 7, to: 7 });
		expect(parsePagesAttribute(undefined)).toBeUndefined();
		expect(parsePagesAttribute('pp. 7')).toBeUndefined();
	});
});

describe('scopesOf', () => {
	it('reads an entry’s lines and pages and each sub-measure’s', () => {
		const s = scopesOf({ lines: [[1703, 1770]], pages: { from: 27, to: 27 }, measures: [{ id: 'trade', lines: [[1715, 1728]], pages: { from: 27, to: 27 } }, { id: 'none' }] });
		expect(s.entry).toEqual({ lines: [[1703, 1770]], pages: { from: 27, to: 27 } });
		expect([...s.measures.keys()]).toEqual(['trade']);
		expect(scopesOf({ title: 'About' }).entry).toBeUndefined();
	});
});
