/**
 * The content collections as the tests see them: read from the site model the build writes beside
 * its output, outside the published site (`dist.model.json` for `dist/`: written by
 * `src/pages/data/site-model.json.ts` from the same `loadSite()` every page reads, and moved out of
 * `dist/` by `src/integrations/host-files.ts`), so expected results come from the validated content
 * the site was built from, never hard-coded and never parsed a second way. Build the site first (`npm test` does).
 *
 * `collection(name, from)` with a content folder `from` (a fixture, the benchmark's scaled copy) reads
 * that folder's files, which no build has modelled.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { PageModel } from '../../src/lib/content/site-model';

const repo = join(import.meta.dirname, '..', '..');
const root = join(repo, 'content');

export interface Entry<T = Record<string, any>> {
	id: string;
	/** The entry's file name in its collection folder, e.g. `india.mdx`. */
	file: string;
	data: T;
	/** The MDX body; empty for YAML entries. */
	body: string;
}

export interface SiteModelFile {
	/** Every page of the site, with its kind, title, code, report pages, search filters, citation... */
	pages: PageModel[];
	/** Every content folder's entries as the build validated them, references as ids. */
	collections: Record<string, Entry[]>;
}

let cached: SiteModelFile | undefined;

/** The site model of the build under test (`dist/`, or DIST_DIR). */
export function siteModel(): SiteModelFile {
	if (cached) return cached;
	const file = `${resolve(repo, process.env.DIST_DIR ?? 'dist')}.model.json`;
	if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npx astro build)`);
	cached = JSON.parse(readFileSync(file, 'utf8')) as SiteModelFile;
	return cached;
}

/** The model of one page, by root-relative path (`/themes/security-interests/`). */
export function page(path: string): PageModel {
	const found = siteModel().pages.find((p) => p.path === path);
	if (!found) throw new Error(`No page ${path} in the site model`);
	return found;
}

const rank = (e: Entry) => ((e.data as any).order ?? (e.data as any).start ?? 0) as number;
const byOrder = (a: Entry, b: Entry) => rank(a) - rank(b) || a.id.localeCompare(b.id);

/** One content folder's files, parsed: for folders no build has modelled (fixtures, the benchmark's copies). */
function readFolder(name: string, from: string): Entry[] {
	const dir = join(from, name);
	return readdirSync(dir)
		.filter((f) => !f.startsWith('_') && /\.(mdx?|ya?ml)$/.test(f))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const id = basename(f, extname(f));
			if (/\.ya?ml$/.test(f)) return { id, file: f, data: parse(text), body: '' };
			const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
			if (!m) throw new Error(`${name}/${f}: no frontmatter`);
			return { id, file: f, data: parse(m[1]!), body: m[2]! };
		});
}

/** One collection's entries in reading order (by `order`, or an era's `start`), from the site model or from another content folder `from`. */
export function collection<T = Record<string, any>>(name: string, from = root): Entry<T>[] {
	const entries = from === root ? siteModel().collections[name] : readFolder(name, from);
	if (!entries) throw new Error(`No collection "${name}" in the site model`);
	return ([...entries].sort(byOrder) as Entry<T>[]);
}

export const themes = () => collection('themes');
export const scenarios = () => collection('scenarios');
export const factors = () => collection('factors');
export const recommendations = () => collection('recommendations');
export const eras = () => collection('eras');
export const actors = () => collection('actors');
export const glossary = () => collection('glossary');
export const figures = () => collection('figures');
