/**
 * A brief as a Word document, made in the browser with the `docx` package (fetched only when this
 * export is chosen): the title, each item with its text and the reader's note, live links to each
 * item's address, real footnotes in the Chicago notes style (in-text citations in the others) and
 * the bibliography.
 */
import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { AssembledBrief } from './assemble';
import { metaLine, stateLine } from './render';

const link = (url: string, text = url) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

/** Runs from a citation string: `*italics*` as italic runs, URLs as live links. */
export function runs(s: string): ParagraphChild[] {
	const out: ParagraphChild[] = [];
	for (const part of s.split(/(\*[^*]+\*|https?:\/\/[^\s]+[^\s.,;)])/)) {
		if (!part) continue;
		if (/^\*[^*]+\*$/.test(part)) out.push(new TextRun({ text: part.slice(1, -1), italics: true }));
		else if (/^https?:\/\//.test(part)) out.push(link(part));
		else out.push(new TextRun(part));
	}
	return out;
}

export function briefDocument(a: AssembledBrief): Document {
	const footnotes: Record<number, { children: Paragraph[] }> = {};
	const body: Paragraph[] = [new Paragraph({ text: a.title, heading: HeadingLevel.TITLE }), new Paragraph({ children: [new TextRun({ text: metaLine(a), italics: true })] })];
	for (const it of a.items) {
		body.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_2,
				children: [new TextRun(`${it.n}. ${it.what}${it.pageTitle ? `, ${it.pageTitle}` : ''}`)],
			}),
		);
		if (it.url) body.push(new Paragraph({ children: [link(it.url)] }));
		const state = stateLine(it);
		if (state) body.push(new Paragraph({ children: [new TextRun({ text: state, bold: true })] }));
		const cite: ParagraphChild[] = [];
		if (it.citation && a.notes) {
			footnotes[it.n] = { children: [new Paragraph({ children: runs(it.citation) })] };
			cite.push(new FootnoteReferenceRun(it.n));
		} else if (it.citation) cite.push(new TextRun(' '), ...runs(it.citation));
		body.push(new Paragraph({ children: [new TextRun(it.item.text), ...cite] }));
		if (it.item.note) body.push(new Paragraph({ children: [new TextRun({ text: 'Note: ', bold: true }), new TextRun(it.item.note)] }));
	}
	body.push(new Paragraph({ text: a.bibliographyTitle, heading: HeadingLevel.HEADING_1 }));
	for (const b of a.bibliography) body.push(new Paragraph({ children: runs(b.text), indent: { left: 720, hanging: 720 } }));
	return new Document({ title: a.title, creator: 'Afghanistan-Pakistan Ties (brief)', footnotes, sections: [{ children: body }] });
}

export const briefDocx = (a: AssembledBrief): Promise<Blob> => Packer.toBlob(briefDocument(a));
