import { describe, expect, it } from 'vitest';
import {
	apa,
	biblatex,
	biblatexPage,
	biblatexReport,
	bibtex,
	bibtexPage,
	bibtexReport,
	chicago,
	cite,
	citationHtml,
	citationText,
	mla,
	pinpoint,
	protectCapitals,
	ris,
	risPage,
	risReport,
	sentenceCase,
	titleCase,
	type CiteInput,
} from './citation';

const USIP = 'https://usip.org/publications/2021/08/afghanistan-pakistan-ties-and-future-stability-afghanistan';
const edition = { siteName: 'Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175', author: 'Afghanistan-Pakistan Ties editors' };
const page: CiteInput = {
	pageTitle: 'Security interests',
	code: 'T2',
	url: 'https://example.org/themes/security-interests/',
	pages: { from: 6, to: 14 },
	modified: '2026-11-20',
	accessed: '2026-11-27',
	key: 'apties-themes-security-interests',
	edition,
	restatesReport: true,
};
/** A page whose last change is unknown: the styles' forms for undated web pages. */
const undated: CiteInput = { ...page, modified: undefined };
/** A page of the edition's own matter (a development, the change log): no report record. */
const own: CiteInput = { ...page, pageTitle: 'Changes to this edition', code: undefined, pages: undefined, url: 'https://example.org/changes/', key: 'apties-changes', restatesReport: false };
/** A page record in a bulk file: no access date. */
const bulk: CiteInput = { ...page, accessed: undefined };
const text = (parts: Array<{ text: string }>) => parts.map((p) => p.text);

describe('titleCase (Chicago 18, 8.160-161; MLA headline style)', () => {
	it('capitalises major words, not short function words, except first and last', () => {
		expect(titleCase('hold direct track 1 discussions')).toBe('Hold Direct Track 1 Discussions');
		expect(titleCase('encourage engagement without encroaching')).toBe('Encourage Engagement without Encroaching');
		expect(titleCase('about the report and this edition')).toBe('About the Report and This Edition');
	});
	it('capitalises each element of a hyphenated compound but articles, prepositions and conjunctions', () => {
		expect(titleCase('cross-border ties')).toBe('Cross-Border Ties');
		expect(titleCase('build momentum through confidence-building measures')).toBe('Build Momentum through Confidence-Building Measures');
		expect(titleCase('regularize military-to-military engagement')).toBe('Regularize Military-to-Military Engagement');
		expect(titleCase('Afghanistan-Pakistan ties')).toBe('Afghanistan-Pakistan Ties');
	});
	it('keeps the particles of names in lower case', () => {
		expect(titleCase('Jaish-e-Mohammed and Lashkar-e-Taiba')).toBe('Jaish-e-Mohammed and Lashkar-e-Taiba');
		expect(titleCase('Hezb-e Islami')).toBe('Hezb-e Islami');
	});
});

describe('sentenceCase (APA 7, 6.17)', () => {
	it('lowercases all but the first word and proper nouns', () => {
		expect(sentenceCase('Afghanistan-Pakistan Ties and Future Stability in Afghanistan')).toBe('Afghanistan-Pakistan ties and future stability in Afghanistan');
	});
});

describe('pinpoint: exact pages, never "ff."', () => {
	it('gives a range, a single page, and closes a range open to the end of the text at the report’s last page', () => {
		expect(pinpoint({ from: 6, to: 14 })).toBe('6–14');
		expect(pinpoint({ from: 30, to: 30 })).toBe('30');
		expect(pinpoint({ from: 30 })).toBe('30–32');
	});
	it('no style writes "ff."', () => {
		const open = { ...page, pages: { from: 30 } };
		for (const style of ['chicago', 'apa', 'mla', 'bibtex', 'biblatex', 'ris'] as const) expect(text(cite(style, open)).join('\n'), style).not.toContain('ff.');
		expect(text(apa(open))[2]).toBe('(Threlkeld & Easterly, 2021, pp. 30–32)');
		expect(text(mla(open))[2]).toBe('(Threlkeld and Easterly 30–32)');
	});
});

describe('Chicago 18 notes-bibliography', () => {
	it('gives a note citing the report with its pinpoint pages and its own URL, no place of publication, "no." in the note (14.30, 14.123)', () => {
		expect(text(chicago(page))[0]).toBe(
			`Elizabeth Threlkeld and Grace Easterly, *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*, Peaceworks no. 175 (United States Institute of Peace, 2021), 6–14, ${USIP}.`,
		);
	});
	it('gives the edition as the source the report was known through: "summarized in" (14.260), comma inside the quotation marks (6.9), "last modified" for a dated page (14.233)', () => {
		expect(text(chicago(page))[1]).toBe(
			'Elizabeth Threlkeld and Grace Easterly, *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*, Peaceworks no. 175 (United States Institute of Peace, 2021), 6–14, summarized in Afghanistan-Pakistan Ties editors, “Security Interests (T2),” *Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175*, last modified November 20, 2026, https://example.org/themes/security-interests/.',
		);
	});
	it('gives a bibliography entry for each work, period inside the closing quotation mark', () => {
		expect(text(chicago(page)).slice(2)).toEqual([
			`Threlkeld, Elizabeth, and Grace Easterly. *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*. Peaceworks No. 175. United States Institute of Peace, 2021. ${USIP}.`,
			'Afghanistan-Pakistan Ties editors. “Security Interests (T2).” *Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175*. Last modified November 20, 2026. https://example.org/themes/security-interests/.',
		]);
	});
	it('gives an access date where the page is undated (14.233)', () => {
		expect(text(chicago(undated))[1]).toContain('*Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175*, accessed November 27, 2026, https://example.org/');
		expect(text(chicago(undated))[3]).toContain('. Accessed November 27, 2026. https://example.org/');
	});
	it('leaves the pinpoint out where the page restates no report pages', () => {
		expect(text(chicago({ ...page, pages: undefined }))[0]).toContain('United States Institute of Peace, 2021), https://usip.org/');
	});
});

describe('APA 7', () => {
	it('gives the report as a report with its number (10.4), sentence-case title, USIP’s URL, no period after it (9.35)', () => {
		expect(text(apa(page))[0]).toBe(
			`Threlkeld, E., & Easterly, G. (2021). *Afghanistan-Pakistan ties and future stability in Afghanistan* (Peaceworks No. 175). United States Institute of Peace. ${USIP}`,
		);
	});
	it('gives this page as a web page on a website (10.16) with its date (9.14)', () => {
		expect(text(apa(page))[1]).toBe(
			'Afghanistan-Pakistan Ties editors. (2026, November 20). *Security interests (T2)*. Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175. https://example.org/themes/security-interests/',
		);
	});
	it('gives "n.d." and a retrieval date for an undated page whose content may change (9.17)', () => {
		expect(text(apa(undated))[1]).toBe(
			'Afghanistan-Pakistan Ties editors. (n.d.). *Security interests (T2)*. Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175. Retrieved November 27, 2026, from https://example.org/themes/security-interests/',
		);
	});
	it('pinpoints pages in text (8.13), names the secondary source "as cited in", and says to list only the source read (8.6)', () => {
		expect(text(apa(page)).slice(2)).toEqual(['(Threlkeld & Easterly, 2021, pp. 6–14)', '(Threlkeld & Easterly, 2021, as cited in Afghanistan-Pakistan Ties editors, 2026)']);
		expect(text(apa({ ...page, pages: { from: 30, to: 30 } }))[2]).toBe('(Threlkeld & Easterly, 2021, p. 30)');
		expect(apa(page)[1]!.label).toMatch(/list only this one/);
	});
});

describe('MLA 9', () => {
	it('gives the report with publisher, date, location and series, without page numbers (5.x, series 5.119)', () => {
		expect(text(mla(page))[0]).toBe(
			'Threlkeld, Elizabeth, and Grace Easterly. *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*. United States Institute of Peace, Aug. 2021, usip.org/publications/2021/08/afghanistan-pakistan-ties-and-future-stability-afghanistan. Peaceworks 175.',
		);
	});
	it('gives this page in its website container, period inside the quotation marks, URL without the scheme', () => {
		expect(text(mla(page))[1]).toBe(
			'Afghanistan-Pakistan Ties editors. “Security Interests (T2).” *Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175*, 20 Nov. 2026, example.org/themes/security-interests/.',
		);
		expect(text(mla(undated))[1]).toMatch(/, example\.org\/themes\/security-interests\/\. Accessed 27 Nov\. 2026\.$/);
	});
	it('puts the page pinpoint in the in-text citation (6.x), not in the works-cited entry', () => {
		expect(text(mla(page)).slice(2)).toEqual(['(Threlkeld and Easterly 6–14)', '(Threlkeld and Easterly 6–14; summarized in Afghanistan-Pakistan Ties editors)']);
	});
});

describe('a page of the edition’s own matter offers only its own record', () => {
	it('in every style', () => {
		for (const style of ['chicago', 'apa', 'mla', 'bibtex', 'biblatex', 'ris'] as const) {
			const all = text(cite(style, own)).join('\n');
			expect(all, style).not.toContain('Threlkeld');
			expect(all, style).not.toContain('summarized in');
			expect(all, style).toContain('example.org/changes/');
		}
		expect(text(chicago(own))).toEqual([
			'Afghanistan-Pakistan Ties editors, “Changes to This Edition,” *Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175*, last modified November 20, 2026, https://example.org/changes/.',
			'Afghanistan-Pakistan Ties editors. “Changes to This Edition.” *Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175*. Last modified November 20, 2026. https://example.org/changes/.',
		]);
		expect(text(apa(own))[1]).toBe('(Afghanistan-Pakistan Ties editors, 2026)');
		expect(bibtex(own)).toBe(bibtexPage(own));
		expect(ris(own)).toBe(risPage(own));
	});
});

describe('BibTeX (classic: what BibTeX itself and classic readers take)', () => {
	it('gives the report as a @techreport: type and number for the series, ISBN, USIP’s URL, no pages', () => {
		expect(bibtexReport()).toBe(
			[
				'@techreport{threlkeld2021peaceworks175,',
				'  author = {Threlkeld, Elizabeth and Easterly, Grace},',
				'  title = {{Afghanistan}-{Pakistan} Ties and Future Stability in {Afghanistan}},',
				'  institution = {United States Institute of Peace},',
				'  address = {Washington, DC},',
				'  type = {Peaceworks},',
				'  number = {175},',
				'  year = {2021},',
				'  month = aug,',
				'  isbn = {978-1-60127-866-1},',
				`  url = {${USIP}}`,
				'}',
			].join('\n'),
		);
		expect(bibtexReport()).not.toMatch(/pages/);
	});
	it('gives this page as a @misc with howpublished, year, month and note (btxdoc), the editors once (no publisher)', () => {
		expect(bibtexPage(page)).toBe(
			[
				'@misc{apties-themes-security-interests,',
				'  author = {{Afghanistan-Pakistan Ties editors}},',
				'  title = {Security interests ({T2})},',
				'  howpublished = {{Afghanistan}-{Pakistan} Ties: An Online Edition of {Peaceworks} No. 175},',
				'  year = {2026},',
				'  month = nov,',
				'  note = {Last modified 2026-11-20; accessed 2026-11-27. Restates pp. 6--14 of Peaceworks No. 175},',
				'  url = {https://example.org/themes/security-interests/}',
				'}',
			].join('\n'),
		);
		expect(bibtexPage(bulk)).toContain('note = {Last modified 2026-11-20. Restates pp. 6--14 of Peaceworks No. 175}');
		expect(bibtexPage(page)).not.toMatch(/@online|urldate|\bdate =|organization|maintitle/);
	});
	it('gives both records, the report first', () => {
		expect(bibtex(page)).toBe(`${bibtexReport()}\n\n${bibtexPage(page)}`);
	});
	it('braces proper nouns and acronyms only, so a style can still recase the title', () => {
		expect(protectCapitals('Include influential Pashtun representatives', { sentenceCased: true })).toBe('Include influential {Pashtun} representatives');
		expect(protectCapitals('Revisit APTTA', { sentenceCased: true })).toBe('Revisit {APTTA}');
		expect(protectCapitals('Future Stability in Afghanistan', { sentenceCased: false })).toBe('Future Stability in {Afghanistan}');
	});
});

describe('BibLaTeX', () => {
	it('gives the report as a @report with a full date and this page as an @online with date, urldate and the site in organization', () => {
		expect(biblatexReport()).toMatch(/^@report\{threlkeld2021peaceworks175,\n/);
		expect(biblatexReport()).toContain('  date = {2021-08},');
		expect(biblatexPage(page)).toBe(
			[
				'@online{apties-themes-security-interests,',
				'  author = {{Afghanistan-Pakistan Ties editors}},',
				'  title = {Security interests ({T2})},',
				'  organization = {{Afghanistan}-{Pakistan} Ties: An Online Edition of {Peaceworks} No. 175},',
				'  date = {2026-11-20},',
				'  urldate = {2026-11-27},',
				'  url = {https://example.org/themes/security-interests/},',
				'  note = {Restates pp. 6--14 of Peaceworks No. 175}',
				'}',
			].join('\n'),
		);
		expect(biblatexPage(bulk)).not.toContain('urldate');
		expect(biblatex(page)).toBe(`${biblatexReport()}\n\n${biblatexPage(page)}`);
	});
});

describe('RIS', () => {
	it('gives the report as RPRT: type of work (M3) and report number (SN), which render "Peaceworks No. 175"; the ISBN as "ISBN:" in the note and Extra', () => {
		const lines = risReport().split('\n');
		expect(lines[0]).toBe('TY  - RPRT');
		expect(lines).toContain('M3  - Peaceworks');
		expect(lines).toContain('SN  - 175');
		expect(lines.some((l) => l.startsWith('T2'))).toBe(false);
		expect(lines).toContain('N1  - ISBN: 978-1-60127-866-1');
		expect(lines).toContain('M2  - ISBN: 978-1-60127-866-1');
		expect(lines).toContain(`UR  - ${USIP}`);
		expect(lines.some((l) => /^(SP|EP|VL)/.test(l))).toBe(false);
		expect(lines.at(-1)).toBe('ER  -');
	});
	it('gives this page as ELEC with the site as T2, its date, access date (Y2) and canonical URL, and no publisher', () => {
		const lines = risPage(page).split('\n');
		expect(lines[0]).toBe('TY  - ELEC');
		expect(lines).toEqual(expect.arrayContaining(['AU  - Afghanistan-Pakistan Ties editors', 'T2  - Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175', 'DA  - 2026/11/20', 'Y2  - 2026/11/27', 'UR  - https://example.org/themes/security-interests/']));
		expect(lines.some((l) => l.startsWith('PB'))).toBe(false);
		expect(risPage(bulk)).not.toMatch(/^Y2/m);
	});
	it('writes one tag a line in both records', () => {
		expect(ris(page).split('\n').filter(Boolean).every((l) => /^[A-Z][A-Z0-9] {2}-( .+)?$/.test(l))).toBe(true);
	});
});

describe('rendering', () => {
	it('drops italics markers for the clipboard and turns them into <i> for the page, escaping HTML', () => {
		expect(citationText('A *B* & C')).toBe('A B & C');
		expect(citationHtml('A *B* & <C>')).toBe('A <i>B</i> &amp; &lt;C&gt;');
	});
});
