/** Writes `dist/_redirects` from the redirect pages the build wrote (see `src/lib/redirect-file.ts`). */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectTarget, redirectsFile, type Redirect } from '../lib/redirect-file';
import { withBase } from '../lib/base-path.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : htmlFiles(full);
		return e.name.endsWith('.html') ? [full] : [];
	});
}

export function redirectsFileIntegration({ base }: { base: string }): AstroIntegration {
	return {
		name: 'redirects-file',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const redirects: Redirect[] = htmlFiles(root).flatMap((file) => {
					const to = redirectTarget(readFileSync(file, 'utf8'));
					if (!to) return [];
					const rel = relative(root, file).split(sep).join('/').replace(/index\.html$/, '');
					return [{ from: withBase(`/${rel}`, base), to }];
				});
				writeFileSync(join(root, '_redirects'), redirectsFile(redirects));
				logger.info(`_redirects: ${redirects.length} redirects`);
			},
		},
	};
}
