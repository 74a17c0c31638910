/**
 * The content collections as the tests see them: read straight from `content/`, so expected
 * results are computed from the same files the site is built from, never hard-coded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..', 'content');

export interface Entry<T = Record<string, any>> {
	id: string;
	/** The entry's file name in its collection folder, e.g. `india.mdx`. */
	file: string;
	data: T;
	/** The MDX body; empty for YAML entries. */
	body: string;
}

/** One collection's entries in reading order, from `content/` or another content folder `from`. */
export function collection<T = Record<string, any>>(name: string, from = root): Entry<T>[] {
	const dir = join(from, name);
	return readdirSync(dir)
		.filter((f) => !f.startsWith('_') && /\.(mdx?|ya?ml)$/.test(f))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const id = basename(f, extname(f));
			if (/\.ya?ml$/.test(f)) return { id, file: f, data: parse(text) as T, body: '' };
			const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
			if (!m) throw new Error(`${name}/${f}: no frontmatter`);
			return { id, file: f, data: parse(m[1]!) as T, body: m[2]! };
		})
		.sort((a, b) => ((a.data as any).order ?? (a.data as any).start ?? 0) - ((b.data as any).order ?? (b.data as any).start ?? 0));
}

export const themes = () => collection('themes');
export const scenarios = () => collection('scenarios');
export const factors = () => collection('factors');
export const recommendations = () => collection('recommendations');
export const eras = () => collection('eras');
export const actors = () => collection('actors');
export const glossary = () => collection('glossary');
export const figures = () => collection('figures');
