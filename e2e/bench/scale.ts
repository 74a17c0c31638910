/**
 * Makes an N-times content set for the build benchmark: every theme, factor, recommendation,
 * actor and era copied N-1 more times with new ids and codes, references remapped within each copy,
 * so the page kinds and the shape of the relations stay the same. Scenarios, glossary and figures
 * stay as they are (every recommendation must speak to every scenario).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const COPIED = ['themes', 'factors', 'recommendations', 'actors', 'eras'] as const;

export function scaleContent(src: string, dest: string, times: number): void {
	rmSync(dest, { recursive: true, force: true });
	cpSync(src, dest, { recursive: true });
	const ids = new Map<string, string[]>(COPIED.map((c) => [c, readdirSync(join(src, c)).map((f) => basename(f, extname(f)))]));
	for (let k = 2; k <= times; k++) {
		for (const c of COPIED) {
			for (const file of readdirSync(join(src, c))) {
				const id = basename(file, extname(file));
				let text = readFileSync(join(src, c, file), 'utf8');
				// Remap references to copied collections (inside YAML lists and `key: id` lines).
				for (const list of ids.values()) {
					for (const other of list) text = text.replace(new RegExp(`(?<=[\\[\\s,:])${other}(?=[\\],\\s}])`, 'g'), `${other}-x${k}`);
				}
				text = text
					.replace(/^code: T(\d+)$/m, (_, n) => `code: T${Number(n) + 10 * k}`)
					.replace(/^code: F(\d+)$/m, (_, n) => `code: F${Number(n) + 10 * k}`)
					.replace(/^code: (AP|TP)-(\d+)$/m, (_, p, n) => `code: ${p}-${String(Number(n) + 20 * k).padStart(3, '0')}`)
					.replace(/^(title|name): (.+)$/m, (_, key, v) => `${key}: ${v.replace(/^"|"$/g, '')} (copy ${k})`)
					.replace(/^order: (\d+)$/m, (_, n) => `order: ${Number(n) + 100 * k}`);
				mkdirSync(join(dest, c), { recursive: true });
				writeFileSync(join(dest, c, `${id}-x${k}${extname(file)}`), text);
			}
		}
	}
}
