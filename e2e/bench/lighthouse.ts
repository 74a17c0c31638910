/** Lighthouse (mobile, default config: simulated slow 4G and a 4x slower CPU) on one page of each kind, where Debian's Chromium is installed. */
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface Scores {
	kind: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** First contentful paint, simulated, in ms. */
	fcpMs: number;
	/** Bytes transferred for the page, as Lighthouse counts them. */
	totalBytes: number;
}

export const lighthouseAvailable = () => existsSync('/usr/bin/chromium');

/**
 * Scores of each page of `pages` at `siteUrl`, in Lighthouse runs of one Chromium. With `runs` > 1
 * each page is measured that many times and the run with the median performance score is kept
 * (Lighthouse's own advice for a noisy machine).
 */
export async function lighthouseScores(siteUrl: string, pages: ReadonlyArray<{ kind: string; path: string }>, runs = 1): Promise<Scores[]> {
	if (!lighthouseAvailable()) return [];
	const chrome = await chromeLauncher.launch({
		chromePath: '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	const out: Scores[] = [];
	try {
		for (const p of pages) {
			const tries: Scores[] = [];
			for (let i = 0; i < runs; i++) {
				const result = await lighthouse(`${siteUrl}${p.path.slice(1)}`, { port: chrome.port, output: 'json', logLevel: 'error' });
				const lhr = result!.lhr;
				const c = lhr.categories;
				const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
				tries.push({
					kind: p.kind,
					performance: score('performance'),
					accessibility: score('accessibility'),
					bestPractices: score('best-practices'),
					seo: score('seo'),
					fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
					totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
				});
			}
			out.push(tries.sort((a, b) => a.performance - b.performance)[Math.floor(tries.length / 2)]!);
		}
	} finally {
		chrome.kill();
	}
	return out;
}
