import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files the build writes under `/data/` for the site's own scripts and tests, not for readers: the
 * site model the tests read, the filter indexes the explorer and the timeline fetch, and the
 * fingerprints `/brief/` checks a brief against. They may
 * change shape or go at any time, so they are not published URLs.
 */
export const INTERNAL_DATA = [/^\/data\/site-model\.json$/, /^\/data\/filters\//, /^\/data\/brief-fingerprints\.json$/];

/**
 * Root-relative URL paths a built site publishes: its HTML pages (`dist/themes/x/index.html` ->
 * `/themes/x/`), its data files (`/data/recommendations.csv`), not the internal ones, and its Atom
 * feeds (`/changes.xml`, `/since/feed.xml`, `/since/feeds/<id>.xml`: readers subscribe to them), not
 * the sitemaps, which the sitemap integration names as it likes.
 */
export function builtPaths(dist: string): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, e.name);
			if (e.isDirectory()) walk(full);
			else {
				const rel = `/${relative(dist, full).split(sep).join('/')}`;
				if (rel.endsWith('.html')) out.add(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
				else if (rel.startsWith('/data/') && !INTERNAL_DATA.some((re) => re.test(rel))) out.add(rel);
				else if (rel.endsWith('.xml') && !/^\/sitemap[^/]*\.xml$/.test(rel)) out.add(rel);
			}
		}
	};
	walk(dist);
	return out;
}

/** The HTML files of a built site (not Astro's assets nor Pagefind's bundle). */
export function builtHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : builtHtmlFiles(full);
		return e.name.endsWith('.html') ? [full] : [];
	});
}
