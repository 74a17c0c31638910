/**
 * Fails the build when a published URL no longer resolves (see `src/lib/urls/url-contract.ts`), or a
 * published paragraph anchor no longer exists; both lists are checked before it fails.
 * Runs after the build, over the files actually written to `dist/`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPaths } from './built-paths';
import { checkContract, parsePublished } from '../lib/urls/url-contract';
import { builtAnchors, checkAnchors } from '../lib/report/paragraph-ids';

/** The paragraph anchors of a built page (`/themes/x/` -> ids), read from `dist/` (written without the base path). */
function anchorsIn(dist: string) {
	return (page: string) => {
		const file = join(dist, page, 'index.html');
		return existsSync(file) ? builtAnchors(readFileSync(file, 'utf8')) : undefined;
	};
}

export function urlContract({ list, anchors, redirects }: { list: string; anchors: string; redirects: Record<string, string> }): AstroIntegration {
	return {
		name: 'url-contract',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (!existsSync(list)) throw new Error(`${list}: the published URL list is missing`);
				const published = parsePublished(readFileSync(list, 'utf8'));
				// Both lists are checked before the build fails, so one build names every address lost.
				const failures: string[] = [];
				const problems = checkContract({ published, built: builtPaths(fileURLToPath(dir)), redirects });
				if (problems.length) failures.push(`${list}: published URLs that no longer resolve:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				else logger.info(`${published.length} published URLs still resolve`);
				// Published paragraph anchors: each must still exist on its page, or as an alias of its successor.
				if (existsSync(anchors)) {
					const listed = parsePublished(readFileSync(anchors, 'utf8'));
					const lost = checkAnchors(listed, anchorsIn(fileURLToPath(dir)));
					if (lost.length) failures.push(`${anchors}: published paragraph anchors that no longer exist:\n${lost.map((p) => `  - ${p}`).join('\n')}`);
					else logger.info(`${listed.length} published paragraph anchors still exist`);
				}
				if (failures.length) throw new Error(failures.join('\n'));
			},
		},
	};
}
