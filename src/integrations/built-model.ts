/**
 * The build's one result, read back by the steps that run after it: the site model and every
 * collection's entries as `loadSite` validated them (`src/pages/data/site-model.json.ts`), which
 * `host-files` moves out of the published folder to `<outDir>.model.json`.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Where a build into `outDir` leaves what is not published: `dist/` -> `dist.model.json`, `dist.nginx.conf`. */
export const besideOutDir = (outDir: string, suffix: string) => `${outDir.replace(/[\\/]+$/, '')}.${suffix}`;

/** One entry of a collection as the model holds it (references as ids). */
export interface ModelEntry {
	id: string;
	file: string;
	data: Record<string, unknown>;
}

/** The model of the build into `outDir` (after `host-files` has moved it); throws naming the file when it is missing. */
export function readBuiltModel(outDir: string): { pages: unknown[]; collections: Record<string, ModelEntry[]> } {
	const file = besideOutDir(outDir, 'model.json');
	if (!existsSync(file)) throw new Error(`${file}: the site model is not there (host-files moves it there at the end of the build)`);
	const { pages, collections } = JSON.parse(readFileSync(file, 'utf8')) as { pages: unknown[]; collections: Record<string, ModelEntry[]> };
	return { pages, collections };
}
