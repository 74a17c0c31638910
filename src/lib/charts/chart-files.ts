/** The downloadable chart images: one SVG and one PNG per chart, built from the figures collection. */
import { getCollection } from 'astro:content';
import { buildCharts, type Chart } from './charts';
import { chartSource, chartSvg, evidencePages, type FigureSource, type PageRef } from './chart-svg';
import { absoluteUrl, chartFilePath, chartPath } from '../urls/urls';

export interface ChartFile {
	/** The file's name without extension, as in `/figures/charts/<name>.svg`. */
	name: string;
	chart: Chart;
	svg: string;
}

/** Every chart as a standalone SVG, with its source and its address on the deployed site. */
export async function chartFiles(site: URL | undefined, base: string): Promise<ChartFile[]> {
	const figures = await getCollection('figures');
	const byId = new Map(figures.map((f) => [f.id, f]));
	const origin = site ?? new URL('http://localhost/');
	return buildCharts(figures).map((chart) => {
		const sources = chart.bars.map((b) => {
			// Its evidence (the report's words, on pages the build checks) gives the page range.
			const data = byId.get(b.id)!.data as { source: FigureSource; evidence?: { page: PageRef }[] };
			return { ...data.source, pages: evidencePages(data.evidence) };
		});
		const name = chartFilePath(chart.id, 'svg').split('/').pop()!.replace(/\.svg$/, '');
		return { name, chart, svg: chartSvg(chart, { source: chartSource(sources), url: absoluteUrl(chartPath(chart.id), origin, base) }) };
	});
}
