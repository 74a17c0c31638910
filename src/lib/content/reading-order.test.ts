import { describe, expect, it } from 'vitest';
import { flatten, kindOrder, neighbours, readingOrder, type ReadingInput } from './reading-order';
import { buildSidebar, MAX_LISTED, visibleItems } from './sidebar';

const entry = (id: string, code: string) => ({ id, data: { title: id.toUpperCase(), code } });
const input = (recs = 2): ReadingInput => ({
	narrative: [
		{ href: '/introduction/', label: 'Introduction', part: 'opening', order: 2 },
		{ href: '/summary/', label: 'Summary', part: 'opening', order: 1 },
		{ href: '/conclusion/', label: 'Conclusion', part: 'closing', order: 1 },
		{ href: '/about/', label: 'About', part: 'reference', order: 1 },
	],
	themes: [entry('trade', 'T5')],
	scenarios: [entry('civil-war', 'S2')],
	factors: [entry('india', 'F1')],
	recommendations: Array.from({ length: recs }, (_, i) => entry(`r${i + 1}`, `AP-${String(i + 1).padStart(2, '0')}`)),
});

describe('reading order', () => {
	it('runs from the opening pages through the argument to the conclusion and reference pages, then the edition’s own pages', () => {
		expect(flatten(readingOrder(input())).map((i) => i.href)).toEqual([
			'/summary/',
			'/introduction/',
			'/themes/',
			'/themes/trade/',
			'/scenarios/',
			'/scenarios/civil-war/',
			'/scenarios/compare/',
			'/factors/',
			'/factors/india/',
			'/recommendations/',
			'/recommendations/r1/',
			'/recommendations/r2/',
			'/recommendations/matrix/',
			'/conclusion/',
			'/figures/',
			'/glossary/',
			'/actors/',
			'/about/',
			'/data/',
			'/since/',
			'/changes/',
		]);
	});

	it('gives prev and next around a page, and none at the ends', () => {
		const groups = readingOrder(input());
		expect(neighbours(groups, '/themes/trade/')).toEqual({
			prev: { href: '/themes/', label: 'All themes' },
			next: { href: '/scenarios/', label: 'All scenarios' },
		});
		expect(neighbours(groups, '/summary/').prev).toBeUndefined();
		expect(neighbours(groups, '/changes/').next).toBeUndefined();
		expect(neighbours(groups, '/not-in-order/')).toEqual({});
	});

	it('walks the edition’s timeline, development by development, apart from the report’s order', () => {
		const timeline = kindOrder('developments', [
			{ collection: 'developments', id: '2021-08-a', data: { title: 'A' } },
			{ collection: 'developments', id: '2022-01-b', data: { title: 'B' } },
		]);
		expect(neighbours(timeline, '/since/2021-08-a/')).toEqual({ next: { href: '/since/2022-01-b/', label: 'B' } });
		expect(neighbours(timeline, '/since/2022-01-b/')).toEqual({ prev: { href: '/since/2021-08-a/', label: 'A' } });
		expect(neighbours(readingOrder(input()), '/since/2021-08-a/')).toEqual({});
	});
});

describe('sidebar', () => {
	it('labels coded entries with their code, marks the current page and adds the base path', () => {
		const sidebar = buildSidebar(readingOrder(input()), '/themes/trade/', '/pw/');
		const themes = sidebar.find((g) => g.label === 'Themes')!;
		expect(themes.type).toBe('group');
		if (themes.type !== 'group') return;
		expect(themes.entries.map((e) => (e.type === 'link' ? [e.label, e.href, e.isCurrent] : []))).toEqual([
			['All themes', '/pw/themes/', false],
			['T5 TRADE', '/pw/themes/trade/', true],
		]);
	});

	it('lists only a window around the current page in a group larger than MAX_LISTED, so pages stay small', () => {
		const many = readingOrder(input(MAX_LISTED * 3)).find((g) => g.label === 'Recommendations')!;
		expect(visibleItems(many.items, '/recommendations/r40/').map((i) => i.href)).toEqual(
			Array.from({ length: 11 }, (_, i) => `/recommendations/r${35 + i}/`),
		);
		expect(visibleItems(many.items, '/themes/trade/')).toEqual([]);
		const small = readingOrder(input(3)).find((g) => g.label === 'Recommendations')!;
		expect(visibleItems(small.items, '/themes/trade/')).toHaveLength(4);
	});
});
