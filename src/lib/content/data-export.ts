/**
 * The data behind the site as files: JSON for every collection, CSV for recommendations.
 * References become ids, each entry gets its permanent URL; pure, so the shapes are unit-tested.
 */
import { DATA_KINDS } from './kinds';
import { DERIVED_LABEL } from './model';
import type { EntryLike, Link } from './relations';
import { formatPages } from '../report/report-pages';
import type { Evidence } from '../report/evidence';
import { outlookRows, type OutlookRow, type ScenarioForOutlook } from '../panels/outlook';
import { absoluteUrl, hrefOf } from '../urls/urls';

/** The collections published as `/data/<collection>.json` (the kinds table's `data`). */
export const DATA_COLLECTIONS = DATA_KINDS;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** Data path of a collection's JSON file, and of the recommendations CSV. */
export const dataPath = (c: DataCollection | 'recommendations-csv') =>
	c === 'recommendations-csv' ? '/data/recommendations.csv' : `/data/${c}.json`;

const isLink = (v: unknown): v is Link =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 2 && 'collection' in v && 'id' in v;

/** Replaces `{ collection, id }` references with ids, at any depth. */
export function flattenRefs(value: unknown): unknown {
	if (isLink(value)) return value.id;
	if (Array.isArray(value)) return value.map(flattenRefs);
	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flattenRefs(v)]));
	return value;
}

/**
 * A recommendation's outlook as readers see it: conditions first, then scenarios, each with the
 * vocabulary's label, the note, the evidence, and the edition's reading flagged `derived`.
 */
export function outlookRecords(rec: EntryLike, scenarios: ScenarioForOutlook[]) {
	return outlookRows(rec, scenarios).map((o) => ({
		key: o.key,
		kind: o.kind,
		status: o.status,
		label: o.statusLabel,
		...(o.note ? { note: o.note } : {}),
		evidence: o.evidence,
		derived: o.derived
			? {
					via: o.derived.via,
					status: o.derived.status,
					label: o.derived.statusLabel,
					reason: o.derived.reason,
					evidence: [...o.derived.scenarioEvidence, ...o.derived.conditionEvidence],
				}
			: null,
	}));
}

export function toJsonRecords(entries: Array<EntryLike & { body?: string | undefined }>, site: URL, base: string, scenarios?: ScenarioForOutlook[]) {
	return entries.map((e) => ({
		id: e.id,
		url: absoluteUrl(hrefOf(e), site, base),
		...(flattenRefs(e.data) as object),
		...(scenarios && e.collection === 'recommendations' ? { outlookByCondition: outlookRecords(e, scenarios) } : {}),
		...(e.body ? { body: e.body.trim() } : {}),
	}));
}

/** Evidence in one CSV field: `pp. 24-30: "…"`, several joined by " | ". */
export const evidenceText = (ev: Evidence[]) => ev.map((e) => `${formatPages(e.page)}: "${e.excerpt}"`).join(' | ');

/** The derived cell of a CSV row, marked as the edition's in its own words (a cell read alone must say whose it is), or empty where the edition reads nothing. */
const derivedText = (o: OutlookRow) => (o.derived ? `${DERIVED_LABEL}, not the report’s: via ${o.derived.via}, ${o.derived.status}` : '');

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function toCsv(rows: string[][]): string {
	const field = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
	return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Reads RFC 4180 CSV as written by `toCsv`: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	const endRow = () => {
		endField();
		rows.push(row);
		row = [];
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') endField();
		else if (c === '\r' || c === '\n') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRow();
		} else field += c;
	}
	if (field || row.length) endRow();
	return rows;
}

export function recommendationsCsv(
	recs: EntryLike[],
	scenarios: ScenarioForOutlook[],
	site: URL,
	base: string,
	/** The edition's status since publication, per recommendation (columns prefixed `edition_`: not the report's). */
	edition?: (rec: EntryLike) => EditionCells,
): string {
	const first = recs[0] ? outlookRows(recs[0], scenarios) : [];
	const header = [
		'code',
		'title',
		'audience',
		'must_act',
		'involved',
		'themes',
		'mechanisms',
		...first.flatMap((o) => ['status', 'label', 'note', 'evidence', 'derived'].map((f) => `outlook_${o.key}_${f}`)),
		'summary',
		'url',
		...(edition ? ['edition_status', 'edition_reviewed', 'edition_evidence', 'edition_covered_through', 'edition_record_reviewed'] : []),
	];
	const mustAct = (e: EntryLike) => ((e.data.mustAct ?? []) as Array<{ actor: Link }>).map((m) => m.actor.id).join('; ');
	const ids = (e: EntryLike, field: string) => ((e.data[field] ?? []) as Link[]).map((l) => l.id).join('; ');
	const rows = recs.map((r) => [
		String(r.data.code),
		String(r.data.title),
		String(r.data.audience),
		mustAct(r),
		ids(r, 'involved'),
		ids(r, 'themes'),
		ids(r, 'mechanisms'),
		...outlookRows(r, scenarios).flatMap((o) => [o.status, o.statusLabel, o.note ?? '', evidenceText(o.evidence), derivedText(o)]),
		String(r.data.summary),
		absoluteUrl(hrefOf(r), site, base),
		...(edition ? editionCells(edition(r)) : []),
	]);
	return toCsv([header, ...rows]);
}

type EditionCells = { status: string | null; reviewed: string | null; evidence: string[]; coveredThrough?: string | null; recordReviewed?: string | null };
const editionCells = (e: EditionCells) => [e.status ?? '', e.reviewed ?? '', e.evidence.join('; '), e.coveredThrough ?? '', e.recordReviewed ?? ''];
