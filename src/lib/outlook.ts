/** The rows of a recommendation's outlook: one per scenario (in order), then stability and instability. */
import { CONDITIONS, OUTLOOK_LABELS, type OutlookStatus } from './model';
import type { EntryLike, Link } from './relations';
import { entryPath, outlookAnchor } from './urls';

export interface OutlookRow {
	/** Scenario id, or `stability` / `instability`. */
	key: string;
	label: string;
	href?: string | undefined;
	anchor: string;
	status: OutlookStatus;
	statusLabel: string;
	note?: string | undefined;
}

interface Statement {
	status: OutlookStatus;
	note?: string | undefined;
}
interface Outlook {
	scenarios: Array<Statement & { scenario: Link }>;
	stability: Statement;
	instability: Statement;
}

export function outlookRows(rec: EntryLike, scenarios: Array<{ id: string; data: { title: string; code: string } }>): OutlookRow[] {
	const o = rec.data.outlook as Outlook;
	const row = (key: string, label: string, s: Statement | undefined, href?: string): OutlookRow => ({
		key,
		label,
		href,
		anchor: outlookAnchor(key),
		status: s?.status ?? 'unstated',
		statusLabel: OUTLOOK_LABELS[s?.status ?? 'unstated'],
		note: s?.note,
	});
	return [
		...scenarios.map((sc) =>
			row(sc.id, `${sc.data.code} ${sc.data.title}`, o.scenarios.find((x) => x.scenario.id === sc.id), entryPath('scenarios', sc.id)),
		),
		...CONDITIONS.map((c) => row(c.key, c.label, o[c.key])),
	];
}
