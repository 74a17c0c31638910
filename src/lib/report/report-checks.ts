/**
 * The content checked against the report, with the other rules in `loadSite` before any page
 * renders: each entry's `pages` are the pages its `lines` stand on (`entry-pages.ts`, which needs only
 * the page table), and, where the report's text is present, each evidence excerpt is the report's
 * words on the page it gives (`evidence.ts`). Every problem names the entry's file and field.
 */
import { checkEntryPages } from './entry-pages';
import { checkEvidence, collectEvidence, indexReport } from './evidence';

/** An entry as the collections validated it: its file (relative to the project) and data. */
export interface CheckedEntry {
	filePath?: string;
	data: unknown;
}

export interface ReportCheck {
	problems: string[];
	/** How many evidence excerpts were checked; undefined where the report's text is absent (the check skipped). */
	excerpts?: number;
}

/** The problems of `entries` against the report (`reportText`, or undefined where it is absent). */
export function checkAgainstReport(entries: readonly CheckedEntry[], reportText: string | undefined): ReportCheck {
	const field = (e: CheckedEntry, name: string) => `${e.filePath}: field "${name}"`;
	const pageProblems = entries.flatMap((e) => checkEntryPages(e.data, (name) => field(e, name)));
	if (reportText === undefined) return { problems: pageProblems };
	const index = indexReport(reportText);
	const found = entries.flatMap((e) => collectEvidence(e.data).map((x) => ({ entry: e, ...x })));
	const evidenceProblems = found.flatMap(({ entry, field: name, evidence }) => {
		const problem = checkEvidence(index, evidence, field(entry, name), field(entry, name.replace(/excerpt$/, 'page')));
		return problem ? [problem] : [];
	});
	return { problems: [...pageProblems, ...evidenceProblems], excerpts: found.length };
}
