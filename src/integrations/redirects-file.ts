/** Writes `dist/_redirects` from the redirect pages the build wrote (see `src/lib/redirect-file.ts`). */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtHtmlFiles } from './built-paths';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectTarget, redirectsFile, type Redirect } from '../lib/redirect-file';
import { withBase } from '../lib/base-path.ts';

export function redirectsFileIntegration({ base }: { base: string }): AstroIntegration {
	return {
		name: 'redirects-file',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const redirects: Redirect[] = builtHtmlFiles(root).flatMap((file) => {
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
