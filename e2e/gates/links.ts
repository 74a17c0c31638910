/**
 * Gate: every internal link and `#fragment` in the built site resolves to a built file and an
 * existing id. Reads every HTML file in dist/ (not only Starlight's docs pages), follows static
 * redirect pages, and lists each broken link with the file and URL of the page it is on.
 * `checkLinks(site)` is the gate; run as a script (`node e2e/gates/links.ts`) it checks `dist/`
 * (or DIST_DIR, built for BASE_PATH) and exits non-zero on a problem.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runGateIfMain, redirectTarget, root, type GateResult, type Page, type Site } from './dist.ts';

export function checkLinks(site: Site): GateResult {
	const { pages: all, base, dist } = site;
	const ids = new Map<string, Set<string>>();
	const idsOf = (page: Page) => {
		let set = ids.get(page.path);
		if (!set) {
			set = new Set(page.doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
			for (const a of page.doc.querySelectorAll('a[name]')) set.add(a.getAttribute('name')!);
			ids.set(page.path, set);
		}
		return set;
	};

	/** Resolves a URL path to a built page (following redirects) or a static file; returns a problem or undefined. */
	function check(from: Page, href: string): string | undefined {
		const url = new URL(href, `http://site${from.path}`);
		if (url.host !== 'site') return undefined; // another host: not ours to check here
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(base)) return `points outside the base path ${base}`;
		let page = all.get(path);
		for (let hops = 0; page && hops < 5; hops++) {
			const to = redirectTarget(page);
			if (!to) break;
			path = new URL(to, `http://site${path}`).pathname;
			page = all.get(path);
			if (!page) return `redirects to ${path}, which does not exist`;
		}
		if (!page) {
			const file = join(dist, path.slice(base.length));
			if (existsSync(file) && statSync(file).isFile()) return url.hash ? `has a #fragment on a file` : undefined;
			return `does not exist`;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && fragment !== '_top' && !idsOf(page).has(fragment)) return `has no element with id "${fragment}" on ${path}`;
		return undefined;
	}

	const problems: string[] = [];
	let count = 0;
	for (const page of all.values()) {
		if (redirectTarget(page)) continue;
		const refs = [
			...page.doc.querySelectorAll('a[href]').map((el) => el.getAttribute('href')!),
			...page.doc.querySelectorAll('link[href]').filter((el) => el.getAttribute('rel') !== 'canonical' && el.getAttribute('rel') !== 'sitemap').map((el) => el.getAttribute('href')!),
			...page.doc.querySelectorAll('img[src], script[src]').map((el) => el.getAttribute('src')!),
		];
		for (const href of refs) {
			if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
			count++;
			const problem = check(page, href);
			if (problem) problems.push(`${relative(root, page.file)} (${page.path}): link "${href}" ${problem}`);
		}
	}
	return {
		problems,
		summary: problems.length
			? `links: ${problems.length} broken of ${count} internal links and fragments`
			: `links: ${count} links and fragments on ${all.size} pages resolve`,
	};
}

await runGateIfMain(import.meta.url, checkLinks);
