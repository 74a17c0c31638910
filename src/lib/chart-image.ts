/**
 * A chart as a standalone image to download and cite: its title, bars, the report as its source
 * (with the pages where the report gives the figures) and the address of the chart on this edition
 * drawn into the picture, so a copy pasted into a briefing still says where it came from.
 */
import type { Chart } from './charts';
import { REPORT } from './report';

export interface ChartSource {
	/** Report pages that give the chart's figures (sorted, unique). */
	pages: number[];
	/** Endnotes of the report that source them. */
	endnotes: number[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Source: Threlkeld and Easterly, … Peaceworks No. 175 (USIP, 2021), pp. 8, 12; endnotes 4, 9." */
export function chartSourceLine({ pages, endnotes }: ChartSource): string {
	const [a, b] = REPORT.authors;
	const where = pages.length ? `, ${pages.length > 1 ? 'pp.' : 'p.'} ${pages.join(', ')}` : '';
	const notes = endnotes.length ? `; ${endnotes.length > 1 ? 'endnotes' : 'endnote'} ${endnotes.join(', ')}` : '';
	return `Source: ${a.family} and ${b.family}, ${REPORT.title}, ${REPORT.series} No. ${REPORT.number} (USIP, ${REPORT.year})${where}${notes}.`;
}

/** Splits a line into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

/** The chart as an SVG document with its title, source line and URL. */
export function chartImageSvg(chart: Chart, { source, url }: { source: ChartSource; url: string }): string {
	const width = 800;
	const left = 24;
	const row = 52;
	const top = 64;
	const barMax = width - 2 * left - 150;
	const bars = chart.bars
		.map((b, i) => {
			const y = top + i * row;
			const w = Math.max(2, b.fraction * barMax);
			const label = b.label.length > 95 ? `${b.label.slice(0, 92)}…` : b.label;
			return [
				`<text x="${left}" y="${y + 14}" font-size="14" fill="#23262f">${esc(label)} (${esc(b.year)})</text>`,
				`<rect x="${left}" y="${y + 22}" width="${w.toFixed(1)}" height="18" rx="2" fill="#2b5f9e"/>`,
				`<text x="${(left + w + 8).toFixed(1)}" y="${y + 36}" font-size="14" font-weight="bold" fill="#23262f">${esc(b.display)}</text>`,
			].join('');
		})
		.join('\n');
	const foot = top + chart.bars.length * row + 16;
	// The series and number stay on one line: no break inside "Peaceworks No. 175".
	const series = `${REPORT.series} No. ${REPORT.number}`;
	const sourceLines = wrap(chartSourceLine(source).replace(series, series.replace(/ /g, '\u00a0')), 110).map((l) => l.replace(/\u00a0/g, ' '));
	const footLines = [...sourceLines, url];
	const height = foot + footLines.length * 18 + 16;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
		`<title>${esc(chart.title)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<text x="${left}" y="36" font-size="22" font-weight="bold" fill="#111111">${esc(chart.title)}</text>`,
		bars,
		...footLines.map((l, i) => `<text x="${left}" y="${foot + i * 18}" font-size="12" fill="#3d4150">${esc(l)}</text>`),
		`</svg>`,
	].join('\n');
}
