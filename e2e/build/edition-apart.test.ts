/**
 * The edition's own layer never speaks in the report's voice. Over the built site in `dist/` (run
 * after `astro build`): no development's statement or title appears in a page's main content outside
 * the "since publication" panels (the /since/ page is the edition's own record), every panel is kept
 * out of the page's search entry, and the data files mark the layer as the edition's. Over the
 * content: every development has a dated source with an https URL and a short excerpt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collection } from '../support/content';
import { base, dist, pages } from '../gates/dist';
import { EDITION_KIND } from '../../src/lib/record/status-vocabulary';
import { MAX_EXCERPT_WORDS, wordCount } from '../../src/lib/report/excerpts';

interface Source {
	outlet: string;
	title: string;
	date: string | Date;
	url: string;
	excerpt: string;
}
interface Development {
	date: string | Date;
	title: string;
	statement: string;
	sources: Source[];
}

const developments = collection<Development>('developments');
const reviews = collection<{ date: string | Date; coveredThrough: string | Date }>('reviews');
const normal = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
const SINCE_PAGE = `${base}since/`;
/** The edition's own record: the /since/ timeline and each development's page under it. */
const isRecord = (path: string) => path.startsWith(SINCE_PAGE);

describe('every development is sourced', () => {
	it('there are developments to check', () => {
		expect(developments.length).toBeGreaterThan(0);
	});

	for (const d of developments) {
		it(`${d.file} has a date and at least one source with outlet, title, date, https URL and an excerpt of at most ${MAX_EXCERPT_WORDS} words`, () => {
			expect(String(d.data.date instanceof Date ? d.data.date.toISOString() : d.data.date)).toMatch(/^\d{4}-\d{2}/);
			expect(d.data.sources.length).toBeGreaterThan(0);
			for (const s of d.data.sources) {
				expect(s.outlet.length).toBeGreaterThan(1);
				expect(s.title.length).toBeGreaterThan(2);
				expect(String(s.date instanceof Date ? s.date.toISOString() : s.date)).toMatch(/^\d{4}-\d{2}/);
				expect(new URL(s.url).protocol).toBe('https:');
				expect(wordCount(s.excerpt)).toBeGreaterThan(0);
				expect(wordCount(s.excerpt)).toBeLessThanOrEqual(MAX_EXCERPT_WORDS);
			}
		});
	}
});

describe('the built site keeps the edition’s layer apart from the report', () => {
	const built = existsSync(join(dist, 'index.html'));

	it('dist/ holds a build to check (run astro build first)', () => {
		expect(built).toBe(true);
	});

	it.runIf(built)('no development statement or title appears in main content outside a panel, on any page but the record under /since/', () => {
		const texts = developments.flatMap((d) => [normal(d.data.statement), normal(d.data.title)]);
		const leaks: string[] = [];
		let panels = 0;
		for (const page of pages().values()) {
			if (isRecord(page.path)) continue;
			// A fresh parse: the panels are removed from it, not from the shared cached document.
			const main = parse(page.html).querySelector('main');
			if (!main) continue;
			for (const panel of main.querySelectorAll('.since-panel')) {
				panels++;
				panel.remove();
			}
			const text = normal(main.text);
			for (const t of texts) if (text.includes(t)) leaks.push(`${page.path}: "${t.slice(0, 60)}…"`);
		}
		expect(panels, 'the panels were found and set aside').toBeGreaterThan(0);
		expect(leaks).toEqual([]);
	});

	it.runIf(built)('the panels show the developments, and each panel is kept out of its page’s search entry', () => {
		const statements = new Set(developments.map((d) => normal(d.data.statement)));
		let shown = 0;
		for (const page of pages().values()) {
			if (isRecord(page.path)) continue;
			for (const panel of page.doc.querySelectorAll('.since-panel')) {
				expect(panel.getAttribute('data-pagefind-ignore'), `${page.path}`).toBe('all');
				for (const p of panel.querySelectorAll('.development-statement')) if (statements.has(normal(p.text))) shown++;
			}
		}
		expect(shown).toBeGreaterThan(0);
	});

	it.runIf(built)('the /since/ page is searchable as the edition’s and lists every development', () => {
		const page = pages().get(SINCE_PAGE)!;
		expect(page.doc.querySelector('[data-pagefind-filter="source:edition"]')).not.toBeNull();
		expect(page.doc.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta')).toBe(`kind:${EDITION_KIND}`);
		expect(page.doc.querySelectorAll('.development-entry')).toHaveLength(developments.length);
	});

	it.runIf(built)('each development has a page, searchable as the edition’s, that gives its statement and every source', () => {
		for (const d of developments) {
			const page = pages().get(`${SINCE_PAGE}${d.id}/`);
			expect(page, `${SINCE_PAGE}${d.id}/`).toBeDefined();
			expect(page!.doc.querySelector('[data-pagefind-filter="source:edition"]'), d.id).not.toBeNull();
			expect(page!.doc.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta')).toBe(`kind:${EDITION_KIND}`);
			expect(normal(page!.doc.querySelector('h1')!.text)).toBe(normal(d.data.title));
			expect(normal(page!.doc.querySelector('.development-statement')!.text)).toBe(normal(d.data.statement));
			expect(page!.doc.querySelectorAll('.since-sources a.since-source-link').map((a) => a.getAttribute('href'))).toEqual(d.data.sources.map((s) => s.url));
		}
	});

	it.runIf(built)('the data files mark the layer as the edition’s', () => {
		const devs = JSON.parse(readFileSync(join(dist, 'data', 'developments.json'), 'utf8')) as Array<{ id: string; source: string }>;
		expect(devs.map((d) => d.id).sort()).toEqual(developments.map((d) => d.id).sort());
		expect(devs.every((d) => d.source === 'edition')).toBe(true);
		const recs = JSON.parse(readFileSync(join(dist, 'data', 'recommendations.json'), 'utf8')) as Array<{ edition: { source: string } }>;
		expect(recs.length).toBeGreaterThan(0);
		expect(recs.every((r) => r.edition.source === 'edition')).toBe(true);
		const csvHeader = readFileSync(join(dist, 'data', 'recommendations.csv'), 'utf8').split('\r\n')[0]!;
		expect(csvHeader).toMatch(/,edition_status,edition_reviewed,edition_evidence,edition_covered_through,edition_record_reviewed$/);
	});

	it.runIf(built)('the data files give the record’s two dates, from the newest review entry', () => {
		const day = (v: string | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
		const newest = reviews
			.map((r) => ({ date: day(r.data.date), coveredThrough: day(r.data.coveredThrough) }))
			.sort((a, b) => b.date.localeCompare(a.date) || b.coveredThrough.localeCompare(a.coveredThrough))[0]!;
		const expected = { coveredThrough: newest.coveredThrough, recordReviewed: newest.date };
		const devs = JSON.parse(readFileSync(join(dist, 'data', 'developments.json'), 'utf8')) as Array<Record<string, unknown>>;
		for (const d of devs) expect(d).toMatchObject(expected);
		const recs = JSON.parse(readFileSync(join(dist, 'data', 'recommendations.json'), 'utf8')) as Array<{ edition: Record<string, unknown> }>;
		for (const r of recs) expect(r.edition).toMatchObject(expected);
	});
});
