/** The bibliographic facts of the report this site presents (source: shared/source/README.md). */
export const REPORT = {
	title: 'Afghanistan-Pakistan Ties and Future Stability in Afghanistan',
	authors: [
		{ given: 'Elizabeth', family: 'Threlkeld' },
		{ given: 'Grace', family: 'Easterly' },
	],
	series: 'Peaceworks',
	number: '175',
	publisher: 'United States Institute of Peace',
	place: 'Washington, DC',
	year: 2021,
	month: 8,
	isbn: '978-1-60127-866-1',
} as const;

/** The name of this edition, as citations give it. */
export const EDITION = 'Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175';
