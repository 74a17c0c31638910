/**
 * Static bar charts of the report's figures, laid out at build time (no charting code ships).
 * Figures are charted together only when they share a group and a unit, so every bar in a chart
 * is on one scale.
 */

export const FIGURE_GROUPS = {
	aid: 'Aid and its scale',
	'human-cost': 'The human cost',
	'refugees-border': 'Refugees and border traffic',
	'trade-smuggling': 'Trade and smuggling',
	other: 'Other figures',
} as const;
export type FigureGroup = keyof typeof FIGURE_GROUPS;

export interface ChartInput {
	id: string;
	data: { value: number; display: string; qualifier?: string | undefined; unit: string; measures: string; year?: string | undefined; group: FigureGroup };
}

/** A figure as the report gives it: its value with the report's own hedge ("nearly $145 billion"). */
export const figureText = (d: { display: string; qualifier?: string | undefined }) => (d.qualifier ? `${d.qualifier} ${d.display}` : d.display);

/** The year column: the report's year or period, or a plain statement that it gives none. */
export const NO_YEAR = 'not given in the report';

export interface Bar {
	id: string;
	label: string;
	/** The value with the report's qualifier. */
	display: string;
	year?: string | undefined;
	value: number;
	/** Bar length as a fraction of the chart's largest value, 0..1. */
	fraction: number;
}

export interface Chart {
	id: string;
	group: FigureGroup;
	title: string;
	unit: string;
	bars: Bar[];
}

/** One chart per group and unit, bars largest first. */
export function buildCharts(figures: ChartInput[]): Chart[] {
	const charts = new Map<string, ChartInput[]>();
	for (const f of figures) {
		const key = `${f.data.group}|${f.data.unit}`;
		charts.set(key, [...(charts.get(key) ?? []), f]);
	}
	const order = Object.keys(FIGURE_GROUPS);
	return [...charts.entries()]
		.map(([key, list]) => {
			const [group, unit] = key.split('|') as [FigureGroup, string];
			const max = Math.max(...list.map((f) => Math.abs(f.data.value)), 1);
			return {
				id: `chart-${group}-${unit.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
				group,
				title: `${FIGURE_GROUPS[group]}: ${unit}`,
				unit,
				bars: list
					.map((f) => ({
						id: f.id,
						label: f.data.measures,
						display: figureText(f.data),
						year: f.data.year,
						value: f.data.value,
						fraction: Math.abs(f.data.value) / max,
					}))
					.sort((a, b) => b.value - a.value),
			};
		})
		.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.unit.localeCompare(b.unit));
}
