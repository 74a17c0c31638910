import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Root-relative URL paths of the HTML pages in a built site: `dist/themes/x/index.html` -> `/themes/x/`. */
export function builtPaths(dist: string): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.name.endsWith('.html')) {
				const rel = `/${relative(dist, full).split(sep).join('/')}`;
				out.add(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(dist);
	return out;
}
