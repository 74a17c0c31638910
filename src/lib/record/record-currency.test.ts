import { describe, expect, it } from 'vitest';
import { buildDay, currencyProblems, daysBetween, isAfter, recordDates, searchesAbout, stalenessWarning } from './record-currency';
import type { EntryLike } from '../content/relations';

const ref = (collection: string, id: string) => ({ collection, id });
const review = (id: string, date: string, coveredThrough: string, searches: unknown[] = []): EntryLike => ({
	collection: 'reviews',
	id,
	filePath: `content/reviews/${id}.yaml`,
	data: { date, coveredThrough, summary: 's', searches },
});
const status = (id: string, reviewed: string): EntryLike => ({ collection: 'statuses', id, filePath: `content/statuses/${id}.yaml`, data: { reviewed } });
const dev = (id: string, date: string, dateEnd?: string): EntryLike => ({
	collection: 'developments',
	id,
	filePath: `content/developments/${id}.yaml`,
	data: { date, ...(dateEnd ? { dateEnd } : {}) },
});

describe('the record’s dates', () => {
	it('come from the newest review: its coveredThrough and its date', () => {
		expect(recordDates([review('a', '2026-11-27', '2025-12-13'), review('b', '2026-12-07', '2026-11-30')])).toEqual({
			coveredThrough: '2026-11-30',
			reviewed: '2026-12-07',
			review: 'b',
		});
		expect(recordDates([])).toBeUndefined();
	});

	it('count days between dates, a month read as its first day', () => {
		expect(daysBetween('2026-11-30', '2026-12-07')).toBe(7);
		expect(daysBetween('2025-12-13', '2026-12-07')).toBe(359);
		expect(daysBetween('2026-02', '2026-03-01')).toBe(28);
	});

	it('read a month as after a limit only when it begins after it', () => {
		expect(isAfter('2026-12', '2026-11-30')).toBe(true);
		expect(isAfter('2026-11', '2026-11-30')).toBe(false);
		expect(isAfter('2026-11-30', '2026-11-30')).toBe(false);
		expect(isAfter('2026-12-01', '2026-11-30')).toBe(true);
	});
});

describe('the currency rules', () => {
	const reviews = [review('first', '2026-11-27', '2025-12-13'), review('second', '2026-12-07', '2026-11-30')];

	it('pass when statuses were reviewed by the last review and developments fall within the sources searched', () => {
		expect(currencyProblems([...reviews, status('s', '2026-12-07'), dev('d', '2026-11-30'), dev('m', '2026-11')])).toEqual([]);
	});

	it('fail on a status reviewed after the newest review, naming file and field', () => {
		expect(currencyProblems([...reviews, status('s', '2026-12-08')])).toEqual([
			'content/statuses/s.yaml: field "reviewed" 2026-12-08 is later than the newest review entry (second, 2026-12-07): record the review in content/reviews/ first',
		]);
	});

	it('fail on a development dated, or ending, after coveredThrough', () => {
		expect(currencyProblems([...reviews, dev('late', '2026-12-01'), dev('month', '2026-12'), dev('ends-late', '2026-11-01', '2026-12-02')])).toEqual([
			'content/developments/late.yaml: field "date" 2026-12-01 is after coveredThrough 2026-11-30 of the newest review entry (second): the sources searched do not reach it',
			'content/developments/month.yaml: field "date" 2026-12 is after coveredThrough 2026-11-30 of the newest review entry (second): the sources searched do not reach it',
			'content/developments/ends-late.yaml: field "dateEnd" 2026-12-02 is after coveredThrough 2026-11-30 of the newest review entry (second): the sources searched do not reach it',
		]);
	});

	it('fail when a newer review moves coveredThrough back, or covers beyond its own date', () => {
		const problems = currencyProblems([review('a', '2026-11-27', '2026-06-01'), review('b', '2026-12-07', '2026-05-01'), review('c', '2026-12-01', '2026-12-05')]);
		expect(problems).toContain(
			'content/reviews/c.yaml: field "coveredThrough" 2026-12-05 is after the review\'s own date 2026-12-01: sources cannot be searched beyond the day of the review',
		);
		expect(problems).toContain(
			'content/reviews/b.yaml: field "coveredThrough" 2026-05-01 is before 2026-06-01, which the earlier review content/reviews/a.yaml covered: never move coveredThrough back',
		);
		expect(problems).toHaveLength(2);
	});

	it('fail where there are developments but no review says how far they reach', () => {
		expect(currencyProblems([dev('d', '2022-01-01')])).toEqual([expect.stringContaining('content/reviews/: no review entry')]);
		expect(currencyProblems([])).toEqual([]);
	});
});

describe('the staleness warning', () => {
	const dates = { coveredThrough: '2026-11-30', reviewed: '2026-12-07', review: 'r' };
	it('warns only when coveredThrough is more than 90 days before the build', () => {
		expect(stalenessWarning(dates, '2027-02-28')).toBeUndefined(); // 90 days
		expect(stalenessWarning(dates, '2027-03-01')?.days).toBe(91);
		expect(stalenessWarning(dates, '2027-03-01')?.message).toContain('searched up to 2026-11-30, 91 days before this build (2027-03-01)');
		expect(stalenessWarning(undefined, '2030-01-01')).toBeUndefined();
	});

	it('takes the build day from EDITION_BUILD_DATE, else today', () => {
		expect(buildDay({ EDITION_BUILD_DATE: '2027-01-02' })).toBe('2027-01-02');
		expect(buildDay({ EDITION_BUILD_DATE: 'soon' }, new Date('2026-12-07T10:00:00Z'))).toBe('2026-12-07');
		expect(buildDay({}, new Date('2026-12-07T23:59:00Z'))).toBe('2026-12-07');
	});
});

describe('what the newest review says about an entry', () => {
	const r = review('r', '2026-12-07', '2026-11-30', [
		{ subject: 'GCCs', recommendations: [ref('recommendations', 'intel')], queries: ['q'], found: [], outcome: 'none' },
		{ subject: 'Trade', themes: [ref('themes', 'trade')], queries: ['q'], found: [ref('developments', 'd')], outcome: 'one' },
		{ subject: 'Trade again', themes: [ref('themes', 'trade')], queries: ['q'], found: [], outcome: 'none' },
	]);
	it('says it found nothing only when every search on the entry found nothing', () => {
		expect(searchesAbout(r, ref('recommendations', 'intel'))).toMatchObject({ foundNothing: true, searches: [{ subject: 'GCCs' }] });
		expect(searchesAbout(r, ref('themes', 'trade')).foundNothing).toBe(false);
		expect(searchesAbout(r, ref('themes', 'other'))).toEqual({ searches: [], foundNothing: false });
		expect(searchesAbout(undefined, ref('themes', 'trade')).foundNothing).toBe(false);
	});
});
