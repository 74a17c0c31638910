/**
 * A chart as a file a reader can download and paste into a briefing: a standalone SVG (also
 * rasterised to PNG at build time) with the chart's title, its source in the report and the
 * address of the chart in this edition drawn into the image, so the picture cites itself.
 */
import type { Chart } from './charts';
import { wrap } from './og-image';
import { REPORT } from '../report/report';

/** Where the report gives one figure, as the figures collection records it. */
export interface FigureSource {
	section: string;
	/** The pages its evidence stands on (`evidencePages`), e.g. "10-11". */
	pages?: string | undefined;
	endnote?: number | undefined;
}

/** A report page, or a range of them, as evidence gives it (`page: 12` or `page: { from: 12, to: 13 }`). */
export type PageRef = number | { from: number; to?: number | undefined };

/**
 * The pages a figure's evidence cites, as one range ("12", "12-13"), or undefined where there is
 * no evidence: the span from the first page cited to the last, which certainly contains them all.
 */
export function evidencePages(evidence: { page: PageRef }[] | undefined): string | undefined {
	const bounds = (evidence ?? []).flatMap(({ page }) => (typeof page === 'number' ? [page] : [page.from, page.to ?? page.from]));
	if (!bounds.length) return undefined;
	const [from, to] = [Math.min(...bounds), Math.max(...bounds)];
	return from === to ? String(from) : `${from}-${to}`;
}

/** One figure's place in the report: "p. 10" / "pp. 10–11", plus its endnote; the section where no page is known. */
export function figurePlace(s: FigureSource): string {
	const range = s.pages?.replace(/-/g, '–');
	const page = range ? `${range.includes('–') ? 'pp.' : 'p.'} ${range}` : undefined;
	return [page ?? `section “${s.section}”`, s.endnote && `endnote ${s.endnote}`].filter(Boolean).join(', ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The source line of a chart: the report, then where in it each of the chart's figures is given. */
export function chartSource(sources: FigureSource[]): string {
	const places = [...new Set(sources.map(figurePlace))];
	const authors = REPORT.authors.map((a) => `${a.given} ${a.family}`).join(' and ');
	return `Source: ${authors}, ${REPORT.title}, ${REPORT.publisher}, ${REPORT.series} No. ${REPORT.number} (${MONTHS[REPORT.month - 1]} ${REPORT.year}): ${places.join('; ')}.`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

export const CHART_WIDTH = 800;

/**
 * The downloadable SVG of a chart. `source` is the chart's source line (see `chartSource`),
 * `url` the absolute address of the chart in this edition.
 */
export function chartSvg(chart: Chart, { source, url }: { source: string; url: string }): string {
	const margin = 24;
	const inner = CHART_WIDTH - 2 * margin;
	const titleLines = wrap(chart.title, 60, 3);
	const sourceLines = wrap(source, 110, 6);
	let y = margin + 22;
	const parts: string[] = [];
	for (const line of titleLines) {
		parts.push(`<text x="${margin}" y="${y}" font-size="20" font-weight="bold" fill="#14304f">${escape(line)}</text>`);
		y += 26;
	}
	y += 8;
	const barSpace = inner - 170;
	for (const b of chart.bars) {
		// Labels wrap onto two lines at most (about 100 characters a line at this size), never past the edge.
		const label = wrap(b.year ? `${b.label} (${b.year})` : b.label, 100, 2);
		const length = Math.max(2, b.fraction * barSpace);
		const texts = label.map((l, i) => `<text x="${margin}" y="${y + 12 + i * 15}" font-size="12" fill="#222222">${escape(l)}</text>`).join('');
		const top = y + 20 + (label.length - 1) * 15;
		parts.push(
			`<g>${texts}` +
				`<rect x="${margin}" y="${top}" width="${length.toFixed(1)}" height="18" rx="2" fill="#2b6cb0"/>` +
				`<text x="${(margin + length + 8).toFixed(1)}" y="${top + 14}" font-size="13" font-weight="bold" fill="#222222">${escape(b.display)}</text></g>`,
		);
		y = top + 34;
	}
	y += 10;
	parts.push(`<line x1="${margin}" x2="${CHART_WIDTH - margin}" y1="${y}" y2="${y}" stroke="#999999" stroke-width="1"/>`);
	y += 20;
	for (const line of sourceLines) {
		parts.push(`<text x="${margin}" y="${y}" font-size="12" fill="#333333">${escape(line)}</text>`);
		y += 17;
	}
	// The address is never wrapped inside; where the line would run past the edge it goes on a line of its own.
	const credit = `Chart from the online edition: ${url}`;
	for (const line of credit.length > 105 ? ['Chart from the online edition:', url] : [credit]) {
		parts.push(`<text x="${margin}" y="${y + 2}" font-size="12" fill="#14304f">${escape(line)}</text>`);
		y += 17;
	}
	const height = Math.ceil(y - 17 + margin);
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT}" role="img" aria-labelledby="title desc">
<title id="title">${escape(chart.title)}</title>
<desc id="desc">${escape(`${chart.bars.map((b) => `${b.label}${b.year ? ` (${b.year})` : ''}: ${b.display}`).join('; ')}. ${source} ${url}`)}</desc>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
}
