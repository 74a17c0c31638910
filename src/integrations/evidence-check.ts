/**
 * Fails the build when an entry's `pages` are not the pages its `lines` stand on (`src/lib/report/entry-pages.ts`,
 * which needs only the page table), and, where the report's text is present (CI has it; the build
 * says so plainly where it is not), when an evidence excerpt is not the report's words or its `page`
 * is not the page it occurs on (`src/lib/report/evidence.ts`). Reads the content files themselves, so a
 * failure names the file and the field.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkEvidence, collectEvidence, indexReport } from '../lib/report/evidence';
import { checkEntryPages } from '../lib/report/entry-pages';
import { reportTextPath } from '../lib/report/report-source';
import { EDITION_KINDS } from '../lib/content/kinds';

export { DEFAULT_REPORT_TEXT } from '../lib/report/report-source';

/**
 * The edition's own layer: the kinds of its record (what happened after August 2021; `basis:
 * 'edition'` in the kinds table) and its notes and change log, folders that are no kind. Their
 * excerpts quote their sources, not the report, and are checked by their schemas instead.
 */
export const EDITION_LAYER: readonly string[] = [...EDITION_KINDS, 'editorial-notes', 'changes'];

function contentFiles(dir: string, top = true): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return top && EDITION_LAYER.includes(d.name) ? [] : contentFiles(path, false);
		return /\.(ya?ml|mdx?)$/.test(d.name) && !d.name.startsWith('_') ? [path] : [];
	});
}

/** The data of a content file: the YAML itself, or a Markdown file's frontmatter. */
function dataOf(path: string): unknown {
	const text = readFileSync(path, 'utf8');
	if (/\.ya?ml$/.test(path)) return parse(text);
	const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return fm ? parse(fm[1]!) : {};
}

export function evidenceCheck(): AstroIntegration {
	return {
		name: 'evidence-check',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const root = process.cwd();
				const files = contentFiles(join(root, 'content'));
				const pageProblems = files.flatMap((file) => checkEntryPages(dataOf(file), (field) => `${relative(root, file)}: field "${field}"`));
				if (pageProblems.length) throw new Error(`report pages that are not where the text is:\n${pageProblems.map((p) => `  - ${p}`).join('\n')}`);
				const reportPath = reportTextPath(root);
				if (!existsSync(reportPath)) {
					logger.warn(`evidence check SKIPPED: the report's text is not at ${reportPath} (set REPORT_TEXT to its path to run the check)`);
					return;
				}
				const index = indexReport(readFileSync(reportPath, 'utf8'));
				let checked = 0;
				const problems = files.flatMap((file) =>
					collectEvidence(dataOf(file)).flatMap(({ field, evidence }) => {
						checked++;
						const name = relative(root, file);
						const problem = checkEvidence(index, evidence, `${name}: field "${field}"`, `${name}: field "${field.replace(/excerpt$/, 'page')}"`);
						return problem ? [problem] : [];
					}),
				);
				if (problems.length) throw new Error(`evidence that does not match the report:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				logger.info(`${checked} evidence excerpts found in the report, each on the page it states`);
			},
		},
	};
}
