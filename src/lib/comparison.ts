/** Rows of the scenario comparison, one per aspect, one cell per scenario in reading order. */

interface ScenarioLike {
	data: {
		likelihood: string;
		likelihoodRank: number;
		summary: string;
		implications: { pakistan: string; afghanElites: string; taliban: string; borderCommunities: string; india?: string | undefined };
	};
}

export interface ComparisonRow {
	label: string;
	cells: string[];
}

export function comparisonRows(scenarios: ScenarioLike[]): ComparisonRow[] {
	const row = (label: string, get: (s: ScenarioLike) => string): ComparisonRow => ({ label, cells: scenarios.map(get) });
	return [
		row('Likelihood', (s) => `${s.data.likelihood} (rank ${s.data.likelihoodRank} of ${scenarios.length})`),
		row('How it unfolds', (s) => s.data.summary),
		row('For Pakistan', (s) => s.data.implications.pakistan),
		row('For Afghan elites', (s) => s.data.implications.afghanElites),
		row('For the Taliban', (s) => s.data.implications.taliban),
		row('For border communities', (s) => s.data.implications.borderCommunities),
		row('For India', (s) => s.data.implications.india ?? 'The report does not say.'),
	];
}
