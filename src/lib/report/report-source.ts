/**
 * Where the build finds the report's text (`shared/source/peaceworks-175.txt`, beside the project;
 * `REPORT_TEXT` overrides it). The text is not part of the site: without it the build skips what
 * needs it and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the report's text is looked for, relative to the project. */
export const DEFAULT_REPORT_TEXT = '../shared/source/peaceworks-175.txt';

/** The absolute path the report's text is looked for at. */
export const reportTextPath = (root = process.cwd()): string => resolve(root, process.env.REPORT_TEXT ?? DEFAULT_REPORT_TEXT);

/** The report's text, or undefined where it is absent. */
export function readReportText(root = process.cwd()): string | undefined {
	const path = reportTextPath(root);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
