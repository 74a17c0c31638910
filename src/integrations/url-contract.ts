/**
 * Fails the build when a published URL no longer resolves (see `src/lib/url-contract.ts`).
 * Runs after the build, over the files actually written to `dist/`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtPaths } from './built-paths';
import { checkContract, parsePublished } from '../lib/url-contract';

export function urlContract({ list, redirects }: { list: string; redirects: Record<string, string> }): AstroIntegration {
	return {
		name: 'url-contract',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (!existsSync(list)) throw new Error(`${list}: the published URL list is missing`);
				const published = parsePublished(readFileSync(list, 'utf8'));
				const problems = checkContract({ published, built: builtPaths(fileURLToPath(dir)), redirects });
				if (problems.length) {
					throw new Error(`${list}: published URLs that no longer resolve:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				}
				logger.info(`${published.length} published URLs still resolve`);
			},
		},
	};
}
