/** The downloadable chart images: one per chart, with its source and address (see `chart-image.ts`). */
import { getCollection } from 'astro:content';
import { buildCharts, type Chart } from './charts';
import { chartImageSvg, type ChartSource } from './chart-image';
import { absoluteUrl, PAGES } from './urls';

/** Where a chart's image files live: `/figures/charts/<chart id>.svg` and `.png`. */
export const chartImagePath = (chartId: string, ext: 'svg' | 'png') => `${PAGES.figures}charts/${chartId}.${ext}`;

export async function chartImages(site: URL, base: string): Promise<Array<{ chart: Chart; svg: string }>> {
	const figures = await getCollection('figures');
	const byId = new Map(figures.map((f) => [f.id, f]));
	return buildCharts(figures).map((chart) => {
		const sources = chart.bars.map((b) => byId.get(b.id)!.data.source);
		const unique = (xs: Array<number | undefined>) => [...new Set(xs.filter((x): x is number => x !== undefined))].sort((a, b) => a - b);
		const source: ChartSource = { pages: unique(sources.map((s) => s.page)), endnotes: unique(sources.map((s) => s.endnote)) };
		const url = absoluteUrl(`${PAGES.figures}#${chart.id}-caption`, site, base);
		return { chart, svg: chartImageSvg(chart, { source, url }) };
	});
}
