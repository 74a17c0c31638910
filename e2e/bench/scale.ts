/**
 * Makes an N-times content set for the build benchmark: every theme, factor, recommendation,
 * actor and era copied N-1 more times with new ids, codes and titles, and the references in each
 * copy pointed at the same copy's entries, so the page kinds and the shape of the relations stay
 * the same. Scenarios, glossary and figures are shared (every recommendation speaks to every scenario).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse, stringify } from 'yaml';

const COPIED = ['themes', 'factors', 'recommendations', 'actors', 'eras'] as const;
/** Reference fields that point into copied collections. */
const REF_FIELDS = ['themes', 'actors'] as const;

function recode(code: string, k: number): string {
	const m = code.match(/^(AP|TP)-(\d+)$/);
	if (m) return `${m[1]}-${String(Number(m[2]) + 16 * k).padStart(3, '0')}`;
	return `${code[0]}${Number(code.slice(1)) + 10 * k}`;
}

function copyEntry(data: Record<string, unknown>, k: number): Record<string, unknown> {
	const out: Record<string, unknown> = { ...data };
	for (const f of REF_FIELDS) if (Array.isArray(out[f])) out[f] = (out[f] as string[]).map((id) => `${id}-x${k}`);
	if (typeof out.code === 'string') out.code = recode(out.code, k);
	if (typeof out.order === 'number') out.order = out.order + 100 * k;
	for (const key of ['title', 'name'] as const) if (typeof out[key] === 'string') out[key] = `${out[key]} (copy ${k})`;
	return out;
}

export function scaleContent(src: string, dest: string, times: number): void {
	rmSync(dest, { recursive: true, force: true });
	cpSync(src, dest, { recursive: true });
	for (let k = 2; k <= times; k++) {
		for (const c of COPIED) {
			for (const file of readdirSync(join(src, c))) {
				const text = readFileSync(join(src, c, file), 'utf8');
				const id = basename(file, extname(file));
				let out: string;
				if (/\.ya?ml$/.test(file)) out = stringify(copyEntry(parse(text), k));
				else {
					const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
					out = `---\n${stringify(copyEntry(parse(m[1]!), k))}---\n${m[2]}`;
				}
				mkdirSync(join(dest, c), { recursive: true });
				writeFileSync(join(dest, c, `${id}-x${k}${extname(file)}`), out);
			}
		}
	}
}
