import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, citationHtml, citationText, mla, ris, titleCase } from './citation';

const page = { pageTitle: 'Security interests', code: 'T2', url: 'https://example.org/themes/security-interests/', reportPage: 8 };
const noPage = { pageTitle: 'About the report and this edition', url: 'https://example.org/about/' };

describe('titleCase', () => {
	it('capitalises major words and hyphenated parts, not short function words', () => {
		expect(titleCase('hold direct track 1 discussions')).toBe('Hold Direct Track 1 Discussions');
		expect(titleCase('encourage engagement without encroaching')).toBe('Encourage Engagement without Encroaching');
		expect(titleCase('the state of cross-border ties')).toBe('The State of Cross-Border Ties');
		expect(titleCase('about the report and this edition')).toBe('About the Report and This Edition');
	});
});

describe('Chicago notes-bibliography', () => {
	it('gives a note with the report page and a bibliography entry, title in headline style', () => {
		expect(chicago(page)).toBe(
			'Note: Elizabeth Threlkeld and Grace Easterly, *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*, Peaceworks No. 175 (Washington, DC: United States Institute of Peace, 2021), 8; online edition, “Security Interests” (T2), https://example.org/themes/security-interests/.\n' +
				'Bibliography: Threlkeld, Elizabeth, and Grace Easterly. *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*. Peaceworks No. 175. Washington, DC: United States Institute of Peace, 2021. Online edition, “Security Interests” (T2). https://example.org/themes/security-interests/.',
		);
	});
	it('leaves the page out where it is not known', () => {
		expect(chicago(noPage)).toContain('United States Institute of Peace, 2021); online edition, “About the Report and This Edition”, https://example.org/about/.');
	});
});

describe('APA 7', () => {
	it('uses initials, an ampersand, sentence-case title with the report number, and an in-text page', () => {
		expect(apa(page)).toBe(
			'Threlkeld, E., & Easterly, G. (2021). *Afghanistan-Pakistan ties and future stability in Afghanistan* (Peaceworks No. 175). United States Institute of Peace. Online edition, Security interests (T2). https://example.org/themes/security-interests/\n' +
				'In text: (Threlkeld & Easterly, 2021, p. 8)',
		);
	});
	it('has no trailing period after the URL, and no page where none is known', () => {
		expect(apa(noPage)).toMatch(/https:\/\/example\.org\/about\/\nIn text: \(Threlkeld & Easterly, 2021\)$/);
	});
});

describe('MLA 9', () => {
	it('gives the series, abbreviated month, page and URL without the scheme', () => {
		expect(mla(page)).toBe(
			'Threlkeld, Elizabeth, and Grace Easterly. *Afghanistan-Pakistan Ties and Future Stability in Afghanistan*. Peaceworks no. 175, United States Institute of Peace, Aug. 2021, p. 8. Online edition, “Security Interests,” example.org/themes/security-interests/.',
		);
	});
});

describe('BibTeX', () => {
	it('is a @techreport with braces protecting the title and a bare month macro', () => {
		expect(bibtex(page)).toBe(
			[
				'@techreport{threlkeld2021-t2,',
				'  author = {Threlkeld, Elizabeth and Easterly, Grace},',
				'  title = {{Afghanistan-Pakistan Ties and Future Stability in Afghanistan}},',
				'  institution = {United States Institute of Peace},',
				'  address = {Washington, DC},',
				'  type = {Peaceworks},',
				'  number = {175},',
				'  year = {2021},',
				'  month = aug,',
				'  isbn = {978-1-60127-866-1},',
				'  pages = {8},',
				'  url = {https://example.org/themes/security-interests/},',
				'  note = {Online edition: Security interests (T2)}',
				'}',
			].join('\n'),
		);
	});
});

describe('RIS', () => {
	it('is a RPRT record, one tag a line, ending with ER', () => {
		const lines = ris(page).split('\n');
		expect(lines[0]).toBe('TY  - RPRT');
		expect(lines).toContain('AU  - Threlkeld, Elizabeth');
		expect(lines).toContain('AU  - Easterly, Grace');
		expect(lines).toContain('VL  - 175');
		expect(lines).toContain('SN  - 978-1-60127-866-1');
		expect(lines).toContain('SP  - 8');
		expect(lines).toContain('UR  - https://example.org/themes/security-interests/');
		expect(lines.at(-1)).toBe('ER  -');
		expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}-( .+)?$/.test(l))).toBe(true);
	});
	it('has no SP line where the page is unknown', () => {
		expect(ris(noPage)).not.toMatch(/^SP/m);
	});
});

describe('rendering', () => {
	it('drops italics markers for the clipboard and turns them into <i> for the page, escaping HTML', () => {
		expect(citationText('A *B* & C')).toBe('A B & C');
		expect(citationHtml('A *B* & <C>')).toBe('A <i>B</i> &amp; &lt;C&gt;');
	});
});
