/**
 * Writes `dist/data/brief-fingerprints.json` after the build (see `lib/brief/fingerprint-index.ts`):
 * the fingerprint of every brief item's current text, read from the built pages, with the URL
 * contract's moved addresses, the development sources and the edition's revision date. Fetched only
 * by `/brief/`. Fails the build, naming the address, when one item shows two different texts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles } from './built-paths';
import { buildBriefIndex, movedAddresses, type Source } from '../lib/brief/fingerprint-index';
import { editionDates } from '../lib/record/edition-dates';
import { developmentPath } from '../lib/urls/urls';

export const BRIEF_INDEX_FILE = 'data/brief-fingerprints.json';

export function briefFingerprints({ redirects, successors }: { redirects: Record<string, string>; successors: Record<string, string> }): AstroIntegration {
	return {
		name: 'brief-fingerprints',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = builtHtmlFiles(root).flatMap((file) => {
					const html = readFileSync(file, 'utf8');
					// Redirect pages (Redirect.astro: a meta refresh) hold no items.
					if (/<meta\s+http-equiv="refresh"/i.test(html)) return [];
					const rel = relative(root, file).split(sep).join('/');
					if (!rel.endsWith('index.html')) return [];
					return [{ path: `/${rel.slice(0, -'index.html'.length)}`, html }];
				});
				const devFile = join(root, 'data', 'developments.json');
				const sources: Record<string, Source[]> = {};
				if (existsSync(devFile)) {
					for (const d of JSON.parse(readFileSync(devFile, 'utf8')) as Array<{ id: string; sources: Source[] }>) {
						sources[developmentPath(d.id)] = d.sources.map(({ outlet, title, date, url }) => ({ outlet, title, date, url }));
					}
				}
				const index = buildBriefIndex({ revised: editionDates().lastRevised.slice(0, 10), pages, moved: movedAddresses(redirects, successors), sources });
				writeFileSync(join(root, BRIEF_INDEX_FILE), JSON.stringify(index));
				const n = Object.values(index.fp).reduce((s, f) => s + Object.keys(f).length, 0);
				logger.info(`${BRIEF_INDEX_FILE}: ${n} item addresses on ${Object.keys(index.fp).length} pages`);
			},
		},
	};
}
