/**
 * Fails the build when an evidence excerpt is not the report's words, or sits on other pages than
 * its entry says (see `src/lib/evidence.ts`). Reads the content files themselves, so a failure
 * names the file and the field. Runs where the report's text is present (CI has it) and says so
 * plainly where it is not.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkEvidence, collectEvidence, indexReport } from '../lib/evidence';

/** Where the report's text is looked for, relative to the project; `REPORT_TEXT` overrides it. */
export const DEFAULT_REPORT_TEXT = '../shared/source/peaceworks-175.txt';

/**
 * The edition's own layer (what happened after August 2021, its notes and change log): its excerpts
 * quote its sources, not the report, and are checked by its schema instead.
 */
export const EDITION_LAYER = ['developments', 'statuses', 'reviews', 'editorial-notes', 'changes'];

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
				const reportPath = resolve(root, process.env.REPORT_TEXT ?? DEFAULT_REPORT_TEXT);
				if (!existsSync(reportPath)) {
					logger.warn(`evidence check SKIPPED: the report's text is not at ${reportPath} (set REPORT_TEXT to its path to run the check)`);
					return;
				}
				const index = indexReport(readFileSync(reportPath, 'utf8'));
				let checked = 0;
				const problems = contentFiles(join(root, 'content')).flatMap((file) =>
					collectEvidence(dataOf(file)).flatMap(({ field, evidence }) => {
						checked++;
						const problem = checkEvidence(index, evidence, `${relative(root, file)}: field "${field}"`);
						return problem ? [problem] : [];
					}),
				);
				if (problems.length) throw new Error(`evidence that does not match the report:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				logger.info(`${checked} evidence excerpts found in the report, on the pages they state`);
			},
		},
	};
}
