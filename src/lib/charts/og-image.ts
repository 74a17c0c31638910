/** The social preview image of a page, drawn as SVG at build time (rasterised by the route). */
import { REPORT } from '../report/report';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Greedy word wrap to at most `max` characters a line and `lines` lines. */
export function wrap(text: string, max: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && `${line} ${word}`.length > max) {
			out.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(line);
	if (out.length > lines) {
		const kept = out.slice(0, lines);
		kept[lines - 1] = `${kept[lines - 1]}…`;
		return kept;
	}
	return out;
}

export function ogSvg({ title, kind, code }: { title: string; kind: string; code?: string | undefined }): string {
	const titleLines = wrap(title, 30, 3);
	const label = [code, kind].filter(Boolean).join(' · ');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#14304f"/>
<rect x="0" y="600" width="1200" height="30" fill="#c9a227"/>
<text x="80" y="120" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="34" fill="#c9d6e3">${escape(label)}</text>
${titleLines.map((l, i) => `<text x="80" y="${230 + i * 84}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="68" font-weight="bold" fill="#ffffff">${escape(l)}</text>`).join('\n')}
<text x="80" y="520" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="28" fill="#c9d6e3">${escape(REPORT.title)}</text>
<text x="80" y="560" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="26" fill="#9fb3c8">${escape(`${REPORT.authors.map((a) => `${a.given} ${a.family}`).join(' and ')} · USIP ${REPORT.series} No. ${REPORT.number} · ${REPORT.year}`)}</text>
</svg>`;
}
