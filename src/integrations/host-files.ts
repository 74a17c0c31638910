/**
 * After the build: the Content-Security-Policy of every built page as a `<meta>` (`lib/output/csp.ts`),
 * and the host files from the site model and the redirect table (`lib/output/host-files.ts`): `_redirects`
 * and `_headers` in the published folder, and `<outDir>.nginx.conf` beside it (not published).
 * The site model (`/data/site-model.json`, for the tests) leaves the published folder too: it is
 * moved to `<outDir>.model.json`. Runs after every other step that edits the pages
 * (`unused-scoped-css`), so that the hashes are those of the bytes served.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineContent, headerPolicy, sources, withPolicyMeta } from '../lib/output/csp';
import { headersFile, hostRedirects, nginxConf, redirectsFile, type HostedPage } from '../lib/output/host-files';
import { builtHtmlFiles } from './built-paths';
import { besideOutDir, readBuiltModel } from './built-model';

export function hostFiles({ base, renamed }: { base: string; renamed: Readonly<Record<string, string>> }): AstroIntegration {
	return {
		name: 'host-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const published = join(root, 'data', 'site-model.json');
				const model = besideOutDir(root, 'model.json');
				if (!existsSync(published)) throw new Error(`${published}: the site model was not built (src/pages/data/site-model.json.ts)`);
				renameSync(published, model);
				const pages = readBuiltModel(root).pages as HostedPage[];

				const scripts = new Set<string>();
				const files = builtHtmlFiles(root);
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					for (const s of sources(inlineContent(html).scripts)) scripts.add(s);
					writeFileSync(file, withPolicyMeta(html));
				}
				const policy = headerPolicy(scripts);
				const redirects = hostRedirects(pages, renamed);
				writeFileSync(join(root, '_redirects'), redirectsFile(redirects, base));
				writeFileSync(join(root, '_headers'), headersFile({ pages, policy, base }));
				writeFileSync(besideOutDir(root, 'nginx.conf'), nginxConf({ redirects, policy, base }));
				logger.info(`Content-Security-Policy in ${files.length} pages (${scripts.size} inline scripts site-wide); _redirects (${redirects.length} redirects), _headers, ${besideOutDir(root, 'nginx.conf')}; site model moved to ${model}`);
			},
		},
	};
}
