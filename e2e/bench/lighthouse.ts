/** Lighthouse (mobile, default config) on one page of each kind, where Debian's Chromium is installed. */
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../support/static-server.ts';

export interface Scores {
	kind: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
}

export async function lighthouseScores(dist: string, pages: Array<{ kind: string; path: string }>): Promise<Scores[]> {
	if (!existsSync('/usr/bin/chromium')) return [];
	const server = await serveStatic(dist);
	const chrome = await chromeLauncher.launch({
		chromePath: '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	const out: Scores[] = [];
	try {
		for (const p of pages) {
			const result = await lighthouse(`${server.url}${p.path.slice(1)}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			const c = result!.lhr.categories;
			const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			out.push({ kind: p.kind, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
		}
	} finally {
		chrome.kill();
		await server.close();
	}
	return out;
}
