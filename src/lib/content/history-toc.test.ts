import { describe, expect, it } from 'vitest';
import { addEraHeadings, eraHeadings } from './history-toc';

const eras = [
	{ id: 'raj', data: { title: 'The Raj' } },
	{ id: 'cold-war', data: { title: 'The Cold War' } },
];
const route = () => ({
	headings: [{ depth: 2, slug: 'intro', text: 'Intro' }],
	toc: { minHeadingLevel: 2, maxHeadingLevel: 3, items: [{ depth: 2, slug: '_top', text: 'Overview', children: [] }] },
});

describe('history table of contents', () => {
	it('gives each era a level-2 heading at its anchor, in order', () => {
		expect(eraHeadings(eras)).toEqual([
			{ depth: 2, slug: 'era-raj', text: 'The Raj' },
			{ depth: 2, slug: 'era-cold-war', text: 'The Cold War' },
		]);
	});

	it('adds the eras after the page’s own entries on the history page only', () => {
		const history = route();
		addEraHeadings(history, '/history/', eras);
		expect(history.headings.map((h) => h.slug)).toEqual(['intro', 'era-raj', 'era-cold-war']);
		expect(history.toc.items.map((h) => h.slug)).toEqual(['_top', 'era-raj', 'era-cold-war']);
		const other = route();
		addEraHeadings(other, '/introduction/', eras);
		expect(other).toEqual(route());
	});
});
