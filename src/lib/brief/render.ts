/**
 * A brief as HTML (rich-text copy, the print handout), plain text and Markdown, from `assemble`.
 * Full URLs are written out, the reader's notes kept apart from the items' text, footnotes in the
 * Chicago notes style and in-text citations in the others. Pure.
 */
import { citationHtml, citationText } from '../citation/citation';
import { BRIEF_STYLES } from './schema';
import type { AssembledBrief, AssembledItem } from './assemble';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const linkify = (html: string) => html.replace(/(https?:\/\/[^\s<]+[^\s<.,;)])/g, '<a href="$1">$1</a>');

export function stateLine(it: AssembledItem): string | undefined {
	switch (it.state.state) {
		case 'missing':
			return 'No longer published by the edition: shown as captured.';
		case 'changed':
			return 'The edition has changed this text since it was captured: shown as captured.';
		case 'moved':
			return 'Moved: the address below is where it is now.';
		default:
			return undefined;
	}
}

export const metaLine = (a: AssembledBrief) => `Made ${a.made} against the edition as revised ${a.revised}. Citations: ${BRIEF_STYLES[a.style]}.`;

export function briefHtml(a: AssembledBrief): string {
	const items = a.items
		.map((it) => {
			const mark = a.notes && it.citation ? `<sup><a href="#brief-note-${it.n}" id="brief-ref-${it.n}">${it.n}</a></sup>` : '';
			const inText = !a.notes && it.citation ? ` ${citationHtml(it.citation)}` : '';
			const state = stateLine(it);
			return `<li><p><em>${esc(it.what)}</em>${it.pageTitle ? `, ${esc(it.pageTitle)}` : ''}${it.url ? `: <a href="${esc(it.url)}">${esc(it.url)}</a>` : ''}</p>${state ? `<p><strong>${esc(state)}</strong></p>` : ''}<p>${esc(it.item.text)}${mark}${inText}</p>${it.item.note ? `<p><strong>Note:</strong> ${esc(it.item.note)}</p>` : ''}</li>`;
		})
		.join('');
	const notes = a.notes
		? `<h2>Notes</h2><ol>${a.items
				.filter((it) => it.citation)
				.map((it) => `<li id="brief-note-${it.n}" value="${it.n}">${linkify(citationHtml(it.citation!))}</li>`)
				.join('')}</ol>`
		: '';
	const bib = `<h2>${a.bibliographyTitle}</h2><ul>${a.bibliography.map((b) => `<li>${linkify(citationHtml(b.text))}</li>`).join('')}</ul>`;
	return `<h1>${esc(a.title)}</h1><p>${esc(metaLine(a))}</p><ol>${items}</ol>${notes}${bib}`;
}

export function briefMarkdown(a: AssembledBrief): string {
	const out = [`# ${a.title}`, '', metaLine(a), ''];
	for (const it of a.items) {
		out.push(`${it.n}. *${it.what}*${it.pageTitle ? `, ${it.pageTitle}` : ''}${it.url ? `: <${it.url}>` : ''}`);
		const state = stateLine(it);
		if (state) out.push('', `   **${state}**`);
		const cite = !it.citation ? '' : a.notes ? `[^${it.n}]` : ` ${it.citation}`;
		out.push('', `   ${it.item.text}${cite}`);
		if (it.item.note) out.push('', `   **Note:** ${it.item.note}`);
		out.push('');
	}
	if (a.notes) {
		for (const it of a.items) if (it.citation) out.push(`[^${it.n}]: ${it.citation}`);
		out.push('');
	}
	out.push(`## ${a.bibliographyTitle}`, '', ...a.bibliography.map((b) => `- ${b.text}`), '');
	return out.join('\n');
}

export function briefPlain(a: AssembledBrief): string {
	return citationText(briefMarkdown(a)).replace(/\*\*/g, '').replace(/<(https?:[^>]+)>/g, '$1');
}
