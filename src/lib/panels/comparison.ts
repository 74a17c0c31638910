/** Rows of the scenario comparison, one per aspect, one cell per scenario in reading order. */
import type { Evidence } from '../report/evidence';

type Implication = string | { text: string; reading?: string | undefined; evidence: Evidence[] };

interface ScenarioLike {
	data: {
		likelihood: string;
		likelihoodRank: number;
		summary: string;
		implications: { pakistan: string; afghanElites: string; taliban: string; borderCommunities: string; india?: Implication | undefined };
	};
}

export interface ComparisonCell {
	text: string;
	/** The edition's placing of a passage the report does not tie to this scenario by name. */
	reading?: string | undefined;
	evidence: Evidence[];
}

export interface ComparisonRow {
	label: string;
	cells: ComparisonCell[];
}

const cell = (i: Implication | undefined, silent: string): ComparisonCell =>
	i === undefined ? { text: silent, evidence: [] } : typeof i === 'string' ? { text: i, evidence: [] } : { text: i.text, reading: i.reading, evidence: i.evidence };

export function comparisonRows(scenarios: ScenarioLike[]): ComparisonRow[] {
	const row = (label: string, get: (s: ScenarioLike) => Implication | undefined, silent = 'The report does not say.'): ComparisonRow => ({
		label,
		cells: scenarios.map((s) => cell(get(s), silent)),
	});
	return [
		row('Likelihood', (s) => `${s.data.likelihood} (rank ${s.data.likelihoodRank} of ${scenarios.length})`),
		row('How it unfolds', (s) => s.data.summary),
		row('For Pakistan', (s) => s.data.implications.pakistan),
		row('For Afghan elites', (s) => s.data.implications.afghanElites),
		row('For the Taliban', (s) => s.data.implications.taliban),
		row('For border communities', (s) => s.data.implications.borderCommunities),
		row('For India', (s) => s.data.implications.india),
	];
}
