import { describe, expect, it } from 'vitest';
import { assemble, briefBibtex, briefCsl, briefRis, pagesCited } from './assemble';
import { briefMarkdown } from './render';
import { makeItem, type Brief } from './schema';
import type { BriefIndex } from './index-read';
import { fingerprint } from './fingerprint';
import { REPORT } from '../report/report';

const site = 'https://example.org';
const passage = makeItem('/themes/t/#p-one', 'passage', 'The edition’s words on trade.');
const passage2 = makeItem('/themes/t/#p-two', 'passage', 'More words.');
const dev = makeItem('/since/2022-x/', 'development', 'Something happened.');
const gone = { ...makeItem('/themes/t/#p-gone', 'passage', 'Old words.'), note: 'still mine' };
const index: BriefIndex = {
	v: 1,
	revised: '2026-12-07',
	edition: { siteName: 'Afghanistan-Pakistan Ties: An Online Edition', author: 'Afghanistan-Pakistan Ties editors' },
	pages: {
		'/themes/t/': { pageTitle: 'Trade and connectivity', code: 'T5', url: `${site}/themes/t/`, pages: { from: 6, to: 14 }, modified: '2026-11-27', key: 'apties-themes-t' },
		'/since/2022-x/': { pageTitle: 'A thing happened', url: `${site}/since/2022-x/`, modified: '2026-12-01', key: 'apties-since-2022-x' },
	},
	fp: { '/themes/t/': { 'p-one': passage.fp, 'p-two': passage2.fp }, '/since/2022-x/': { '': fingerprint('Something happened.') } },
	moved: {},
	sources: { '/since/2022-x/': [{ outlet: 'Reuters', title: 'A thing', date: '2022-03-04', url: 'https://reuters.example/a' }] },
};
const brief = (style: Brief['style']): Brief => ({ v: 2, title: 'T', style, items: [passage, passage2, dev, gone] });

describe('assembling a brief', () => {
	it('Chicago notes: a note an item, the report as summarized in the page with the paragraph URL; developments cite their sources', () => {
		const a = assemble(brief('chicago'), index, '2026-12-07');
		expect(a.notes).toBe(true);
		expect(a.items[0]!.citation).toContain('Threlkeld and Grace Easterly');
		expect(a.items[0]!.citation).toContain('6–14, summarized in');
		expect(a.items[0]!.citation).toContain(`${site}/themes/t/#p-one`);
		expect(a.items[2]!.citation).toMatch(/^Afghanistan-Pakistan Ties editors, “A Thing Happened,”/);
		expect(a.items[2]!.citation).toContain('Reuters. “A thing.” March 4, 2022. https://reuters.example/a.');
		expect(a.items[3]!.state).toEqual({ state: 'missing' });
		expect(a.items[3]!.citation).toBeUndefined();
	});
	it('lists the report once with the pages cited, each edition page once, and each source', () => {
		const a = assemble(brief('chicago'), index, '2026-12-07');
		const texts = a.bibliography.map((b) => b.text);
		expect(texts.filter((t) => t.includes(REPORT.title))).toHaveLength(1);
		expect(texts.find((t) => t.includes(REPORT.title))).toContain('This brief cites pp. 6–14.');
		expect(texts.filter((t) => t.includes('Trade and Connectivity'))).toHaveLength(1);
		expect(a.bibliography.map((b) => b.url)).toEqual(expect.arrayContaining([REPORT.url, `${site}/themes/t/`, `${site}/since/2022-x/`, 'https://reuters.example/a']));
	});
	it('author-date styles cite in the text', () => {
		expect(assemble(brief('chicago-ad'), index, '2026-12-07').items[0]!.citation).toBe('(Threlkeld and Easterly 2021, 6–14; summarized in Afghanistan-Pakistan Ties editors 2026)');
		expect(assemble(brief('apa'), index, '2026-12-07').items[0]!.citation).toBe('(Threlkeld & Easterly, 2021, as cited in Afghanistan-Pakistan Ties editors, 2026)');
		expect(assemble(brief('mla'), index, '2026-12-07').bibliographyTitle).toBe('Works Cited');
	});
	it('merges the pages cited', () => {
		expect(pagesCited([{ from: 24, to: 30 }, { from: 6, to: 14 }, { from: 24, to: 30 }, { from: 30 }])).toBe('6–14, 24–30, 30ff.');
	});
	it('writes Markdown with footnotes, notes and the revision date', () => {
		const md = briefMarkdown(assemble(brief('chicago'), index, '2026-12-07'));
		expect(md).toContain('[^1]: Elizabeth Threlkeld');
		expect(md).toContain('**Note:** still mine');
		expect(md).toContain('against the edition as revised 2026-12-07');
		expect(md).toContain('No longer published');
	});
	it('gives the references as BibTeX, RIS and CSL-JSON: the report once, each page once', () => {
		const a = assemble(brief('chicago'), index, '2026-12-07');
		const bib = briefBibtex(a, index);
		expect(bib.match(/@techreport\{/g)).toHaveLength(1);
		expect(bib.match(/@misc\{/g)).toHaveLength(2);
		expect(briefRis(a, index).match(/TY {2}- RPRT/g)).toHaveLength(1);
		const csl = briefCsl(a, index) as Array<{ type: string }>;
		expect(csl.map((c) => c.type)).toEqual(['report', 'webpage', 'webpage']);
	});
});
