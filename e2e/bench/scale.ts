/**
 * Makes an N-times content set for the build benchmark: every theme, factor, recommendation,
 * actor and era copied N-1 more times with new ids, codes and titles, and the references in each
 * copy pointed at the same copy's entries, so the page kinds and the shape of the relations stay
 * the same. Scenarios, glossary and figures are shared (every recommendation speaks to every scenario).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { stringify } from 'yaml';
import { collection } from '../support/content.ts';

const COPIED = ['themes', 'factors', 'recommendations', 'actors', 'eras'] as const;
/** Reference fields that point into copied collections. */
const REF_FIELDS = ['themes', 'actors'] as const;

/** A code's prefix, number and digit count: `AP-07` -> ['AP-', 7, 2], `T3` -> ['T', 3, 1]. */
function splitCode(code: string): [string, number, number] {
	const m = code.match(/^(\D+)(\d+)$/)!;
	return [m[1]!, Number(m[2]), m[2]!.length];
}

/** Copy `k` of a code: its number moved past every number its prefix has in the source (`stride`), as many digits at least. */
function recode(code: string, k: number, stride: Map<string, number>): string {
	const [prefix, n, digits] = splitCode(code);
	return `${prefix}${String(n + stride.get(prefix)! * (k - 1)).padStart(digits, '0')}`;
}

function copyEntry(data: Record<string, unknown>, k: number, stride: Map<string, number>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...data };
	for (const f of REF_FIELDS) if (Array.isArray(out[f])) out[f] = (out[f] as string[]).map((id) => `${id}-x${k}`);
	if (typeof out.code === 'string') out.code = recode(out.code, k, stride);
	if (typeof out.order === 'number') out.order = out.order + 100 * k;
	for (const key of ['title', 'name'] as const) if (typeof out[key] === 'string') out[key] = `${out[key]} (copy ${k})`;
	return out;
}

export function scaleContent(src: string, dest: string, times: number): void {
	rmSync(dest, { recursive: true, force: true });
	cpSync(src, dest, { recursive: true });
	if (times <= 1) return; // the real content as it is: no copies to make (nor a built site model to read them from)
	const entries = COPIED.flatMap((c) => collection(c, src).map((e) => ({ c, ...e })));
	// Copies' codes start past the largest number of their prefix in the source.
	const stride = new Map<string, number>();
	for (const { data } of entries) {
		if (typeof data.code !== 'string') continue;
		const [prefix, n] = splitCode(data.code);
		stride.set(prefix, Math.max(stride.get(prefix) ?? 0, n));
	}
	for (let k = 2; k <= times; k++) {
		for (const { c, id, file, data, body } of entries) {
			const copy = stringify(copyEntry(data, k, stride));
			const ext = extname(file);
			mkdirSync(join(dest, c), { recursive: true });
			writeFileSync(join(dest, c, `${id}-x${k}${ext}`), /\.ya?ml$/.test(ext) ? copy : `---\n${copy}---\n${body}`);
		}
	}
}
