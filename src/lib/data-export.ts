/**
 * The data behind the site as files: JSON for every collection, CSV for recommendations.
 * References become ids, each entry gets its permanent URL; pure, so the shapes are unit-tested.
 */
import { hrefOf } from './related';
import type { EntryLike, Link } from './relations';
import { outlookRows } from './outlook';
import { absoluteUrl } from './urls';

export const DATA_COLLECTIONS = ['themes', 'scenarios', 'factors', 'recommendations', 'eras', 'actors', 'glossary', 'figures'] as const;
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

export function toJsonRecords(entries: Array<EntryLike & { body?: string | undefined }>, site: URL, base: string) {
	return entries.map((e) => ({
		id: e.id,
		url: absoluteUrl(hrefOf(e), site, base),
		...(flattenRefs(e.data) as object),
		...(e.body ? { body: e.body.trim() } : {}),
	}));
}

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function toCsv(rows: string[][]): string {
	const field = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
	return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function recommendationsCsv(
	recs: EntryLike[],
	scenarios: Array<{ id: string; data: { title: string; code: string } }>,
	site: URL,
	base: string,
	/** The edition's status since publication, per recommendation (columns prefixed `edition_`: not the report's). */
	edition?: (rec: EntryLike) => { status: string | null; reviewed: string | null; evidence: string[] },
): string {
	const first = recs[0] ? outlookRows(recs[0], scenarios) : [];
	const editionHeader = edition ? ['edition_status', 'edition_reviewed', 'edition_evidence'] : [];
	const header = ['code', 'title', 'audience', 'actors', 'themes', 'mechanisms', ...first.map((o) => `outlook_${o.key}`), 'summary', 'url', ...editionHeader];
	const ids = (e: EntryLike, field: string) => ((e.data[field] ?? []) as Link[]).map((l) => l.id).join('; ');
	const rows = recs.map((r) => [
		String(r.data.code),
		String(r.data.title),
		String(r.data.audience),
		ids(r, 'actors'),
		ids(r, 'themes'),
		ids(r, 'mechanisms'),
		...outlookRows(r, scenarios).map((o) => o.status),
		String(r.data.summary),
		absoluteUrl(hrefOf(r), site, base),
		...(edition ? editionCells(edition(r)) : []),
	]);
	return toCsv([header, ...rows]);
}

const editionCells = (e: { status: string | null; reviewed: string | null; evidence: string[] }) => [e.status ?? '', e.reviewed ?? '', e.evidence.join('; ')];
