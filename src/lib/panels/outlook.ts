/**
 * The rows of a recommendation's outlook: the report's own conditions first (stability,
 * instability), then the scenarios. Where the report has no statement for a scenario and the
 * edition reads that scenario as a condition (`derived` on the scenario), the row carries that
 * reading, marked as derived, with the evidence for both steps; so does a row whose statement is the
 * report's account of the scenario rather than of the recommendation (`keepsReading`), after it.
 */
import { CONDITIONS, OUTLOOK_VOCABULARY, keepsReading, type ConditionKey, type OutlookStatus, type OutlookTone } from '../content/model';
import type { Evidence } from '../report/evidence';
import type { EntryLike, Link } from '../content/relations';
import { entryPath, outlookAnchor } from '../urls/urls';

export interface DerivedReading {
	/** The condition whose statement is shown. */
	via: ConditionKey;
	viaLabel: string;
	status: OutlookStatus;
	statusLabel: string;
	tone: OutlookTone;
	/** Why the edition reads the scenario as the condition (its words, not the report's). */
	reason: string;
	/** Step one: the report's words tying the scenario to the condition. */
	scenarioEvidence: Evidence[];
	/** Step two: the report's words for the recommendation under the condition. */
	conditionEvidence: Evidence[];
	note?: string | undefined;
}

export interface OutlookRow {
	/** Scenario id, or `stability` / `instability`. */
	key: string;
	kind: 'condition' | 'scenario';
	label: string;
	href?: string | undefined;
	anchor: string;
	status: OutlookStatus;
	statusLabel: string;
	tone: OutlookTone;
	note?: string | undefined;
	evidence: Evidence[];
	derived?: DerivedReading | undefined;
}

interface Statement {
	status: OutlookStatus;
	note?: string | undefined;
	evidence?: Evidence[] | undefined;
}
interface Outlook {
	scenarios: Array<Statement & { scenario: Link }>;
	stability: Statement;
	instability: Statement;
}
export interface ScenarioForOutlook {
	id: string;
	data: {
		title: string;
		code: string;
		derived?: { via: ConditionKey; reason: string; evidence: Evidence[] } | undefined;
	};
}

const UNSTATED: Statement = { status: 'unstated' };

export function outlookRows(rec: EntryLike, scenarios: ScenarioForOutlook[]): OutlookRow[] {
	const o = rec.data.outlook as Outlook;
	const row = (key: string, kind: OutlookRow['kind'], label: string, s: Statement, href?: string): OutlookRow => ({
		key,
		kind,
		label,
		href,
		anchor: outlookAnchor(key),
		status: s.status,
		statusLabel: OUTLOOK_VOCABULARY[s.status].label,
		tone: OUTLOOK_VOCABULARY[s.status].tone,
		note: s.note,
		evidence: s.evidence ?? [],
	});
	const conditionLabel = (k: ConditionKey) => CONDITIONS.find((c) => c.key === k)!.label;
	const derivedFor = (sc: ScenarioForOutlook, own: Statement): DerivedReading | undefined => {
		const d = sc.data.derived;
		if (!d || (own.status !== 'unstated' && !keepsReading(own.status))) return undefined;
		const via = o[d.via];
		if (via.status === 'unstated') return undefined;
		return {
			via: d.via,
			viaLabel: conditionLabel(d.via),
			status: via.status,
			statusLabel: OUTLOOK_VOCABULARY[via.status].label,
			tone: OUTLOOK_VOCABULARY[via.status].tone,
			reason: d.reason,
			scenarioEvidence: d.evidence,
			conditionEvidence: via.evidence ?? [],
			note: via.note,
		};
	};
	return [
		...CONDITIONS.map((c) => row(c.key, 'condition', c.label, o[c.key])),
		...scenarios.map((sc) => {
			const own = o.scenarios.find((x) => x.scenario.id === sc.id) ?? UNSTATED;
			return {
				...row(sc.id, 'scenario', `${sc.data.code} ${sc.data.title}`, own, entryPath('scenarios', sc.id)),
				derived: derivedFor(sc, own),
			};
		}),
	];
}
